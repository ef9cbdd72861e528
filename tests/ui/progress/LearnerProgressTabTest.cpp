// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/LearnerProgressTab.h"

#include "UiTestSupport.h"
#include "people/LearnerDetailPane.h"
#include "people/LearnerService.h"
#include "progress/LearnerMasteryView.h"
#include "progress/ProgressService.h"
#include "reports/EnrollmentProgressWidget.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>

using namespace mentordesk;

namespace {

class LearnerProgressTabTest : public test::UiStudioTest
{
protected:
    /// A learner with an active enrollment and assessments.
    Id assessedLearner()
    {
        auto s = session().db().prepare(QStringLiteral(
            "SELECT e.learner_id FROM enrollments e JOIN assessments a ON a.enrollment_id = e.id "
            "WHERE e.status = 'active' GROUP BY e.learner_id ORDER BY count(*) DESC, e.learner_id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : QString();
    }
};

} // namespace

TEST_F(LearnerProgressTabTest, ShowsEveryEnrollmentAndMastery)
{
    const Id learner = assessedLearner();
    ProgressService service(session().db(), session().clock());
    auto expected = service.learner(learner);
    auto mastery = service.learnerMastery(learner);
    ASSERT_TRUE(expected.has_value() && mastery.has_value());
    LearnerProgressTab tab(session());
    EXPECT_TRUE(tab.enrollmentWidgets().isEmpty());
    EXPECT_FALSE(tab.reportButton()->isEnabled());
    tab.showLearner(learner);
    ASSERT_EQ(tab.enrollmentWidgets().size(), expected->size());
    EXPECT_FALSE(tab.showsEmptyState());
    EXPECT_TRUE(tab.reportButton()->isEnabled());
    for (qsizetype i = 0; i < expected->size(); ++i) {
        const EnrollmentProgressWidget* w = tab.enrollmentWidgets().at(i);
        EXPECT_EQ(w->progress().enrollment.id, expected->at(i).enrollment.id);
        EXPECT_TRUE(w->text(QStringLiteral("efficiency")).contains(QStringLiteral("default")));
    }
    EXPECT_EQ(tab.mastery()->topicRows(), mastery->topics.size());
    EXPECT_EQ(tab.mastery()->courseRows(), mastery->courses.size());
    EXPECT_GT(tab.mastery()->topicRows(), 0);
    EXPECT_TRUE(tab.efficiencyText().contains(QStringLiteral("default efficiency")));

    // The studio switches to the calibrated E: the tab says so.
    auto prefs = service.preferences();
    ASSERT_TRUE(prefs.has_value());
    prefs->efficiency = EfficiencySource::Calibrated;
    ASSERT_TRUE(service.savePreferences(*prefs).has_value());
    tab.showLearner(learner);
    EXPECT_TRUE(tab.efficiencyText().contains(QStringLiteral("calibrated efficiency")));
}

TEST_F(LearnerProgressTabTest, EmptyStateWithoutEnrollments)
{
    LearnerInput input;
    input.name = QStringLiteral("Nobody Enrolled");
    auto created = LearnerService(session().db(), session().clock()).create(input);
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    LearnerProgressTab tab(session());
    tab.showLearner(created->meta.id);
    EXPECT_TRUE(tab.enrollmentWidgets().isEmpty());
    EXPECT_TRUE(tab.showsEmptyState());
    EXPECT_EQ(tab.mastery()->topicRows(), 0);
    EXPECT_TRUE(tab.reportButton()->isEnabled());
}

TEST_F(LearnerProgressTabTest, WritesTheReportAndIsATabOfTheLearnerDetail)
{
    const Id learner = assessedLearner();
    LearnerDetailPane pane(session());
    pane.showLearner(learner);
    auto* tabs = pane.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    const int index = tabs->indexOf(pane.progress());
    ASSERT_GE(index, 0);
    EXPECT_EQ(tabs->tabText(index), QStringLiteral("Progress"));
    EXPECT_FALSE(pane.progress()->enrollmentWidgets().isEmpty());

    tabs->setCurrentIndex(index);
    pane.resize(700, 1000);
    pane.show();
    QCoreApplication::processEvents(); // let the scroll area settle its geometry
    const QPixmap shot = pane.grab();
    EXPECT_FALSE(shot.isNull());
    if (const QString dir = qEnvironmentVariable("MENTORDESK_UI_SHOTS"); !dir.isEmpty()) {
        shot.save(QDir(dir).filePath(QStringLiteral("learner-progress-tab.png"))); // for looking at it
    }

    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    auto pages = pane.progress()->writeReport(path);
    ASSERT_TRUE(pages.has_value()) << pages.error().message.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));

    LearnerProgressTab empty(session());
    auto refused = empty.writeReport(m_dir.filePath(QStringLiteral("none.pdf")));
    ASSERT_FALSE(refused.has_value());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}
