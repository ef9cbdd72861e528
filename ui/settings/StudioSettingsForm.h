// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "studio/StudioSettings.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mentordesk {

/// The fields of the studio's settings with an inline error line under each. Pure form: loading,
/// reading back and showing errors; SettingsPage saves through StudioService.
class StudioSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit StudioSettingsForm(QWidget* parent = nullptr);

    /// Shows `settings` (and remembers them: read() keeps what the form does not edit).
    void load(const StudioSettings& settings);
    /// The settings as edited.
    [[nodiscard]] StudioSettings read() const;
    /// Shows `error` under its field and focuses it; false when the error names no field of the form.
    bool showError(const Error& error);
    void clearErrors();
    /// Makes the currency read-only, with the reason in its tooltip and under it.
    void setCurrencyLocked(bool locked);
    /// The error shown under `fieldKey` ("name", "email", "currency", "locale", "time_zone",
    /// "payment_terms_days", "week_starts_on"), or an empty string.
    [[nodiscard]] QString errorFor(const QString& fieldKey) const;
    /// The editor of `fieldKey`, or nullptr.
    [[nodiscard]] QWidget* editor(const QString& fieldKey) const;
    [[nodiscard]] QLabel* label(const QString& fieldKey) const;

signals:
    /// The user changed a field.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addField(QFormLayout* form, const QString& key, QWidget* editor);
    void fillWeekDays();

    StudioSettings m_loaded;
    bool m_currencyLocked = false;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_taxId;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_currency;
    QLabel* m_currencyNote;
    QComboBox* m_locale;
    QComboBox* m_timeZone;
    QSpinBox* m_paymentTerms;
    QComboBox* m_weekStart;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_editors;
};

} // namespace mentordesk
