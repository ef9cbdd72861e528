// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsPage.h"

#include "UiTestSupport.h"
#include "progress/ProgressService.h"
#include "reports/BlindRatingsCheck.h"
#include "reports/EfficiencySourceBox.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace mentordesk;

namespace {

class ReportsPageTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        page = std::make_unique<ReportsPage>(session());
        page->resize(1200, 800);
        page->activate();
        settle();
    }
    /// Waits until the report being computed off the GUI thread is shown.
    void settle()
    {
        if (page->isLoading()) {
            QSignalSpy loaded(page.get(), &ReportsPage::reportLoaded);
            ASSERT_TRUE(loaded.wait(30000));
        }
        ASSERT_FALSE(page->isLoading());
    }
    void TearDown() override
    {
        page.reset();
        UiStudioTest::TearDown();
    }

    /// The learner with the most enrollments.
    Id busiestLearner()
    {
        auto s = session().db().prepare(QStringLiteral("SELECT learner_id FROM enrollments GROUP BY learner_id "
                                                       "ORDER BY count(*) DESC, learner_id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : QString();
    }

    template <typename T>
    static QList<T*> seriesOf(QChart* chart)
    {
        QList<T*> out;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* t = qobject_cast<T*>(s)) {
                out.append(t);
            }
        }
        return out;
    }

    std::unique_ptr<ReportsPage> page;
};

} // namespace

TEST_F(ReportsPageTest, HoursChartStacksOneBarSetPerMentorOverTwelveWeeks)
{
    EXPECT_EQ(page->currentReport(), ReportKind::Hours);
    QChart* chart = page->chart(ReportKind::Hours);
    ASSERT_NE(chart, nullptr);
    const auto stacks = seriesOf<QStackedBarSeries>(chart);
    ASSERT_EQ(stacks.size(), 1);
    auto report = ReportService(session().db(), session().clock()).hours();
    ASSERT_TRUE(report.has_value());
    int taught = 0;
    for (const MentorWeekSeries& m : report->mentors) {
        taught += m.total > 0 ? 1 : 0;
    }
    EXPECT_EQ(taught, 3);
    ASSERT_EQ(stacks[0]->count(), taught);
    EXPECT_EQ(stacks[0]->barSets()[0]->count(), 12);
    EXPECT_DOUBLE_EQ(stacks[0]->barSets()[0]->at(11), report->mentors[0].minutes[11] / 60.0);
    EXPECT_TRUE(chart->legend()->isVisible());
    EXPECT_EQ(page->table().rows.size(), 12 * report->mentors.size());
}

TEST_F(ReportsPageTest, RangeChangesRebuildTheReport)
{
    page->setRange(QDate(2026, 11, 2), QDate(2026, 11, 20));
    settle();
    EXPECT_EQ(page->table().rows.size(), 3 * 3); // three weeks, three mentors
    const auto stacks = seriesOf<QStackedBarSeries>(page->chart(ReportKind::Hours));
    ASSERT_EQ(stacks.size(), 1);
    EXPECT_EQ(stacks[0]->barSets()[0]->count(), 3);
    page->setRange({}, {});
    settle();
    EXPECT_EQ(page->table().rows.size(), 12 * 3);
    page->setRange(QDate(2026, 11, 20), QDate(2026, 11, 1));
    settle();
    EXPECT_FALSE(page->message().isEmpty());
}

TEST_F(ReportsPageTest, UtilisationHasHeldAndBookedBarsPerMentor)
{
    page->showReport(ReportKind::Utilisation);
    settle();
    QChart* chart = page->chart(ReportKind::Utilisation);
    const auto bars = seriesOf<QBarSeries>(chart);
    ASSERT_EQ(bars.size(), 1);
    ASSERT_EQ(bars[0]->count(), 2);
    EXPECT_EQ(bars[0]->barSets()[0]->count(), 3);
    EXPECT_GT(bars[0]->barSets()[0]->at(0), 0.0);
    EXPECT_GE(bars[0]->barSets()[1]->at(0), bars[0]->barSets()[0]->at(0));
}

TEST_F(ReportsPageTest, ProgressCurvesShowActualProjectedAndPlanned)
{
    const Id learner = busiestLearner();
    auto enrollments = ProgressService(session().db(), session().clock()).learner(learner);
    ASSERT_TRUE(enrollments.has_value());
    ASSERT_GE(enrollments->size(), 1);
    page->setProgressLearner(learner);
    settle();
    EXPECT_EQ(page->currentReport(), ReportKind::Progress);
    QChart* chart = page->chart(ReportKind::Progress);
    const auto lines = seriesOf<QLineSeries>(chart);
    int inLegend = 0;
    for (QLineSeries* line : lines) {
        const auto markers = chart->legend()->markers(line);
        ASSERT_EQ(markers.size(), 1);
        inLegend += markers[0]->isVisible() ? 1 : 0;
    }
    EXPECT_EQ(inLegend, enrollments->size()); // one "actual" line per enrollment in the legend
    int expectedLines = 0;
    for (const EnrollmentProgress& p : *enrollments) {
        expectedLines += 1;
        expectedLines += p.report.projectedFinish && p.report.progress.perMille() < 1000 &&
                                 *p.report.projectedFinish > QDate(2026, 11, 20)
                             ? 1
                             : 0;
        expectedLines += p.enrollment.plannedEndDate.isValid() && p.enrollment.plannedEndDate > p.enrollment.startDate;
    }
    EXPECT_EQ(lines.size(), expectedLines);

    page->setProgressLearner(learner, enrollments->constFirst().enrollment.id);
    settle();
    EXPECT_LE(seriesOf<QLineSeries>(page->chart(ReportKind::Progress)).size(), 3);
    EXPECT_GE(seriesOf<QLineSeries>(page->chart(ReportKind::Progress)).size(), 1);
}

TEST_F(ReportsPageTest, RatingTrendsByMentorAndByCourse)
{
    page->showReport(ReportKind::Ratings);
    settle();
    auto report = ReportService(session().db(), session().clock()).ratings();
    ASSERT_TRUE(report.has_value());
    page->setRatingsByMentor(true);
    settle();
    EXPECT_EQ(seriesOf<QLineSeries>(page->chart(ReportKind::Ratings)).size(), report->mentors.size() + 1);
    page->setRatingsByMentor(false);
    settle();
    EXPECT_EQ(seriesOf<QLineSeries>(page->chart(ReportKind::Ratings)).size(),
              std::min<qsizetype>(8, report->courses.size()) + 1);
}

TEST_F(ReportsPageTest, RevenueAgingAndPackagesFromBillingData)
{
    ReportService service(session().db(), session().clock());
    const double perMajor = static_cast<double>(session().format().currency().minorPerMajor());
    const auto sum = [](const ReportTable& t, const QString& column) {
        qint64 total = 0;
        for (const QVariantList& row : t.rows) {
            total += row.value(t.columns.indexOf(column)).toLongLong();
        }
        return total;
    };
    const auto barSum = [](QBarSet* set) {
        double total = 0.0;
        for (int i = 0; i < set->count(); ++i) {
            total += set->at(i);
        }
        return total;
    };

    page->showReport(ReportKind::Revenue);
    settle();
    ASSERT_TRUE(page->message().isEmpty()) << page->message().toStdString();
    auto revenue = service.revenue();
    ASSERT_TRUE(revenue.has_value());
    ASSERT_NE(page->chart(ReportKind::Revenue), nullptr);
    const auto bars = seriesOf<QBarSeries>(page->chart(ReportKind::Revenue));
    ASSERT_EQ(bars.size(), 1);
    ASSERT_EQ(bars[0]->count(), 2); // invoiced, received: both in the legend
    EXPECT_EQ(bars[0]->barSets()[0]->count(), revenue->rows.size());
    EXPECT_NEAR(barSum(bars[0]->barSets()[0]), sum(*revenue, QStringLiteral("issued_minor")) / perMajor, 0.01);
    EXPECT_NEAR(barSum(bars[0]->barSets()[1]), sum(*revenue, QStringLiteral("paid_minor")) / perMajor, 0.01);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("revenue.csv"));
    ASSERT_TRUE(page->exportCsv(csv).has_value());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readLine().startsWith("month,currency,issued_minor"));

    page->showReport(ReportKind::Aging);
    settle();
    auto aging = service.aging();
    ASSERT_TRUE(aging.has_value());
    const auto agingBars = seriesOf<QBarSeries>(page->chart(ReportKind::Aging));
    ASSERT_EQ(agingBars.size(), 1);
    EXPECT_EQ(agingBars[0]->barSets()[0]->count(), 5);
    EXPECT_NEAR(barSum(agingBars[0]->barSets()[0]), sum(*aging, QStringLiteral("total_minor")) / perMajor, 0.01);

    page->showReport(ReportKind::Packages);
    settle();
    auto packages = service.packages();
    ASSERT_TRUE(packages.has_value());
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("packages"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), packages->rows.size());
    EXPECT_TRUE(page->exportCsv(dir.filePath(QStringLiteral("packages.csv"))).has_value());
}

TEST_F(ReportsPageTest, AtRiskTableAndNavigationFromTheTodayPage)
{
    EXPECT_TRUE(page->showRecord(QStringLiteral("report"), QStringLiteral("at_risk")));
    settle();
    EXPECT_EQ(page->currentReport(), ReportKind::AtRisk);
    auto risks = ProgressService(session().db(), session().clock()).atRisk();
    ASSERT_TRUE(risks.has_value());
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("at_risk"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), risks->size());
    EXPECT_FALSE(page->showRecord(QStringLiteral("learner"), QStringLiteral("x")));
    EXPECT_FALSE(page->showRecord(QStringLiteral("report"), QStringLiteral("profit")));
}

TEST_F(ReportsPageTest, ChartsExportToPngAndReportsToCsv)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("hours.png"));
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    ASSERT_TRUE(page->exportPng(png).has_value());
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    ASSERT_TRUE(page->exportCsv(csv).has_value());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readLine().startsWith("week_start,mentor_id,mentor,minutes,hours"));
    EXPECT_FALSE(page->exportPng(dir.filePath(QStringLiteral("missing/dir/x.png"))).has_value());
}

TEST_F(ReportsPageTest, QueriesRunOffTheGuiThreadAndTheNewestRequestWins)
{
    page->setRange(QDate(2026, 10, 1), QDate(2026, 11, 20));
    page->setRange(QDate(2026, 11, 2), QDate(2026, 11, 20));
    EXPECT_TRUE(page->isLoading());
    settle();
    EXPECT_EQ(page->table().rows.size(), 3 * 3); // the second range: three weeks, three mentors
}

TEST_F(ReportsPageTest, EfficiencyAndBlindRatingSettingsAreStoredFromTheirTabs)
{
    auto* efficiency = page->findChild<EfficiencySourceBox*>(QStringLiteral("efficiencySource"));
    ASSERT_NE(efficiency, nullptr);
    EXPECT_EQ(efficiency->currentIndex(), 0);
    ASSERT_TRUE(efficiency->choose(true));
    EXPECT_EQ(efficiency->currentIndex(), 1);
    auto progress = ProgressService(session().db(), session().clock()).preferences();
    ASSERT_TRUE(progress.has_value());
    EXPECT_EQ(progress->efficiency, EfficiencySource::Calibrated);

    auto* blind = page->findChild<BlindRatingsCheck*>(QStringLiteral("blindRatings"));
    ASSERT_NE(blind, nullptr);
    EXPECT_FALSE(blind->isChecked());
    ASSERT_TRUE(blind->choose(true));
    EXPECT_TRUE(blind->isChecked());
    BlindRatingsCheck reread(session()); // reads the stored setting
    EXPECT_TRUE(reread.isChecked());
    ASSERT_TRUE(blind->choose(false));
    BlindRatingsCheck rereadOff(session());
    EXPECT_FALSE(rereadOff.isChecked());
    settle();
}
