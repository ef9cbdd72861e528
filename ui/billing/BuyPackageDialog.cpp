// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BuyPackageDialog.h"

#include "billing/EnrollmentPlanLookup.h"
#include "billing/FieldErrorDisplay.h"
#include "billing/PlanService.h"
#include "billing/plans/PlanTimeline.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

BuyPackageDialog::BuyPackageDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_enrollmentId(enrollmentId)
{
    setObjectName(QStringLiteral("BuyPackageDialog"));
    auto enrollment = EnrollmentService(session.db(), session.clock()).get(enrollmentId);
    setWindowTitle(enrollment ? tr("Buy Package — %1").arg(enrollment->title) : tr("Buy Package"));
    m_date = new QDateEdit(EnrollmentPlanLookup::today(session), this);
    m_date->setToolTip(tr("The day the payer bought the package (YYYY-MM-DD); its validity starts then"));
    m_date->setObjectName(QStringLiteral("purchasedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_terms = new QLabel(this);
    m_terms->setObjectName(QStringLiteral("packageTerms"));
    m_terms->setWordWrap(true);
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("buyPackageError"));
    m_errors = std::make_unique<FieldErrorDisplay>(error);
    m_errors->addField(QStringLiteral("date"), m_date, tr("Bought on"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Bought on:"), m_date);
    form->addRow(tr("Package:"), m_terms);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Purchase"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { describe(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    describe();
}

BuyPackageDialog::~BuyPackageDialog() = default;

void BuyPackageDialog::describe()
{
    auto plans = PlanService(m_session.db(), m_session.clock()).plans(m_enrollmentId);
    QList<Plan> timeline;
    for (const StoredPlan& p : plans ? *plans : QList<StoredPlan>{}) {
        timeline.append(p.plan);
    }
    const std::optional<Plan> plan = PlanTimeline::planOn(timeline, m_date->date());
    const auto* terms = plan ? std::get_if<PackagePlan>(&plan->terms) : nullptr;
    if (!terms) {
        m_terms->setText(tr("No package plan is in force on this day."));
        return;
    }
    const QString hours =
        QLocale().toString(static_cast<double>(terms->minutes) / 60.0, 'f', terms->minutes % 60 ? 1 : 0);
    const QString expiry =
        terms->validityDays > 0
            ? tr("valid until %1").arg(m_session.format().date(m_date->date().addDays(terms->validityDays - 1)))
            : tr("no expiry");
    m_terms->setText(
        tr("%1 h for %2 under “%3”, %4").arg(hours, m_session.format().money(terms->priceMinor), plan->label, expiry));
}

bool BuyPackageDialog::save()
{
    m_errors->clear();
    auto bought = PlanService(m_session.db(), m_session.clock()).buyPackage(m_enrollmentId, m_date->date());
    if (!bought) {
        m_errors->show(bought.error());
        return false;
    }
    m_purchase = *bought;
    m_session.notifyDataChanged();
    accept();
    return true;
}

QString BuyPackageDialog::errorText() const
{
    return m_errors->text();
}

QString BuyPackageDialog::errorField() const
{
    return m_errors->field();
}

} // namespace mentordesk
