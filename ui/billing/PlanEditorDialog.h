// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"
#include "common/Result.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mentordesk {

class PlanHistoryModel;
class PlanTermsEditor;
class StudioSession;

/// Sets or changes an enrollment's billing plan from an effective date: the plan history on top (select a
/// plan to start from its terms), the kind with its own terms editor, tax rate, an optional discount on the
/// new plan, and errors from the core shown on the field they name. Saves through PlanService in one
/// transaction (plan and discount together). An empty `enrollmentId` edits the plans the studio offers
/// (PlanService::offerPlan), which the Quote dialog compares.
class PlanEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    PlanEditorDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent = nullptr);

    /// Stores the plan (and discount); true on success (the dialog accepts). On failure the field is
    /// marked and the message shown.
    bool save();
    /// Removes a plan no invoice bills; false (message shown) otherwise.
    bool removePlan(const Id& planId);
    /// Shows the kind's editor.
    void setKind(PlanKind kind);
    /// Loads a stored plan's label, kind, tax rate and terms into the editor (the date stays).
    void loadPlan(const StoredPlan& plan);

    [[nodiscard]] const std::optional<StoredPlan>& savedPlan() const { return m_saved; }
    [[nodiscard]] PlanTermsEditor* editor(PlanKind kind) const;
    [[nodiscard]] PlanTermsEditor* currentEditor() const;
    [[nodiscard]] PlanHistoryModel* history() const { return m_history; }
    [[nodiscard]] QLineEdit* labelEdit() const { return m_label; }
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QComboBox* taxBox() const { return m_tax; }
    [[nodiscard]] QCheckBox* discountBox() const { return m_discountOn; }
    [[nodiscard]] QLineEdit* discountLabelEdit() const { return m_discountLabel; }
    [[nodiscard]] QComboBox* discountKindBox() const { return m_discountKind; }
    [[nodiscard]] QLineEdit* discountValueEdit() const { return m_discountValue; }
    [[nodiscard]] QString errorText() const;
    /// The field key of the last error shown ("" when none).
    [[nodiscard]] QString errorField() const { return m_errorField; }

private:
    void reloadHistory();
    void showError(const Error& error, bool fromDiscount);
    void clearErrors();
    [[nodiscard]] Result<std::optional<qint64>> discountValue() const;
    [[nodiscard]] QWidget* buildForm();
    [[nodiscard]] QWidget* buildDiscount();

    StudioSession& m_session;
    Id m_enrollmentId;
    PlanHistoryModel* m_history = nullptr;
    QTableView* m_historyView = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_label = nullptr;
    QDateEdit* m_from = nullptr;
    QComboBox* m_tax = nullptr;
    QStackedWidget* m_editors = nullptr;
    QCheckBox* m_discountOn = nullptr;
    QLineEdit* m_discountLabel = nullptr;
    QComboBox* m_discountKind = nullptr;
    QLineEdit* m_discountValue = nullptr;
    QLabel* m_error = nullptr;
    QString m_errorField;
    std::optional<StoredPlan> m_saved;
};

} // namespace mentordesk
