// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Learner.h"
#include "people/widgets/FieldErrorMap.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mentordesk {

class Clock;
class Database;
class PayerPicker;
class TopicChecklist;

/// Creates or edits a learner with their goals. Core validates (LearnerService); a refused input is
/// shown under the field it concerns and the dialog stays open with everything typed.
class LearnerDialog final : public QDialog
{
    Q_OBJECT

public:
    LearnerDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    /// Switches to editing `learner` (fills every field, goals included).
    void setLearner(const Learner& learner);
    /// Pre-selects a payer for a new learner (from a payer's page).
    void setPayer(const Id& payerId, const QString& name);
    /// What the fields say now.
    [[nodiscard]] LearnerInput input() const;
    /// Stores the learner and their goals in one transaction. On failure shows the reason (under the
    /// field when it names one), writes nothing and returns false.
    bool save();
    /// The learner stored by the last successful save().
    [[nodiscard]] Id savedId() const { return m_savedId; }
    [[nodiscard]] const FieldErrorMap& errors() const { return m_errors; }

    /// Saves and closes on success; stays open otherwise.
    void accept() override;

signals:
    void learnerSaved(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFields();
    void layOut();
    void loadChoices();
    void retranslate();

    Database& m_db;
    const Clock& m_clock;
    Learner m_learner;
    bool m_editing = false;
    Id m_savedId;
    FieldErrorMap m_errors;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QComboBox* m_level = nullptr;
    QDoubleSpinBox* m_weeklyHours = nullptr;
    QComboBox* m_mentor = nullptr;
    PayerPicker* m_payer = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_consentContact = nullptr;
    QCheckBox* m_consentPhotos = nullptr;
    TopicChecklist* m_goals = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_generalError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels; ///< form labels, in retranslate() order
};

} // namespace mentordesk
