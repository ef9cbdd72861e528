// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReportRenderer.h"

#include "ProgressChartPainter.h"
#include "ProgressReportBuilder.h"
#include "UiTestSupport.h"
#include "progress/ProgressService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace mentordesk;

namespace {

/// The progress report for parents, built from the small demo studio and rendered to PDF.
class ProgressReportRendererTest : public test::UiStudioTest
{
protected:
    /// The learner with the most assessments among those with an active enrollment.
    Id assessedLearner()
    {
        auto s = session().db().prepare(QStringLiteral(
            "SELECT e.learner_id FROM enrollments e JOIN assessments a ON a.enrollment_id = e.id "
            "WHERE e.status = 'active' GROUP BY e.learner_id ORDER BY count(*) DESC, e.learner_id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : QString();
    }
    /// The text of a PDF (empty when pdftotext is not installed).
    static QString pdfText(const QString& path)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty()) {
            return {};
        }
        QProcess p;
        p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

} // namespace

TEST_F(ProgressReportRendererTest, DocumentCarriesTheLearnersFigures)
{
    const Id learner = assessedLearner();
    auto expected = ProgressService(session().db(), session().clock()).learner(learner);
    ASSERT_TRUE(expected.has_value());
    auto doc = ProgressReportBuilder(session().db(), session().clock()).build(learner, QStringLiteral("en"));
    ASSERT_TRUE(doc.has_value()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->studioName, session().settings().name);
    EXPECT_EQ(doc->title, QStringLiteral("Progress report"));
    EXPECT_EQ(doc->asOfLine, QStringLiteral("As of 20 Nov 2026"));
    ASSERT_FALSE(doc->enrollments.isEmpty());
    qsizetype shown = 0;
    for (const EnrollmentProgress& p : std::as_const(*expected)) {
        if (p.enrollment.status == EnrollmentStatus::Cancelled) {
            continue;
        }
        const auto& e = doc->enrollments.at(shown++);
        EXPECT_TRUE(e.heading.startsWith(p.enrollment.title));
        EXPECT_EQ(e.progressPerMille, p.report.progress.perMille());
        EXPECT_EQ(e.figures.at(1).second, ProgressReportBuilder::duration(p.report.heldMinutes));
        ASSERT_FALSE(e.actual.isEmpty());
        EXPECT_EQ(e.actual.constLast().date, QDate(2026, 11, 20));
        EXPECT_EQ(e.actual.constLast().perMille, p.report.progress.perMille());
        if (!e.projected.isEmpty()) {
            EXPECT_EQ(e.projected.constLast().date, *p.report.projectedFinish);
            EXPECT_EQ(e.projected.constLast().perMille, 1000);
        }
    }
    EXPECT_EQ(shown, doc->enrollments.size());
    EXPECT_FALSE(doc->mastery.isEmpty());
    EXPECT_FALSE(doc->notes.isEmpty());
    EXPECT_LE(doc->notes.size(), ProgressReportBuilder::kMaxNotes);
}

TEST_F(ProgressReportRendererTest, PdfShowsTheKeyFigures)
{
    const Id learner = assessedLearner();
    auto doc = ProgressReportBuilder(session().db(), session().clock()).build(learner, QStringLiteral("en"));
    ASSERT_TRUE(doc.has_value());
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    auto pages = ProgressReportRenderer::renderToFile(*doc, QLocale(QStringLiteral("en_SG")), path);
    ASSERT_TRUE(pages.has_value()) << pages.error().message.toStdString();
    EXPECT_GE(*pages, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    const QString text = pdfText(path);
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    EXPECT_TRUE(text.contains(doc->learnerName)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Progress report")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mastery per topic")));
    const auto& first = doc->enrollments.constFirst();
    EXPECT_TRUE(text.contains(first.figures.at(0).second)) << first.figures.at(0).second.toStdString();
    EXPECT_TRUE(text.contains(first.figures.at(1).second)) << first.figures.at(1).second.toStdString();
    EXPECT_TRUE(text.contains(doc->mastery.constFirst().topic));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
}

TEST_F(ProgressReportRendererTest, RefusesUnknownLearnerAndUnwritableFile)
{
    auto unknown = ProgressReportBuilder(session().db(), session().clock())
                       .build(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("en"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().field, QStringLiteral("learner"));

    auto doc = ProgressReportBuilder(session().db(), session().clock()).build(assessedLearner(), QStringLiteral("en"));
    ASSERT_TRUE(doc.has_value());
    const QString bad = m_dir.filePath(QStringLiteral("missing/dir/report.pdf"));
    auto pages = ProgressReportRenderer::renderToFile(*doc, QLocale(), bad);
    ASSERT_FALSE(pages.has_value());
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(ProgressReportRendererTest, ChartSpanIsCutTwoYearsAfterToday)
{
    ProgressReportDocument::Enrollment e;
    e.actual = {{QDate(2026, 1, 5), 0}, {QDate(2026, 11, 20), 100}};
    e.projected = {{QDate(2026, 11, 20), 100}, {QDate(2035, 1, 1), 1000}};
    e.planned = {{QDate(2025, 12, 1), 0}, {QDate(2026, 12, 31), 1000}};
    const auto [from, to] = ProgressChartPainter::span(e);
    EXPECT_EQ(from, QDate(2025, 12, 1));
    EXPECT_EQ(to, QDate(2028, 11, 20));
    const auto empty = ProgressChartPainter::span({});
    EXPECT_FALSE(empty.first.isValid());
}
