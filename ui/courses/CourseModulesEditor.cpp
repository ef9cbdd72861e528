// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseModulesEditor.h"

#include "money/Minutes.h"
#include "money/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString prefix(int row)
{
    return QStringLiteral("modules[%1].").arg(row);
}
} // namespace

CourseModulesEditor::CourseModulesEditor(const Currency& currency, const QLocale& locale, QWidget* parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_locale(locale)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("modulesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Length, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Price, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addModule"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("modulesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &CourseModulesEditor::removeCurrentRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CourseModulesEditor::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, &CourseModulesEditor::changed);
    retranslate();
    updateButtons();
}

void CourseModulesEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Module"), tr("Length (h:mm)"), tr("Price (%1)").arg(m_currency.code())});
    m_table->setToolTip(tr("Modules are taught in this order. Length: “90”, “1:30” or “1h30m”. Leave the price "
                           "empty when the module is not sold on its own."));
    m_add->setText(tr("&Add module"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_up->setToolTip(tr("Teach the selected module earlier (Alt+U)"));
    m_down->setToolTip(tr("Teach the selected module later (Alt+W)"));
}

void CourseModulesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CourseModulesEditor::setRow(int row, const Id& id, const QString& title, const QString& length,
                                 const QString& price)
{
    auto* titleItem = new QTableWidgetItem(title);
    titleItem->setData(kIdRole, id);
    m_table->setItem(row, Title, titleItem);
    auto* lengthItem = new QTableWidgetItem(length);
    lengthItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Length, lengthItem);
    auto* priceItem = new QTableWidgetItem(price);
    priceItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Price, priceItem);
}

void CourseModulesEditor::setModules(const QList<CourseModule>& modules)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const CourseModule& m : modules) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString price;
        if (m.priceMinor) {
            price = Money(*m.priceMinor, m_currency).toPlainString().replace(u'.', m_locale.decimalPoint());
        }
        setRow(row, m.meta.id, m.title, Minutes::toHoursMinutes(m.minutes), price);
    }
    updateButtons();
}

void CourseModulesEditor::addRow(const QString& title, const QString& length, const QString& price)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        setRow(row, Id(), title, length, price);
    }
    m_table->setCurrentCell(row, Title);
    if (title.isEmpty() && isVisible()) {
        m_table->editItem(m_table->item(row, Title));
    }
    updateButtons();
    emit changed();
}

void CourseModulesEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    m_table->removeRow(row);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), Title);
    }
    updateButtons();
    emit changed();
}

void CourseModulesEditor::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount()) {
        return;
    }
    const QSignalBlocker blocker(m_table);
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem* a = m_table->takeItem(row, column);
        QTableWidgetItem* b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_table->setCurrentCell(target, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    updateButtons();
    emit changed();
}

int CourseModulesEditor::rowCount() const
{
    return m_table->rowCount();
}

QString CourseModulesEditor::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<Id> CourseModulesEditor::moduleIds() const
{
    QList<Id> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, Title);
        ids.append(item ? item->data(kIdRole).toString() : Id());
    }
    return ids;
}

Result<QList<CourseModuleInput>> CourseModulesEditor::inputs() const
{
    QList<CourseModuleInput> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        CourseModuleInput in;
        in.title = cellText(row, Title);
        const QString length = cellText(row, Length);
        if (length.isEmpty()) {
            return fail(Error::invalid(prefix(row) + QStringLiteral("minutes"),
                                       tr("Give the length of module %1 (for example 90 or 1:30).").arg(row + 1)));
        }
        auto minutes = Minutes::parse(length, prefix(row) + QStringLiteral("minutes"));
        if (!minutes) {
            return fail(minutes.error());
        }
        in.minutes = *minutes;
        QString price = cellText(row, Price);
        if (!price.isEmpty()) {
            if (!m_locale.groupSeparator().isEmpty()) {
                price.remove(m_locale.groupSeparator());
            }
            price.replace(m_locale.decimalPoint(), QStringLiteral("."));
            auto money = Money::parse(price, m_currency, prefix(row) + QStringLiteral("price_minor"));
            if (!money) {
                return fail(money.error());
            }
            in.priceMinor = money->minorUnits();
        }
        out.append(in);
    }
    return out;
}

void CourseModulesEditor::showError(const QString& fieldKey, const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    static const QRegularExpression kKey(QStringLiteral(R"(^modules\[(\d+)\]\.(\w+)$)"));
    const auto match = kKey.match(fieldKey);
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        const QString field = match.captured(2);
        const int column = field == u"title" ? Title : field == u"minutes" ? Length : Price;
        if (row >= 0 && row < m_table->rowCount()) {
            m_table->setCurrentCell(row, column);
            m_table->setFocus();
        }
    }
}

void CourseModulesEditor::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
}

QString CourseModulesEditor::errorText() const
{
    return m_error->text();
}

void CourseModulesEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

} // namespace mentordesk
