// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingSettingsPanel.h"

#include "billing/BillingSettingsService.h"
#include "billing/PlanTermsEditor.h"
#include "billing/StudioPlansPanel.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QLineEdit* percentEdit(QWidget* parent, const QString& key)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(key);
    edit->setMaximumWidth(100);
    edit->setPlaceholderText(QStringLiteral("0–100"));
    return edit;
}

} // namespace

BillingSettingsPanel::BillingSettingsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("BillingSettingsPanel"));
    auto* content = new QWidget(this);
    auto* taxBox = new QGroupBox(tr("Taxes"), content);
    auto* taxForm = new QFormLayout(taxBox);
    m_taxMode = new QComboBox(taxBox);
    m_taxMode->setToolTip(tr("Whether the prices in plans already contain tax or tax is added on the invoice"));
    m_taxMode->setObjectName(QStringLiteral("tax_mode"));
    m_taxMode->addItem(tr("Prices exclude tax (tax is added)"), static_cast<int>(TaxMode::Exclusive));
    m_taxMode->addItem(tr("Prices include tax"), static_cast<int>(TaxMode::Inclusive));
    taxForm->addRow(tr("&Prices:"), m_taxMode);
    taxForm->addRow(tr("Tax rates:"), buildRates());

    auto* attendanceBox = new QGroupBox(tr("Attendance"), content);
    auto* attendance = new QFormLayout(attendanceBox);
    m_lateHours = new QSpinBox(attendanceBox);
    m_lateHours->setToolTip(
        tr("A cancellation less than this many hours before the lesson counts as late (0 = never late)"));
    m_lateHours->setObjectName(QStringLiteral("late_cancel_hours"));
    m_lateHours->setRange(0, 720);
    m_lateHours->setSuffix(tr(" h before"));
    m_lateHours->setSpecialValueText(tr("Never late"));
    m_lateHours->setMaximumWidth(140);
    attendance->addRow(tr("&Late cancellation:"), m_lateHours);
    m_latePercent = percentEdit(attendanceBox, QStringLiteral("late_cancel_percent"));
    m_latePercent->setToolTip(tr("Percent of the lesson price billed for a late cancellation, 0–100"));
    attendance->addRow(tr("Late cancellation &billed (%):"), m_latePercent);
    m_noShowPercent = percentEdit(attendanceBox, QStringLiteral("no_show_percent"));
    m_noShowPercent->setToolTip(tr("Percent of the lesson price billed when the learner does not come, 0–100"));
    attendance->addRow(tr("&No-show billed (%):"), m_noShowPercent);
    m_makeUp =
        new QCheckBox(tr("A billed late cancellation earns a free &make-up lesson (hourly plans)"), attendanceBox);
    m_makeUp->setToolTip(tr("The learner may book a replacement lesson at no charge after a billed late cancellation"));
    m_makeUp->setObjectName(QStringLiteral("make_up_credits"));
    attendance->addRow(QString(), m_makeUp);
    attendance->addRow(QString(), new QLabel(tr("Lessons cancelled by the mentor are never billed."), attendanceBox));

    auto* numbersBox = new QGroupBox(tr("Numbers and terms"), content);
    auto* numbers = new QFormLayout(numbersBox);
    m_invoicePrefix = new QLineEdit(numbersBox);
    m_invoicePrefix->setToolTip(tr("Letters before every invoice number, e.g. INV- gives INV-0042"));
    m_invoicePrefix->setObjectName(QStringLiteral("invoice_prefix"));
    m_invoicePrefix->setMaximumWidth(140);
    m_invoiceNext = new QLabel(numbersBox);
    auto* invoiceRow = new QHBoxLayout;
    invoiceRow->addWidget(m_invoicePrefix);
    invoiceRow->addWidget(m_invoiceNext, 1);
    auto* invoiceLabel = new QLabel(tr("&Invoice prefix:"), numbersBox);
    invoiceLabel->setBuddy(m_invoicePrefix);
    numbers->addRow(invoiceLabel, invoiceRow);
    m_creditPrefix = new QLineEdit(numbersBox);
    m_creditPrefix->setToolTip(tr("Letters before every credit note number, e.g. CN- gives CN-0007"));
    m_creditPrefix->setObjectName(QStringLiteral("credit_note_prefix"));
    m_creditPrefix->setMaximumWidth(140);
    m_creditNext = new QLabel(numbersBox);
    auto* creditRow = new QHBoxLayout;
    creditRow->addWidget(m_creditPrefix);
    creditRow->addWidget(m_creditNext, 1);
    auto* creditLabel = new QLabel(tr("C&redit note prefix:"), numbersBox);
    creditLabel->setBuddy(m_creditPrefix);
    numbers->addRow(creditLabel, creditRow);
    m_terms = new QPlainTextEdit(numbersBox);
    m_terms->setObjectName(QStringLiteral("payment_terms_note"));
    m_terms->setPlaceholderText(tr("Printed under the totals, e.g. bank details"));
    m_terms->setMaximumHeight(80);
    m_terms->setTabChangesFocus(true); // Tab moves on: a keyboard user must be able to leave the note
    numbers->addRow(tr("Payment &terms note:"), m_terms);
    numbers->addRow(QString(),
                    new QLabel(tr("Days until an invoice is due are set on the Settings page."), numbersBox));

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("billingSettingsStatus"));
    m_status->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save Billing Settings"), content);
    save->setObjectName(QStringLiteral("saveBillingSettings"));
    auto* revert = new QPushButton(tr("Re&vert"), content);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(revert, &QPushButton::clicked, this, [this] { reload(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    setTabOrder(revert, save); // as they are shown: Revert, then Save

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(taxBox);
    contentLayout->addWidget(attendanceBox);
    contentLayout->addWidget(numbersBox);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(new StudioPlansPanel(session, content));
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    reload();
}

QWidget* BillingSettingsPanel::buildRates()
{
    auto* box = new QWidget(this);
    m_rates = new QTableWidget(0, 2, box);
    m_rates->setTabKeyNavigation(false);
    m_rates->setObjectName(QStringLiteral("taxRates"));
    m_rates->setHorizontalHeaderLabels({tr("Name"), tr("Rate")});
    m_rates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rates->verticalHeader()->hide();
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rates->setMaximumHeight(120);
    m_rateLabel = new QLineEdit(box);
    m_rateLabel->setObjectName(QStringLiteral("label"));
    m_rateLabel->setPlaceholderText(tr("New rate, e.g. “VAT 19 %”"));
    m_rate = percentEdit(box, QStringLiteral("rate"));
    m_rate->setPlaceholderText(QStringLiteral("%"));
    m_rate->setToolTip(tr("The new rate in percent, e.g. 19 or 7.5"));
    auto* add = new QPushButton(tr("&Add Rate"), box);
    add->setObjectName(QStringLiteral("addTaxRate"));
    connect(add, &QPushButton::clicked, this, [this] { addTaxRate(); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_rateLabel, 1);
    row->addWidget(m_rate);
    row->addWidget(add);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rates);
    layout->addLayout(row);
    return box;
}

void BillingSettingsPanel::reload()
{
    clearErrors();
    BillingSettingsService service(m_session.db(), m_session.clock());
    auto settings = service.settings();
    if (!settings) {
        showError(settings.error());
        return;
    }
    m_loaded = *settings;
    m_taxMode->setCurrentIndex(std::max(0, m_taxMode->findData(static_cast<int>(m_loaded.taxMode))));
    m_lateHours->setValue(m_loaded.attendance.lateCancelHours);
    m_latePercent->setText(PlanTermsEditor::percentText(m_loaded.attendance.lateCancelPercentBp));
    m_noShowPercent->setText(PlanTermsEditor::percentText(m_loaded.attendance.noShowPercentBp));
    m_makeUp->setChecked(m_loaded.attendance.makeUpCredits);
    m_terms->setPlainText(m_loaded.paymentTermsNote);
    const auto showSeries = [&](const Id& id, QLineEdit* prefix, QLabel* next, QString& loaded) {
        auto series = service.series(id);
        loaded = series ? series->prefix : QString();
        prefix->setText(loaded);
        next->setText(series ? tr("next number: %1").arg(series->format(series->nextNumber)) : QString());
    };
    showSeries(m_loaded.invoiceSeriesId, m_invoicePrefix, m_invoiceNext, m_loadedInvoicePrefix);
    showSeries(m_loaded.creditNoteSeriesId, m_creditPrefix, m_creditNext, m_loadedCreditPrefix);
    m_rates->setRowCount(0);
    if (auto rates = service.taxRates()) {
        for (const StoredTaxRate& r : std::as_const(*rates)) {
            const int row = m_rates->rowCount();
            m_rates->insertRow(row);
            m_rates->setItem(row, 0, new QTableWidgetItem(r.rate.label));
            auto* rate = new QTableWidgetItem(QStringLiteral("%1 %").arg(PlanTermsEditor::percentText(r.rate.rateBp)));
            rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rates->setItem(row, 1, rate);
        }
    }
}

QString BillingSettingsPanel::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

void BillingSettingsPanel::clearErrors()
{
    m_errorField.clear();
    m_status->clear();
    m_status->setProperty("error", false);
    m_status->setStyleSheet(QString());
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w->property("invalid").toBool()) {
            PlanTermsEditor::markWidget(w, {});
        }
    }
}

void BillingSettingsPanel::showError(const Error& error, const QString& prefix)
{
    m_errorField = prefix + error.field;
    m_status->setText(error.message);
    m_status->setProperty("error", true);
    m_status->setStyleSheet(QStringLiteral("color: #b02020"));
    // Tax rate fields are named "label"/"rate" like the core's keys; the form's own keys are unique.
    if (auto* widget = error.field.isEmpty() ? nullptr : findChild<QWidget*>(error.field)) {
        PlanTermsEditor::markWidget(widget, error.message);
        widget->setFocus();
    }
}

bool BillingSettingsPanel::save()
{
    clearErrors();
    BillingSettingsChanges c;
    c.taxMode = static_cast<TaxMode>(m_taxMode->currentData().toInt());
    c.lateCancelHours = m_lateHours->value();
    auto late = PlanTermsEditor::parsePercentBp(m_latePercent->text(), QStringLiteral("late_cancel_percent"));
    if (!late) {
        showError(late.error());
        return false;
    }
    c.lateCancelPercentBp = *late;
    auto noShow = PlanTermsEditor::parsePercentBp(m_noShowPercent->text(), QStringLiteral("no_show_percent"));
    if (!noShow) {
        showError(noShow.error());
        return false;
    }
    c.noShowPercentBp = *noShow;
    c.makeUpCredits = m_makeUp->isChecked();
    c.paymentTermsNote = m_terms->toPlainText();
    // Why only when changed: a prefix given starts a new series at number 1.
    if (m_invoicePrefix->text() != m_loadedInvoicePrefix) {
        c.invoicePrefix = m_invoicePrefix->text();
    }
    if (m_creditPrefix->text() != m_loadedCreditPrefix) {
        c.creditNotePrefix = m_creditPrefix->text();
    }
    auto saved = BillingSettingsService(m_session.db(), m_session.clock()).update(c);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_session.notifyDataChanged();
    reload();
    m_status->setText(tr("Billing settings saved."));
    return true;
}

bool BillingSettingsPanel::addTaxRate()
{
    clearErrors();
    auto bp = PlanTermsEditor::parsePercentBp(m_rate->text(), QStringLiteral("rate"));
    if (!bp) {
        showError(bp.error());
        return false;
    }
    auto added = BillingSettingsService(m_session.db(), m_session.clock()).addTaxRate(m_rateLabel->text(), *bp);
    if (!added) {
        showError(added.error());
        return false;
    }
    m_rateLabel->clear();
    m_rate->clear();
    m_session.notifyDataChanged();
    reload();
    return true;
}

} // namespace mentordesk
