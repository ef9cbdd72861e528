// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;

namespace mentordesk {

class FieldErrorDisplay;
class StudioSession;

/// Records a prepaid package bought for an enrollment: the day it was bought; hours, price and expiry come
/// from the package plan in force that day (shown). Saves with one PlanService::buyPackage call.
class BuyPackageDialog final : public QDialog
{
    Q_OBJECT

public:
    BuyPackageDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent = nullptr);
    ~BuyPackageDialog() override;

    /// Records the purchase; true on success (the dialog accepts), else the error is shown on its field.
    bool save();
    [[nodiscard]] const std::optional<StoredPackagePurchase>& purchase() const { return m_purchase; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const;

private:
    void describe();

    StudioSession& m_session;
    Id m_enrollmentId;
    QDateEdit* m_date = nullptr;
    QLabel* m_terms = nullptr;
    std::unique_ptr<FieldErrorDisplay> m_errors;
    std::optional<StoredPackagePurchase> m_purchase;
};

} // namespace mentordesk
