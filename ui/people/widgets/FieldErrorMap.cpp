// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/FieldErrorMap.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mentordesk {

QLabel* FieldErrorMap::createMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget* FieldErrorMap::wrap(const QString& key, QWidget* field)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* label = createMessageLabel(box);
    layout->addWidget(label);
    add(key, field, label);
    return box;
}

void FieldErrorMap::add(const QString& key, QWidget* field, QLabel* label)
{
    m_entries.insert(key, {field, label});
}

void FieldErrorMap::setGeneralLabel(QLabel* label)
{
    m_general = label;
}

bool FieldErrorMap::show(const Error& error)
{
    clear();
    const auto it = m_entries.constFind(error.field);
    if (!error.field.isEmpty() && it != m_entries.constEnd() && it->label) {
        showMessage(error.field, error.message);
        return true;
    }
    if (m_general) {
        m_general->setText(error.message);
        m_general->show();
    }
    return false;
}

void FieldErrorMap::showMessage(const QString& key, const QString& message)
{
    const Entry entry = m_entries.value(key);
    if (!entry.label) {
        return;
    }
    entry.label->setText(message);
    entry.label->show();
    if (entry.field) {
        entry.field->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrorMap::clear()
{
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.label) {
            entry.label->clear();
            entry.label->hide();
        }
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrorMap::message(const QString& key) const
{
    if (key.isEmpty()) {
        return m_general ? m_general->text() : QString();
    }
    const Entry entry = m_entries.value(key);
    return entry.label ? entry.label->text() : QString();
}

} // namespace mentordesk
