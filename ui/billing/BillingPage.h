// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

class QTabWidget;

namespace mentordesk {

class BillingSettingsPanel;
class InvoicesPanel;
class ReceivablesPanel;
class StudioSession;

/// "Billing": the Invoices tab (list, detail, billing run, issue, payments, credit notes, PDF), the
/// Receivables tab (aging, overdue invoices, reminders) and the Settings tab (taxes, attendance rules,
/// numbering, payment terms). Shows records of kind "invoice".
class BillingPage final : public Page
{
    Q_OBJECT

public:
    explicit BillingPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("billing"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    /// "invoice": selects the invoice on the Invoices tab; "receivables" (any id): the Receivables tab;
    /// "billingRun": the Invoices tab, then the billing run wizard.
    bool showRecord(const QString& kind, const QString& id) override;

    [[nodiscard]] InvoicesPanel* invoices() const { return m_invoices; }
    [[nodiscard]] ReceivablesPanel* receivables() const { return m_receivables; }
    [[nodiscard]] BillingSettingsPanel* settingsPanel() const { return m_settings; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadIfStale();

    StudioSession& m_session;
    QTabWidget* m_tabs = nullptr;
    InvoicesPanel* m_invoices = nullptr;
    ReceivablesPanel* m_receivables = nullptr;
    BillingSettingsPanel* m_settings = nullptr;
    bool m_stale = true;
    bool m_loading = false;
};

} // namespace mentordesk
