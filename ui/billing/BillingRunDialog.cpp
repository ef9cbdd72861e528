// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingRunDialog.h"

#include "billing/InvoiceActions.h"
#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kMonthsBack = 24;
}

BillingRunDialog::BillingRunDialog(StudioSession& session, InvoiceActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("BillingRunDialog"));
    setWindowTitle(tr("Billing Run"));
    m_period = new QComboBox(this);
    m_period->setToolTip(tr("The month whose held lessons, subscriptions and events are billed"));
    m_period->setObjectName(QStringLiteral("billingPeriod"));
    auto today = InvoiceService(session.db(), session.clock()).today();
    const QDate day = today ? *today : QDate::currentDate();
    const QDate first(day.year(), day.month(), 1);
    for (int i = 0; i <= kMonthsBack; ++i) {
        const QDate month = first.addMonths(-i);
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        m_period->addItem(
            tr("%1 (%2)").arg(session.format().locale().toString(month, QStringLiteral("MMMM yyyy")), key), key);
    }
    m_period->setCurrentIndex(1); // the last complete month
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewRun"));
    m_previewButton->setToolTip(tr("Show the drafts this run would make without storing anything"));
    m_runButton = new QPushButton(tr("&Create Drafts"), this);
    m_runButton->setObjectName(QStringLiteral("runBilling"));
    m_runButton->setToolTip(tr("Create or refresh the draft invoices of the month (nothing is issued yet)"));
    m_drafts = new QTreeWidget(this);
    m_drafts->setObjectName(QStringLiteral("draftPreview"));
    m_drafts->setColumnCount(3);
    m_drafts->setHeaderLabels({tr("Payer / line"), tr("Lines"), tr("Total")});
    m_drafts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_drafts->header()->setStretchLastSection(false);
    m_summary = new QLabel(tr("Choose a month and preview the drafts."), this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);

    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_period);
    top->addWidget(monthLabel);
    top->addWidget(m_period, 1);
    top->addWidget(m_previewButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runBilling(); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_drafts->clear();
        m_result.reset();
        m_summary->setText(tr("Choose a month and preview the drafts."));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_drafts, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 480);
}

QString BillingRunDialog::period() const
{
    return m_period->currentData().toString();
}

void BillingRunDialog::setPeriod(const QString& period)
{
    int index = m_period->findData(period);
    if (index < 0) {
        m_period->addItem(period, period);
        index = m_period->count() - 1;
    }
    m_period->setCurrentIndex(index);
}

QString BillingRunDialog::summaryText() const
{
    return m_summary->text();
}

bool BillingRunDialog::preview()
{
    auto result = m_actions.runBilling(period(), true);
    if (!result) {
        m_drafts->clear();
        m_summary->setText(result.error().message);
        return false;
    }
    showResult(*result);
    return true;
}

bool BillingRunDialog::runBilling()
{
    auto result = m_actions.runBilling(period(), false);
    if (!result) {
        m_summary->setText(result.error().message);
        return false;
    }
    showResult(*result);
    accept();
    return true;
}

void BillingRunDialog::showResult(const BillingRunResult& result)
{
    m_result = result;
    m_drafts->clear();
    const Formatter& format = m_session.format();
    for (const DraftInvoice& draft : result.drafts) {
        auto* payer = new QTreeWidgetItem(m_drafts);
        payer->setText(0, draft.payerName);
        payer->setText(1, format.locale().toString(draft.lines.size()));
        payer->setText(2, format.money(draft.taxes.grandTotal));
        payer->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        payer->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        for (const DraftLine& line : draft.lines) {
            auto* item = new QTreeWidgetItem(payer);
            item->setText(0, line.groupLabel.isEmpty() ? line.description
                                                       : tr("%1: %2").arg(line.groupLabel, line.description));
            item->setText(2, format.money(line.line.amountMinor));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    QStringList text;
    text << (result.dryRun ? tr("Preview of %1: %n draft invoice(s), %2 in total.", nullptr, result.drafts.size())
                           : tr("Billed %1: %n draft invoice(s), %2 in total.", nullptr, result.drafts.size()))
                .arg(result.period, format.money(result.linesTotal));
    if (result.drafts.isEmpty()) {
        text << tr("Nothing left to bill in this month.");
    }
    for (const QString& warning : result.warnings) {
        text << warning;
    }
    m_summary->setText(text.join(u'\n'));
}

} // namespace mentordesk
