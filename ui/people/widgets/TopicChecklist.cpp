// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/TopicChecklist.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TopicChecklist::TopicChecklist(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &TopicChecklist::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &TopicChecklist::checkedChanged);
    retranslate();
}

void TopicChecklist::setTopics(const QList<QPair<Id, QString>>& topics)
{
    const QList<Id> checked = checkedIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto& [id, name] : topics) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(kIdRole, id);
        item->setToolTip(name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter(m_filter->text());
}

void TopicChecklist::setCheckedIds(const QList<Id>& ids)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    emit checkedChanged();
}

QList<Id> TopicChecklist::checkedIds() const
{
    QList<Id> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(kIdRole).toString());
        }
    }
    return ids;
}

void TopicChecklist::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void TopicChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TopicChecklist::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter topics"));
    m_list->setToolTip(tr("Tick the topics the learner wants to learn"));
}

} // namespace mentordesk
