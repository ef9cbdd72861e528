// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EnrollmentProgressWidget.h"

#include "UiTestSupport.h"
#include "progress/ProgressService.h"
#include "reports/ProgressReportPdf.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>

using namespace mentordesk;

namespace {

class EnrollmentProgressWidgetTest : public test::UiStudioTest
{
protected:
    /// An active enrollment with assessments.
    Id assessedEnrollment()
    {
        auto s = session().db().prepare(QStringLiteral(
            "SELECT e.id FROM enrollments e JOIN assessments a ON a.enrollment_id = e.id WHERE e.status = 'active' "
            "GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : QString();
    }
};

} // namespace

TEST_F(EnrollmentProgressWidgetTest, ShowsProgressEfficiencyAndMastery)
{
    const Id id = assessedEnrollment();
    auto expected = ProgressService(session().db(), session().clock()).enrollment(id);
    ASSERT_TRUE(expected.has_value());
    EnrollmentProgressWidget widget(session().format());
    EXPECT_EQ(widget.text(QStringLiteral("title")), QStringLiteral("No enrollment selected"));
    ASSERT_TRUE(widget.showEnrollment(session(), id));
    const QString percent = session().format().locale().toString(expected->report.progress.perMille() / 10.0, 'f', 1);
    EXPECT_TRUE(widget.text(QStringLiteral("progress")).startsWith(percent))
        << widget.text(QStringLiteral("progress")).toStdString();
    EXPECT_TRUE(widget.text(QStringLiteral("title")).contains(expected->enrollment.title));
    EXPECT_TRUE(
        widget.text(QStringLiteral("time")).contains(session().format().duration(expected->report.heldMinutes)));
    EXPECT_TRUE(widget.text(QStringLiteral("efficiency")).contains(QStringLiteral("calibrated")));
    EXPECT_EQ(widget.masteryRows(), expected->report.topics.size());
    EXPECT_GT(widget.masteryRows(), 0);

    EXPECT_FALSE(widget.showEnrollment(session(), QStringLiteral("00000000-0000-4000-8000-000000000000")));
    EXPECT_EQ(widget.masteryRows(), 0);
}

TEST_F(EnrollmentProgressWidgetTest, ProgressReportPdfForParents)
{
    const Id id = assessedEnrollment();
    auto p = ProgressService(session().db(), session().clock()).enrollment(id);
    ASSERT_TRUE(p.has_value());
    auto html = ProgressReportPdf::bodyHtml(session(), p->enrollment.learnerId);
    ASSERT_TRUE(html.has_value());
    EXPECT_TRUE(html->contains(p->enrollment.title.toHtmlEscaped()));
    EXPECT_TRUE(html->contains(QStringLiteral("Mastery per topic")));
    EXPECT_TRUE(html->contains(QStringLiteral("Mentor's notes").toHtmlEscaped()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ProgressReportPdf::write(session(), p->enrollment.learnerId, path).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 5000);

    auto unknown = ProgressReportPdf::write(session(), QStringLiteral("nobody"), dir.filePath(QStringLiteral("x.pdf")));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().field, QStringLiteral("learner"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
