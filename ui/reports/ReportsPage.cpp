// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsPage.h"

#include "common/GlyphIconEngine.h"
#include "reports/AtRiskTable.h"
#include "reports/BlindRatingsCheck.h"
#include "reports/ChartTab.h"
#include "reports/EfficiencySourceBox.h"
#include "reports/PackagesTable.h"
#include "reports/ProgressReportPdf.h"
#include "reports/ReportCsv.h"
#include "reports/ReportJobRunner.h"
#include "reports/ReportLoader.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mentordesk {

ReportsPage::ReportsPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ReportsPage"));
    m_jobs = new ReportJobRunner(m_session, this);
    connect(m_jobs, &ReportJobRunner::finished, this, &ReportsPage::showLoaded);
    buildControls();
    connect(&m_session, &StudioSession::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    });
    retranslate();
}

void ReportsPage::buildControls()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto* bar = new QHBoxLayout;
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setLocale(m_session.format().locale());
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::rangeEdited);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_reset = new QPushButton(this);
    m_png = new QPushButton(this);
    m_csv = new QPushButton(this);
    connect(m_reset, &QPushButton::clicked, this, [this] { setRange({}, {}); });
    connect(m_png, &QPushButton::clicked, this, &ReportsPage::exportPngDialog);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsvDialog);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_reset);
    bar->addStretch(1);
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    for (ReportKind kind : {ReportKind::Hours, ReportKind::Utilisation, ReportKind::Progress, ReportKind::Ratings}) {
        auto* tab = new ChartTab(ReportCatalog::code(kind), m_tabs);
        m_charts.insert(kind, tab);
        m_tabs->addTab(tab, QString());
        m_tabKinds.append(kind);
    }
    ChartTab* progress = m_charts.value(ReportKind::Progress);
    m_learnerLabel = new QLabel(progress);
    m_learner = new QComboBox(progress);
    m_learner->setObjectName(QStringLiteral("learner"));
    m_learner->setEditable(true);
    m_learner->setInsertPolicy(QComboBox::NoInsert);
    m_learner->setMinimumContentsLength(24);
    m_enrollment = new QComboBox(progress);
    m_enrollment->setObjectName(QStringLiteral("enrollment"));
    m_enrollment->setMinimumContentsLength(24);
    m_pdf = new QPushButton(progress);
    m_efficiency = new EfficiencySourceBox(m_session, progress);
    progress->controls()->addWidget(m_learnerLabel);
    progress->controls()->addWidget(m_learner);
    progress->controls()->addWidget(m_enrollment);
    progress->controls()->addWidget(m_efficiency);
    progress->controls()->addStretch(1);
    progress->controls()->addWidget(m_pdf);
    connect(m_learner, &QComboBox::activated, this, [this] {
        m_ranges.remove(ReportKind::Progress);
        m_enrollment->setCurrentIndex(0);
        refresh();
    });
    connect(m_enrollment, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::progressPdfDialog);

    ChartTab* ratings = m_charts.value(ReportKind::Ratings);
    m_ratingsBy = new QComboBox(ratings);
    m_ratingsBy->setObjectName(QStringLiteral("ratingsBy"));
    m_ratingsBy->addItems({QString(), QString()});
    m_blind = new BlindRatingsCheck(m_session, ratings);
    ratings->controls()->addWidget(m_ratingsBy);
    ratings->controls()->addStretch(1);
    ratings->controls()->addWidget(m_blind);
    connect(m_ratingsBy, &QComboBox::activated, this, [this] { refresh(); });

    m_atRisk = new AtRiskTable(m_tabs);
    connect(m_atRisk, &AtRiskTable::learnerActivated, this,
            [this](const QString& id) { m_session.requestNavigation(QStringLiteral("learner"), id); });
    m_tabs->addTab(m_atRisk, QString());
    m_tabKinds.append(ReportKind::AtRisk);

    for (ReportKind kind : {ReportKind::Revenue, ReportKind::Aging}) {
        auto* tab = new ChartTab(ReportCatalog::code(kind), m_tabs);
        m_charts.insert(kind, tab);
        m_tabs->addTab(tab, QString());
        m_tabKinds.append(kind);
    }
    m_packages = new PackagesTable(m_tabs);
    connect(m_packages, &PackagesTable::learnerActivated, this,
            [this](const QString& id) { m_session.requestNavigation(QStringLiteral("learner"), id); });
    m_tabs->addTab(m_packages, QString());
    m_tabKinds.append(ReportKind::Packages);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
}

QString ReportsPage::title()
{
    return tr("Reports");
}

QIcon ReportsPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Reports);
}

void ReportsPage::retranslate()
{
    m_from->setToolTip(tr("First day of the report range, included"));
    m_to->setToolTip(tr("Last day of the report range, included"));
    m_learner->setToolTip(tr("Type or pick the learner whose progress is charted"));
    m_enrollment->setToolTip(tr("One of the learner's enrollments, or all of them"));
    m_ratingsBy->setToolTip(tr("Group the ratings by mentor or by course"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_reset->setText(tr("&Default range"));
    m_png->setText(tr("Export &PNG…"));
    m_csv->setText(tr("Export &CSV…"));
    m_learnerLabel->setText(tr("Learner"));
    m_pdf->setText(tr("Progress report (PDF)…"));
    m_ratingsBy->setItemText(0, tr("By mentor"));
    m_ratingsBy->setItemText(1, tr("By course (most rated)"));
    m_atRisk->retranslate();
    m_efficiency->retranslate();
    m_blind->retranslate();
    const QHash<ReportKind, QString> tabTitles = {
        {ReportKind::Hours, tr("Hours")},       {ReportKind::Utilisation, tr("Utilisation")},
        {ReportKind::Progress, tr("Progress")}, {ReportKind::Ratings, tr("Ratings")},
        {ReportKind::AtRisk, tr("At risk")},    {ReportKind::Revenue, tr("Revenue")},
        {ReportKind::Aging, tr("A/R aging")},   {ReportKind::Packages, tr("Packages")}};
    for (qsizetype i = 0; i < m_tabKinds.size(); ++i) {
        m_tabs->setTabText(static_cast<int>(i), tabTitles.value(m_tabKinds[i]));
    }
    m_packages->retranslate();
}

void ReportsPage::activate()
{
    if (!m_loaded || m_stale) {
        loadLearners();
        m_efficiency->reload();
        m_blind->reload();
        refresh();
    }
}

bool ReportsPage::showRecord(const QString& kind, const QString& id)
{
    if (kind != u"report") {
        return false;
    }
    const std::optional<ReportKind> report = ReportCatalog::fromCode(id);
    if (!report) {
        return false;
    }
    showReport(*report);
    return true;
}

void ReportsPage::showReport(ReportKind kind)
{
    const qsizetype index = m_tabKinds.indexOf(kind);
    if (index >= 0) {
        m_tabs->setCurrentIndex(static_cast<int>(index));
        refresh();
    }
}

ReportKind ReportsPage::currentReport() const
{
    return m_tabKinds.value(m_tabs->currentIndex(), ReportKind::Hours);
}

void ReportsPage::setRange(QDate from, QDate to)
{
    if (from.isValid() || to.isValid()) {
        m_ranges.insert(currentReport(), {from, to});
    } else {
        m_ranges.remove(currentReport());
    }
    refresh();
}

void ReportsPage::rangeEdited()
{
    if (!m_loaded) {
        return;
    }
    m_ranges.insert(currentReport(), {m_from->date(), m_to->date()});
    refresh();
}

void ReportsPage::showRange(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::setProgressLearner(const Id& learnerId, const Id& enrollmentId)
{
    if (m_learner->count() == 0) {
        loadLearners();
    }
    const int index = m_learner->findData(learnerId);
    if (index >= 0) {
        m_learner->setCurrentIndex(index);
    }
    m_ranges.remove(ReportKind::Progress);
    m_enrollment->clear();
    m_enrollment->addItem(tr("All enrollments"), QString());
    if (!enrollmentId.isEmpty()) {
        m_enrollment->addItem(QString(), enrollmentId);
        m_enrollment->setCurrentIndex(1);
    }
    showReport(ReportKind::Progress);
}

void ReportsPage::setRatingsByMentor(bool mentors)
{
    m_ratingsBy->setCurrentIndex(mentors ? 0 : 1);
    refresh();
}

QChart* ReportsPage::chart(ReportKind kind) const
{
    ChartTab* tab = m_charts.value(kind);
    return tab ? tab->chart() : nullptr;
}

QString ReportsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportsPage::loadLearners()
{
    const QString current = m_learner->currentData().toString();
    m_learner->clear();
    for (const auto& [name, id] : ReportLoader::learners(m_session.db(), m_session.clock())) {
        m_learner->addItem(name, id);
    }
    const int index = m_learner->findData(current);
    m_learner->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded) {
            refresh();
        }
    }
    Page::changeEvent(event);
}

void ReportsPage::refresh()
{
    m_loaded = true;
    m_stale = false;
    const ReportKind kind = currentReport();
    const ReportRange range = m_ranges.value(kind);
    const bool chartReport = m_charts.contains(kind);
    const bool ranged = chartReport && kind != ReportKind::Aging; // aging is as of today
    m_png->setEnabled(chartReport);
    m_csv->setEnabled(chartReport || kind == ReportKind::AtRisk || kind == ReportKind::Packages);
    for (QWidget* w : {static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_to), static_cast<QWidget*>(m_reset),
                       static_cast<QWidget*>(m_fromLabel), static_cast<QWidget*>(m_toLabel)}) {
        w->setEnabled(ranged);
    }
    m_table = {};
    if (!ReportCatalog::isAvailable(kind)) {
        m_message->setText(ReportCatalog::notAvailable(kind).message);
        m_message->show();
        emit reportLoaded();
        return;
    }
    ReportRequest request;
    request.kind = kind;
    request.range = range;
    request.learnerId = m_learner->currentData().toString();
    request.enrollmentId = m_enrollment->currentData().toString();
    request.byMentor = m_ratingsBy->currentIndex() == 0;
    m_jobs->start(request);
}

bool ReportsPage::isLoading() const
{
    return m_jobs->isBusy();
}

void ReportsPage::showLoaded(const ReportData& data)
{
    const ReportKind kind = data.request.kind;
    if (kind != currentReport()) {
        return; // the user moved on; that tab reloads when shown
    }
    LoadedReport loaded = ReportLoader::present(data, m_session.format());
    if (kind == ReportKind::AtRisk) {
        m_atRisk->setEntries(loaded.atRisk, m_session.format().locale());
    }
    if (kind == ReportKind::Packages) {
        m_packages->setReport(loaded.table, m_session.format());
    }
    if (!loaded.error.isEmpty()) {
        m_message->setText(loaded.error);
        m_message->setVisible(!(kind == ReportKind::Progress && m_learner->count() == 0));
        emit reportLoaded();
        return;
    }
    m_message->hide();
    m_table = loaded.table;
    if (loaded.from.isValid()) {
        showRange(loaded.from, loaded.to);
    }
    if (kind == ReportKind::Progress) {
        m_progress = loaded.progress;
        fillEnrollments();
    }
    if (ChartTab* tab = m_charts.value(kind); tab && loaded.chart) {
        tab->setChart(loaded.chart.release());
    }
    emit reportLoaded();
}

void ReportsPage::fillEnrollments()
{
    const QString current = m_enrollment->currentData().toString();
    m_enrollment->clear();
    m_enrollment->addItem(tr("All enrollments"), QString());
    for (const EnrollmentHistory& h : std::as_const(m_progress.enrollments)) {
        m_enrollment->addItem(h.current.enrollment.title, h.current.enrollment.id);
    }
    const int index = m_enrollment->findData(current);
    m_enrollment->setCurrentIndex(index >= 0 ? index : 0);
}

Result<void> ReportsPage::exportPng(const QString& path) const
{
    ChartTab* tab = m_charts.value(currentReport());
    if (!tab) {
        return fail(Error::refused(tr("This report has no chart to export.")));
    }
    return tab->exportPng(path);
}

Result<void> ReportsPage::exportCsv(const QString& path) const
{
    if (m_table.columns.isEmpty()) {
        return fail(Error::refused(tr("This report has no data to export.")));
    }
    return ReportCsv::writeFile(m_table, path);
}

void ReportsPage::exportPngDialog()
{
    const QString code = ReportCatalog::code(currentReport());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), code + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto ok = exportPng(path); !ok) {
        QMessageBox::warning(this, tr("Export chart"), ok.error().message);
    }
}

void ReportsPage::exportCsvDialog()
{
    const QString code = ReportCatalog::code(currentReport());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), code + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto ok = exportCsv(path); !ok) {
        QMessageBox::warning(this, tr("Export report"), ok.error().message);
    }
}

void ReportsPage::progressPdfDialog()
{
    const Id learner = m_learner->currentData().toString();
    if (learner.isEmpty()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Progress report"), tr("Progress report %1.pdf").arg(m_learner->currentText()), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto ok = ProgressReportPdf::write(m_session, learner, path); !ok) {
        QMessageBox::warning(this, tr("Progress report"), ok.error().message);
    }
}

} // namespace mentordesk
