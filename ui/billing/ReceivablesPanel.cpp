// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ReceivablesPanel.h"

#include "models/AgingModel.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

ReceivablesPanel::ReceivablesPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_agingLabel = new QLabel(this);
    m_agingModel = new AgingModel(session.format(), this);
    m_aging = new QTableView(this);
    m_aging->setTabKeyNavigation(false);
    m_aging->setObjectName(QStringLiteral("agingTable"));
    m_aging->setModel(m_agingModel);
    m_aging->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_aging->setSelectionMode(QAbstractItemView::SingleSelection);
    m_aging->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_aging->verticalHeader()->hide();
    m_aging->verticalHeader()->setDefaultSectionSize(m_aging->fontMetrics().height() + 10);
    m_aging->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aging->setAlternatingRowColors(true);
    m_overdueLabel = new QLabel(this);
    m_overdue = new QTreeWidget(this);
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_overdue->setColumnCount(5);
    m_overdue->setRootIsDecorated(false);
    m_overdue->setUniformRowHeights(true);
    m_overdue->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_overdue->header()->setStretchLastSection(false);
    m_reminderLabel = new QLabel(this);
    m_reminder = new QPlainTextEdit(this);
    m_reminder->setObjectName(QStringLiteral("reminderText"));
    m_reminder->setReadOnly(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReminder"));

    auto* agingBox = new QWidget(this);
    auto* agingLayout = new QVBoxLayout(agingBox);
    agingLayout->setContentsMargins(0, 0, 0, 0);
    agingLayout->addWidget(m_agingLabel);
    agingLayout->addWidget(m_aging);
    auto* overdueBox = new QWidget(this);
    auto* overdueLayout = new QVBoxLayout(overdueBox);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    overdueLayout->addWidget(m_overdueLabel);
    overdueLayout->addWidget(m_overdue);
    auto* reminderBox = new QWidget(this);
    auto* reminderLayout = new QVBoxLayout(reminderBox);
    reminderLayout->setContentsMargins(0, 0, 0, 0);
    auto* reminderHeader = new QHBoxLayout;
    reminderHeader->addWidget(m_reminderLabel, 1);
    reminderHeader->addWidget(m_copy);
    reminderLayout->addLayout(reminderHeader);
    reminderLayout->addWidget(m_reminder);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(overdueBox);
    bottom->addWidget(reminderBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(agingBox);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    connect(m_overdue, &QTreeWidget::currentItemChanged, this, &ReceivablesPanel::showReminder);
    connect(m_overdue, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit invoiceActivated(item->data(0, Qt::UserRole).toString()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_reminder->toPlainText());
        emit statusMessage(tr("Copied the reminder."));
    });
    retranslate();
}

void ReceivablesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReceivablesPanel::retranslate()
{
    m_agingLabel->setText(
        m_asOf.isValid() ? tr("<b>Open balances by days past due</b> (as of %1)").arg(m_session.format().date(m_asOf))
                         : tr("<b>Open balances by days past due</b>"));
    m_overdueLabel->setText(tr("<b>Overdue invoices</b> (%n)", nullptr, static_cast<int>(m_overdueRows.size())));
    m_overdue->setHeaderLabels({tr("Number"), tr("Payer"), tr("Due"), tr("Days overdue"), tr("Balance")});
    m_reminderLabel->setText(tr("<b>Reminder</b> (in the payer's invoice language)"));
    m_copy->setText(tr("&Copy Reminder"));
    m_copy->setToolTip(tr("Copy the subject and text to paste into an e-mail"));
    m_agingModel->retranslate();
}

void ReceivablesPanel::reload()
{
    ReceivablesService service(m_session.db(), m_session.clock());
    auto aging = service.aging();
    if (!aging) {
        emit statusMessage(aging.error().message);
        m_agingModel->setReport({});
    } else {
        m_asOf = aging->asOf;
        m_agingModel->setReport(std::move(*aging));
    }
    auto overdue = service.overdue();
    if (!overdue) {
        emit statusMessage(overdue.error().message);
    }
    m_overdueRows = overdue ? std::move(*overdue) : QList<OverdueInvoice>{};
    const QSignalBlocker blocker(m_overdue);
    m_overdue->clear();
    const Formatter& format = m_session.format();
    for (const OverdueInvoice& o : std::as_const(m_overdueRows)) {
        auto* item = new QTreeWidgetItem(m_overdue);
        item->setText(0, o.invoice.numberText);
        item->setData(0, Qt::UserRole, o.invoice.meta.id);
        item->setText(1, o.invoice.payerName);
        item->setText(2, format.date(o.invoice.dueDate));
        item->setText(3, format.locale().toString(o.daysOverdue));
        item->setText(4, format.money(o.invoice.balanceMinor()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    retranslate();
    selectOverdue(0);
}

void ReceivablesPanel::selectOverdue(int row)
{
    QTreeWidgetItem* item = m_overdue->topLevelItem(row);
    m_overdue->setCurrentItem(item);
    showReminder();
}

void ReceivablesPanel::showReminder()
{
    const int row = m_overdue->indexOfTopLevelItem(m_overdue->currentItem());
    if (row < 0 || row >= m_overdueRows.size()) {
        m_reminder->setPlainText(m_overdueRows.isEmpty() ? tr("Nothing is overdue.") : QString());
        m_copy->setEnabled(false);
        return;
    }
    const OverdueInvoice& o = m_overdueRows[row];
    QString text;
    if (!o.payerEmail.isEmpty()) {
        text += tr("To: %1").arg(o.payerEmail) + u'\n';
    }
    text += tr("Subject: %1").arg(o.reminderSubject) + QStringLiteral("\n\n") + o.reminderBody;
    m_reminder->setPlainText(text);
    m_copy->setEnabled(true);
}

QString ReceivablesPanel::reminderText() const
{
    return m_reminder->toPlainText();
}

} // namespace mentordesk
