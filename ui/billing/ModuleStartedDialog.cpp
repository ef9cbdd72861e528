// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ModuleStartedDialog.h"

#include "billing/EnrollmentPlanLookup.h"
#include "billing/FieldErrorDisplay.h"
#include "billing/PlanService.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

ModuleStartedDialog::ModuleStartedDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_enrollmentId(enrollmentId)
{
    setObjectName(QStringLiteral("ModuleStartedDialog"));
    auto enrollment = EnrollmentService(session.db(), session.clock()).get(enrollmentId);
    setWindowTitle(enrollment ? tr("Module Started — %1").arg(enrollment->title) : tr("Module Started"));
    m_module = new QComboBox(this);
    m_module->setToolTip(tr("The course module the learner started; its price is billed in the next run"));
    m_module->setObjectName(QStringLiteral("module"));
    m_module->addItem(tr("Choose a module…"), QString());
    if (enrollment && !enrollment->courseId.isEmpty()) {
        auto course = CourseService(session.db(), session.clock()).get(enrollment->courseId);
        for (const CourseModule& m : course ? course->modules : QList<CourseModule>{}) {
            m_module->addItem(tr("%1. %2").arg(m.position).arg(m.title), m.meta.id);
        }
    }
    m_date = new QDateEdit(EnrollmentPlanLookup::today(session), this);
    m_date->setToolTip(tr("The day the module started (YYYY-MM-DD); decides the billing month"));
    m_date->setObjectName(QStringLiteral("startedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("moduleError"));
    m_errors = std::make_unique<FieldErrorDisplay>(error);
    m_errors->addField(QStringLiteral("module"), m_module, tr("Module"));
    m_errors->addField(QStringLiteral("date"), m_date, tr("Started on"));
    m_errors->addField(QStringLiteral("enrollment_id"), m_module, tr("Enrollment"));

    auto* note = new QLabel(tr("The next billing run bills the module's price."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Module:"), m_module);
    form->addRow(tr("&Started on:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

ModuleStartedDialog::~ModuleStartedDialog() = default;

bool ModuleStartedDialog::save()
{
    m_errors->clear();
    auto ok = PlanService(m_session.db(), m_session.clock())
                  .startModule(m_enrollmentId, m_module->currentData().toString(), m_date->date());
    if (!ok) {
        m_errors->show(ok.error());
        return false;
    }
    m_session.notifyDataChanged();
    accept();
    return true;
}

QString ModuleStartedDialog::errorText() const
{
    return m_errors->text();
}

QString ModuleStartedDialog::errorField() const
{
    return m_errors->field();
}

} // namespace mentordesk
