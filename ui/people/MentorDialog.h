// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Mentor.h"
#include "people/widgets/FieldErrorMap.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace mentordesk {

class Clock;
class Database;
class Formatter;

/// Creates or edits a mentor. The default rate is typed as the studio locale writes amounts and parsed
/// exactly (no floating point); MentorService validates the rest. Refusals appear under their field.
class MentorDialog final : public QDialog
{
    Q_OBJECT

public:
    MentorDialog(Database& db, const Clock& clock, const Formatter& format, QWidget* parent = nullptr);

    void setMentor(const Mentor& mentor);
    /// The fields as MentorInput; fails (Invalid "default_rate") when the rate is not an amount.
    [[nodiscard]] Result<MentorInput> input() const;
    bool save();
    [[nodiscard]] Id savedId() const { return m_savedId; }
    [[nodiscard]] const FieldErrorMap& errors() const { return m_errors; }
    void accept() override;

signals:
    void mentorSaved(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseColor();
    void updateSwatch();
    void retranslate();

    Database& m_db;
    const Clock& m_clock;
    const Formatter& m_format;
    Mentor m_mentor;
    bool m_editing = false;
    Id m_savedId;
    FieldErrorMap m_errors;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_role = nullptr;
    QSpinBox* m_years = nullptr;
    QLineEdit* m_rate = nullptr;
    QLabel* m_currency = nullptr;
    QLineEdit* m_color = nullptr;
    QToolButton* m_swatch = nullptr;
    QPlainTextEdit* m_bio = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace mentordesk
