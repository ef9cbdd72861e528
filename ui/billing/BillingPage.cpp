// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingPage.h"

#include "billing/BillingExportDialog.h"
#include "billing/BillingSettingsPanel.h"
#include "billing/InvoicesPanel.h"
#include "billing/ReceivablesPanel.h"
#include "common/GlyphIconEngine.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

BillingPage::BillingPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("BillingPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_invoices = new InvoicesPanel(session, m_tabs);
    m_receivables = new ReceivablesPanel(session, m_tabs);
    m_tabs->addTab(m_invoices, QString());
    m_tabs->addTab(m_receivables, QString());
    m_settings = new BillingSettingsPanel(session, m_tabs);
    m_tabs->addTab(m_settings, QString());
    auto* exportButton = new QPushButton(tr("E&xport…"), m_tabs);
    exportButton->setObjectName(QStringLiteral("billingExport"));
    exportButton->setToolTip(tr("Invoices as CSV or an hledger journal for a date range"));
    connect(exportButton, &QPushButton::clicked, this, [this] { BillingExportDialog(m_session, this).exec(); });
    m_tabs->setCornerWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);

    // Why: every write here goes through the session, so one stale flag covers our own writes and other
    // pages' (new lessons, payers); a visible page reloads at once, a hidden one on activation.
    connect(&session, &StudioSession::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible() && !m_loading) {
            reloadIfStale();
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { focusSearch(); });
    connect(m_receivables, &ReceivablesPanel::invoiceActivated, this,
            [this](const QString& id) { showRecord(QStringLiteral("invoice"), id); });
    retranslate();
}

QString BillingPage::title()
{
    return tr("Billing");
}

QIcon BillingPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Billing);
}

void BillingPage::retranslate()
{
    m_tabs->setTabText(0, tr("&Invoices"));
    m_tabs->setTabText(1, tr("&Receivables"));
    m_tabs->setTabToolTip(0, tr("Billing runs, invoices, payments and credit notes"));
    m_tabs->setTabToolTip(1, tr("Who owes what, for how long, and reminders"));
    m_tabs->setTabText(2, tr("&Settings"));
    m_tabs->setTabToolTip(2, tr("Taxes, attendance rules, invoice numbers and payment terms"));
}

void BillingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    Page::changeEvent(event);
}

void BillingPage::reloadIfStale()
{
    if (!m_stale || m_loading) {
        return;
    }
    m_stale = false;
    m_loading = true;
    m_invoices->reload();
    m_receivables->reload();
    m_loading = false;
}

void BillingPage::activate()
{
    reloadIfStale();
}

void BillingPage::focusSearch()
{
    if (m_tabs->currentWidget() == m_invoices) {
        m_invoices->focusSearch();
    }
}

bool BillingPage::showRecord(const QString& kind, const QString& id)
{
    if (kind == u"receivables") { // the aging table and the overdue invoices (Today's money card)
        reloadIfStale();
        m_tabs->setCurrentWidget(m_receivables);
        return true;
    }
    if (kind == u"billingRun") { // Today's "First steps": the Invoices tab, then the billing run wizard
        reloadIfStale();
        m_tabs->setCurrentWidget(m_invoices);
        QTimer::singleShot(0, m_invoices, &InvoicesPanel::openBillingRun);
        return true;
    }
    if (kind != u"invoice") {
        return false;
    }
    reloadIfStale();
    if (!m_invoices->selectInvoice(id)) {
        return false;
    }
    m_tabs->setCurrentWidget(m_invoices);
    return true;
}

} // namespace mentordesk
