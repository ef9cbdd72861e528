// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingSettings.h"
#include "common/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mentordesk {

class StudioSession;

/// The Billing page's Settings tab: prices including or excluding tax, the tax rates (add), attendance
/// rules (late cancellation window and share, no-show share, make-up credits), the invoice and
/// credit-note number prefixes with their next numbers, and the payment terms note printed on invoices.
/// Saved through BillingSettingsService; an error is shown on the field it names.
class BillingSettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BillingSettingsPanel(StudioSession& session, QWidget* parent = nullptr);

    /// Reads the stored settings into the form.
    void reload();
    /// Saves the changed settings; false (field marked, message shown) on failure.
    bool save();
    /// Adds the tax rate entered below the table; false on failure.
    bool addTaxRate();

    [[nodiscard]] QComboBox* taxModeBox() const { return m_taxMode; }
    [[nodiscard]] QSpinBox* lateHoursSpin() const { return m_lateHours; }
    [[nodiscard]] QLineEdit* latePercentEdit() const { return m_latePercent; }
    [[nodiscard]] QLineEdit* noShowPercentEdit() const { return m_noShowPercent; }
    [[nodiscard]] QCheckBox* makeUpBox() const { return m_makeUp; }
    [[nodiscard]] QLineEdit* invoicePrefixEdit() const { return m_invoicePrefix; }
    [[nodiscard]] QLineEdit* creditPrefixEdit() const { return m_creditPrefix; }
    [[nodiscard]] QPlainTextEdit* termsEdit() const { return m_terms; }
    [[nodiscard]] QTableWidget* taxTable() const { return m_rates; }
    [[nodiscard]] QLineEdit* newRateLabelEdit() const { return m_rateLabel; }
    [[nodiscard]] QLineEdit* newRateEdit() const { return m_rate; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const { return m_errorField; }

private:
    void showError(const Error& error, const QString& prefix = {});
    void clearErrors();
    [[nodiscard]] QWidget* buildRates();

    StudioSession& m_session;
    BillingSettings m_loaded;
    QString m_loadedInvoicePrefix;
    QString m_loadedCreditPrefix;
    QComboBox* m_taxMode = nullptr;
    QSpinBox* m_lateHours = nullptr;
    QLineEdit* m_latePercent = nullptr;
    QLineEdit* m_noShowPercent = nullptr;
    QCheckBox* m_makeUp = nullptr;
    QLineEdit* m_invoicePrefix = nullptr;
    QLabel* m_invoiceNext = nullptr;
    QLineEdit* m_creditPrefix = nullptr;
    QLabel* m_creditNext = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QTableWidget* m_rates = nullptr;
    QLineEdit* m_rateLabel = nullptr;
    QLineEdit* m_rate = nullptr;
    QLabel* m_status = nullptr;
    QString m_errorField;
};

} // namespace mentordesk
