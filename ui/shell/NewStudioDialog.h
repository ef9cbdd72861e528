// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace mentordesk {

class Clock;

/// Creates a new studio file: name, currency, time zone, language and where to keep it.
/// Validation happens in core (StudioService); errors appear under the offending field.
class NewStudioDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewStudioDialog(const Clock& clock, QWidget* parent = nullptr);
    /// The file that was created (valid after the dialog was accepted).
    [[nodiscard]] const QString& createdPath() const { return m_createdPath; }

    void accept() override;

private:
    void showError(const QString& field, const QString& message);
    void clearErrors();
    void browse();

    const Clock& m_clock;
    QLineEdit* m_name = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_currencyError = nullptr;
    QLabel* m_timeZoneError = nullptr;
    QLabel* m_fileError = nullptr;
    QCheckBox* m_signIn = nullptr;
    QLineEdit* m_ownerName = nullptr;
    QLineEdit* m_ownerPassword = nullptr;
    QLineEdit* m_ownerConfirm = nullptr;
    QLabel* m_ownerError = nullptr;
    QString m_createdPath;
};

} // namespace mentordesk
