// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanEditorDialog.h"

#include "billing/BillingSettingsService.h"
#include "billing/HourlyPlanEditor.h"
#include "billing/ModulePlanEditor.h"
#include "billing/PackagePlanEditor.h"
#include "billing/PlanHistoryModel.h"
#include "billing/PlanService.h"
#include "billing/ProjectPlanEditor.h"
#include "billing/SubscriptionPlanEditor.h"
#include "common/Clock.h"
#include "common/Formatter.h"
#include "courses/EnrollmentService.h"
#include "money/Money.h"
#include "shell/StudioSession.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

PlanEditorDialog::PlanEditorDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_enrollmentId(enrollmentId)
{
    setObjectName(QStringLiteral("PlanEditorDialog"));
    auto enrollment = EnrollmentService(session.db(), session.clock()).get(enrollmentId);
    setWindowTitle(enrollmentId.isEmpty() ? tr("Studio Plan")
                   : enrollment           ? tr("Billing Plan — %1").arg(enrollment->title)
                                          : tr("Billing Plan"));

    m_history = new PlanHistoryModel(session.format(), this);
    m_historyView = new QTableView(this);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setObjectName(QStringLiteral("planHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setMaximumHeight(120);
    m_historyView->setToolTip(tr("Select a plan to start from its terms"));
    m_remove = new QPushButton(tr("Remove P&lan"), this);
    m_remove->setObjectName(QStringLiteral("removePlan"));
    m_remove->setEnabled(false);
    // Why selectionChanged, not currentRowChanged: the view sets a current row when it gains focus, which
    // must not replace what the user has typed.
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
        const StoredPlan* plan = rows.isEmpty() ? nullptr : m_history->planAt(rows.first().row());
        m_remove->setEnabled(plan != nullptr);
        if (plan) {
            loadPlan(*plan);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const StoredPlan* plan = m_history->planAt(m_historyView->currentIndex().row());
        if (plan &&
            QMessageBox::question(this, tr("Remove Plan"),
                                  tr("Remove the plan “%1” starting %2? Plans already invoiced cannot be "
                                     "removed.")
                                      .arg(plan->plan.label, m_session.format().date(plan->plan.effectiveFrom))) ==
                QMessageBox::Yes) {
            removePlan(plan->meta.id);
        }
    });
    auto* historyBox = new QGroupBox(tr("Plan history"), this);
    auto* historyLayout = new QHBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView, 1);
    auto* historyButtons = new QVBoxLayout;
    historyButtons->addWidget(m_remove);
    historyButtons->addStretch(1);
    historyLayout->addLayout(historyButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    QWidget* form = buildForm();
    QWidget* discount = buildDiscount();
    // Why after the form: Tab goes through the fields before it reaches Save and Cancel.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(historyBox);
    layout->addWidget(form, 1);
    layout->addWidget(discount);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    reloadHistory();
    if (const StoredPlan* current = m_history->planAt(0)) {
        loadPlan(*current);
    }
    m_kind->setFocus();
    resize(720, 760);
}

QWidget* PlanEditorDialog::buildForm()
{
    auto* box = new QGroupBox(tr("New plan"), this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(box);
    m_kind->setToolTip(
        tr("How the learner pays: by the hour, a subscription, prepaid packages, a fixed-price project or per module"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_editors = new QStackedWidget(box);
    const Currency& currency = m_session.format().currency();
    const QList<PlanTermsEditor*> editors{
        new HourlyPlanEditor(currency, m_editors), new SubscriptionPlanEditor(currency, m_editors),
        new PackagePlanEditor(currency, m_editors), new ProjectPlanEditor(currency, m_editors),
        new ModulePlanEditor(currency, m_editors)};
    for (PlanTermsEditor* e : editors) {
        m_kind->addItem(PlanHistoryModel::kindText(e->kind()), static_cast<int>(e->kind()));
        m_editors->addWidget(e);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_editors->setCurrentIndex(index);
        m_label->clear(); // a name of another kind's plan would mislead; empty = the kind's name
    });
    form->addRow(tr("&Kind:"), m_kind);
    m_label = new QLineEdit(box);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("Empty: the kind's name"));
    form->addRow(tr("&Name:"), m_label);
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("effective_from"));
    m_from->setCalendarPopup(true);
    m_from->setDate(m_session.format().toLocal(m_session.clock().nowUtc()).date());
    m_from->setToolTip(tr("The plan applies to lessons from this day until the next plan starts"));
    form->addRow(tr("&Effective from:"), m_from);
    m_tax = new QComboBox(box);
    m_tax->setToolTip(tr("The tax added to (or included in) this plan's prices; rates are set on Billing ▸ Settings"));
    m_tax->setObjectName(QStringLiteral("tax_rate_id"));
    m_tax->addItem(tr("Not taxed"), QString());
    if (auto rates = BillingSettingsService(m_session.db(), m_session.clock()).taxRates()) {
        for (const StoredTaxRate& r : std::as_const(*rates)) {
            m_tax->addItem(r.rate.label, r.meta.id);
        }
        m_tax->setCurrentIndex(m_tax->count() > 1 ? 1 : 0);
    }
    form->addRow(tr("Ta&x rate:"), m_tax);
    // Why: the kinds' editors are built first (for the kind list) but shown below these fields.
    setTabOrder(m_kind, m_label);
    setTabOrder(m_label, m_from);
    setTabOrder(m_from, m_tax);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_editors, 1);
    return box;
}

QWidget* PlanEditorDialog::buildDiscount()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_discountOn = new QCheckBox(tr("Add a &discount:"), box);
    m_discountOn->setToolTip(tr("Take a percentage or a fixed amount off every invoice of this plan"));
    m_discountOn->setObjectName(QStringLiteral("discount"));
    m_discountLabel = new QLineEdit(box);
    m_discountLabel->setObjectName(QStringLiteral("discount.label"));
    m_discountLabel->setPlaceholderText(tr("Shown on the invoice, e.g. “Sibling discount”"));
    m_discountKind = new QComboBox(box);
    m_discountKind->setToolTip(
        tr("Percent off the plan's lines, or a fixed amount in the studio currency off each invoice"));
    m_discountKind->setObjectName(QStringLiteral("discount.kind"));
    m_discountKind->addItem(tr("percent"), true);
    m_discountKind->addItem(tr("fixed amount"), false);
    m_discountValue = new QLineEdit(box);
    m_discountValue->setObjectName(QStringLiteral("discount.value"));
    m_discountValue->setMaximumWidth(100);
    m_discountValue->setPlaceholderText(tr("e.g. 10"));
    m_discountValue->setToolTip(
        tr("Percent (e.g. 10 or 12.5) or an amount in %1 (e.g. 25.00)").arg(m_session.format().currency().code()));
    row->addWidget(m_discountOn);
    row->addWidget(m_discountLabel, 1);
    row->addWidget(m_discountValue);
    row->addWidget(m_discountKind);
    setTabOrder(m_discountValue, m_discountKind);
    auto sync = [this] {
        for (QWidget* w : {static_cast<QWidget*>(m_discountLabel), static_cast<QWidget*>(m_discountKind),
                           static_cast<QWidget*>(m_discountValue)}) {
            w->setEnabled(m_discountOn->isChecked());
        }
    };
    connect(m_discountOn, &QCheckBox::toggled, this, sync);
    sync();
    return box;
}

void PlanEditorDialog::reloadHistory()
{
    PlanService service(m_session.db(), m_session.clock());
    auto plans = m_enrollmentId.isEmpty() ? service.offeredPlans() : service.plans(m_enrollmentId);
    m_history->setPlans(plans ? *plans : QList<StoredPlan>{});
    m_historyView->resizeColumnsToContents();
}

PlanTermsEditor* PlanEditorDialog::editor(PlanKind kind) const
{
    return qobject_cast<PlanTermsEditor*>(m_editors->widget(static_cast<int>(kind)));
}

PlanTermsEditor* PlanEditorDialog::currentEditor() const
{
    return qobject_cast<PlanTermsEditor*>(m_editors->currentWidget());
}

void PlanEditorDialog::setKind(PlanKind kind)
{
    m_kind->setCurrentIndex(static_cast<int>(kind));
}

void PlanEditorDialog::loadPlan(const StoredPlan& plan)
{
    setKind(plan.plan.kind());
    editor(plan.plan.kind())->setTerms(plan.plan.terms);
    m_label->setText(plan.plan.label);
    m_tax->setCurrentIndex(std::max(0, m_tax->findData(plan.plan.taxRateId)));
}

QString PlanEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PlanEditorDialog::clearErrors()
{
    m_error->hide();
    m_errorField.clear();
    for (QWidget* w : {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_tax),
                       static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_discountLabel),
                       static_cast<QWidget*>(m_discountValue)}) {
        PlanTermsEditor::markWidget(w, {});
    }
    currentEditor()->clearHighlights();
}

void PlanEditorDialog::showError(const Error& error, bool fromDiscount)
{
    m_errorField = fromDiscount && !error.field.isEmpty() ? QStringLiteral("discount.") + error.field : error.field;
    m_error->setText(error.message);
    m_error->show();
    QString key = error.field;
    if (key.startsWith(u"terms.")) {
        key = key.mid(6);
    }
    QWidget* target = nullptr;
    if (fromDiscount) {
        target = key == u"label" ? m_discountLabel : m_discountValue;
    } else if (key == u"label") {
        target = m_label;
    } else if (key == u"effective_from") {
        target = m_from;
    } else if (key == u"tax_rate_id") {
        target = m_tax;
    } else if (key == u"kind") {
        target = m_kind;
    } else if (!key.isEmpty()) {
        currentEditor()->highlight(key, error.message);
        return;
    }
    if (target) {
        PlanTermsEditor::markWidget(target, error.message);
        target->setFocus();
    }
}

Result<std::optional<qint64>> PlanEditorDialog::discountValue() const
{
    if (!m_discountOn->isChecked()) {
        return std::optional<qint64>{};
    }
    const QString text = m_discountValue->text().trimmed();
    if (m_discountKind->currentData().toBool()) {
        auto bp = PlanTermsEditor::parsePercentBp(text, QStringLiteral("value"));
        if (!bp) {
            return fail(bp.error());
        }
        return std::optional<qint64>(*bp);
    }
    auto money = Money::parse(text, m_session.format().currency(), QStringLiteral("value"));
    if (!money) {
        return fail(money.error());
    }
    return std::optional<qint64>(money->minorUnits());
}

bool PlanEditorDialog::save()
{
    clearErrors();
    auto terms = currentEditor()->terms();
    if (!terms) {
        showError(terms.error(), false);
        return false;
    }
    auto discount = discountValue();
    if (!discount) {
        showError(discount.error(), true);
        return false;
    }
    PlanInput input;
    input.label = m_label->text().trimmed();
    input.effectiveFrom = m_from->date();
    input.taxRateId = m_tax->currentData().toString();
    input.terms = *terms;
    auto tx = Transaction::begin(m_session.db());
    if (!tx) {
        showError(tx.error(), false);
        return false;
    }
    PlanService plans(m_session.db(), m_session.clock());
    auto stored = m_enrollmentId.isEmpty() ? plans.offerPlan(input) : plans.setPlan(m_enrollmentId, input);
    if (!stored) {
        showError(stored.error(), false);
        return false;
    }
    if (discount->has_value()) {
        auto added = plans.addDiscount({}, stored->meta.id, m_discountLabel->text(),
                                       m_discountKind->currentData().toBool(), **discount);
        if (!added) {
            showError(added.error(), true);
            return false; // the transaction rolls the plan back too
        }
    }
    if (auto ok = tx->commit(); !ok) {
        showError(ok.error(), false);
        return false;
    }
    m_saved = *stored;
    m_session.notifyDataChanged();
    accept();
    return true;
}

bool PlanEditorDialog::removePlan(const Id& planId)
{
    clearErrors();
    if (auto ok = PlanService(m_session.db(), m_session.clock()).removePlan(planId); !ok) {
        showError(ok.error(), false);
        return false;
    }
    m_session.notifyDataChanged();
    reloadHistory();
    return true;
}

} // namespace mentordesk
