// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;

namespace mentordesk {

class FieldErrorDisplay;
class StudioSession;

/// Records the day an enrollment started a module of its course (per-module billing bills the module).
/// Saves with one PlanService::startModule call.
class ModuleStartedDialog final : public QDialog
{
    Q_OBJECT

public:
    ModuleStartedDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent = nullptr);
    ~ModuleStartedDialog() override;

    bool save();
    [[nodiscard]] QComboBox* moduleBox() const { return m_module; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const;

private:
    StudioSession& m_session;
    Id m_enrollmentId;
    QComboBox* m_module = nullptr;
    QDateEdit* m_date = nullptr;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace mentordesk
