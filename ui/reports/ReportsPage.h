// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ProgressHistoryReport.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportRange.h"
#include "reports/ReportTable.h"
#include "shell/Page.h"

#include <QHash>

class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace mentordesk {

class AtRiskTable;
class BlindRatingsCheck;
class ChartTab;
class EfficiencySourceBox;
class PackagesTable;
class ReportJobRunner;
struct ReportData;
class StudioSession;

/// Reports with Qt Charts: stacked hours per mentor per week, utilisation against availability,
/// progress curves (actual, projected, planned) of a chosen learner, rating trends, the at-risk list,
/// revenue per month (invoiced vs received), A/R aging buckets and the package balances table. Each
/// report has a date range (aging and packages: as of today); charts export to PNG and every report to CSV. Queries run
/// off the GUI thread (ReportJobRunner); `reportLoaded` says when the current report is shown.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("reports"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    /// Kind "report" with a report code ("hours", "at_risk"…) shows that report.
    bool showRecord(const QString& kind, const QString& id) override;

    void showReport(ReportKind kind);
    [[nodiscard]] ReportKind currentReport() const;
    /// Sets the current report's range (invalid dates = its default) and rebuilds it.
    void setRange(QDate from, QDate to);
    /// Chooses the learner (and optionally one enrollment) of the progress chart.
    void setProgressLearner(const Id& learnerId, const Id& enrollmentId = {});
    /// Ratings chart by mentor (true) or by course.
    void setRatingsByMentor(bool mentors);

    /// The chart of a chart report (nullptr for the at-risk table and the billing reports).
    [[nodiscard]] QChart* chart(ReportKind kind) const;
    /// The current report as a table (what Export CSV writes).
    [[nodiscard]] const ReportTable& table() const { return m_table; }
    /// The current report's error or "not available" text (empty when it loaded).
    [[nodiscard]] QString message() const;
    [[nodiscard]] Result<void> exportPng(const QString& path) const;
    [[nodiscard]] Result<void> exportCsv(const QString& path) const;
    /// True while the current report is being computed.
    [[nodiscard]] bool isLoading() const override;

signals:
    /// The current report (or its error) is shown.
    void reportLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildControls();
    void retranslate();
    void refresh();
    void showLoaded(const ReportData& data);
    void loadLearners();
    void fillEnrollments();
    void showRange(QDate from, QDate to);
    void rangeEdited();
    void exportPngDialog();
    void exportCsvDialog();
    void progressPdfDialog();

    StudioSession& m_session;
    QTabWidget* m_tabs = nullptr;
    QHash<ReportKind, ChartTab*> m_charts;
    QHash<ReportKind, ReportRange> m_ranges;
    QList<ReportKind> m_tabKinds;
    AtRiskTable* m_atRisk = nullptr;
    PackagesTable* m_packages = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_png = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_learner = nullptr;
    QComboBox* m_enrollment = nullptr;
    QLabel* m_learnerLabel = nullptr;
    QPushButton* m_pdf = nullptr;
    QComboBox* m_ratingsBy = nullptr;
    EfficiencySourceBox* m_efficiency = nullptr;
    BlindRatingsCheck* m_blind = nullptr;
    ReportJobRunner* m_jobs = nullptr;
    ProgressHistoryReport m_progress;
    ReportTable m_table;
    bool m_loaded = false;
    bool m_stale = true;
};

} // namespace mentordesk
