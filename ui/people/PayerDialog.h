// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Payer.h"
#include "people/widgets/FieldErrorMap.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mentordesk {

class Clock;
class Database;

/// Creates or edits a payer (family). PayerService validates; a refused input is shown under its
/// field and nothing is written.
class PayerDialog final : public QDialog
{
    Q_OBJECT

public:
    PayerDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    void setPayer(const Payer& payer);
    [[nodiscard]] PayerInput input() const;
    /// Stores the payer; on failure shows why and returns false.
    bool save();
    [[nodiscard]] Id savedId() const { return m_savedId; }
    [[nodiscard]] const FieldErrorMap& errors() const { return m_errors; }
    void accept() override;

signals:
    void payerSaved(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    const Clock& m_clock;
    Payer m_payer;
    bool m_editing = false;
    Id m_savedId;
    FieldErrorMap m_errors;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_taxId = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace mentordesk
