// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressService.h"

#include "ReportFixture.h"
#include "TestStudio.h"
#include "progress/AtRiskRules.h"
#include "storage/Statement.h"

using namespace mentordesk;

namespace {

/// Europe/Berlin studio, today = Thursday 2026-01-15 (clock 10:00 UTC). One mentor, a 30-hour course.
class ProgressServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
        anna = fx->mentor(QStringLiteral("Anna"));
        course = fx->course(QStringLiteral("Python basics"), 30 * 60);
    }

    Id enroll(const Id& learner, const QString& start = QStringLiteral("2025-10-01"), const QString& plannedEnd = {},
              const QString& status = QStringLiteral("active"))
    {
        test::ReportFixture::EnrollmentSpec spec;
        spec.learnerId = learner;
        spec.mentorId = anna;
        spec.courseId = course;
        spec.start = start;
        spec.plannedEnd = plannedEnd;
        spec.status = status;
        return fx->enrollment(spec);
    }

    /// `count` lessons every `stepDays` days from `first` (a date), 09:00 UTC.
    void lessons(const Id& enrollment, const QDate& first, int count, int stepDays = 3,
                 const QString& status = QStringLiteral("held"), int minutes = 60)
    {
        for (int i = 0; i < count; ++i) {
            fx->lesson(anna, {enrollment}, first.addDays(qint64(i) * stepDays).toString(Qt::ISODate) + u"T09:00:00Z",
                       minutes, status);
        }
    }

    ProgressService service() { return ProgressService(db(), clock()); }

    std::unique_ptr<test::ReportFixture> fx;
    Id anna;
    Id course;
};

QStringList codes(const QList<RiskFlag>& flags)
{
    QStringList out;
    for (const RiskFlag& f : flags) {
        out.append(AtRiskRules::code(f.reason));
    }
    return out;
}

} // namespace

TEST_F(ProgressServiceTest, FoundingExampleFromStoredLessons)
{
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id e = enroll(li);
    lessons(e, QDate(2025, 11, 1), 20); // 20 h held, the last on 2025-12-28
    // None of these count: a future lesson, a tombstoned held one, cancellations and a no-show.
    fx->lesson(anna, {e}, QStringLiteral("2026-01-20T09:00:00Z"), 60, QStringLiteral("scheduled"));
    fx->remove(QStringLiteral("lessons"), fx->lesson(anna, {e}, QStringLiteral("2026-01-02T09:00:00Z")));
    fx->lesson(anna, {e}, QStringLiteral("2026-01-05T09:00:00Z"), 60, QStringLiteral("cancelled_by_mentor"));
    fx->lesson(anna, {e}, QStringLiteral("2026-01-06T09:00:00Z"), 60, QStringLiteral("no_show"));

    auto p = service().enrollment(e);
    MD_ASSERT_OK(p);
    EXPECT_EQ(p->report.heldMinutes, 1200);
    EXPECT_EQ(p->report.contentMinutes, 1800);
    EXPECT_EQ(p->report.progress, (ProgressFraction{8, 15}));
    EXPECT_EQ(p->report.progress.perMille(), 533);
    EXPECT_EQ(p->report.remainingMinutes, 1050);
    EXPECT_EQ(p->enrollment.learnerName, QStringLiteral("Li"));
    EXPECT_EQ(p->enrollment.mentorName, QStringLiteral("Anna"));
    EXPECT_EQ(p->enrollment.title, QStringLiteral("Python basics"));
    EXPECT_FALSE(p->calibratedInUse);

    lessons(e, QDate(2026, 1, 7), 15, 0); // another 15 h (actual minutes default to planned)
    auto later = service().enrollment(e);
    MD_ASSERT_OK(later);
    EXPECT_EQ(later->report.heldMinutes, 35 * 60);
    EXPECT_EQ(later->report.progress.perMille(), 933);
    EXPECT_EQ(later->report.remainingMinutes, 150);
}

TEST_F(ProgressServiceTest, ActualMinutesAndAttendeeStatusesCount)
{
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id mia = fx->learner(QStringLiteral("Mia"));
    const Id eLi = enroll(li);
    const Id eMia = enroll(mia);
    const Id group =
        fx->lesson(anna, {eLi, eMia}, QStringLiteral("2026-01-12T09:00:00Z"), 60, QStringLiteral("held"), 75);
    fx->attendeeStatus(group, eMia, QStringLiteral("no_show"));
    auto pLi = service().enrollment(eLi);
    auto pMia = service().enrollment(eMia);
    MD_ASSERT_OK(pLi);
    MD_ASSERT_OK(pMia);
    EXPECT_EQ(pLi->report.heldMinutes, 75);
    EXPECT_EQ(pMia->report.heldMinutes, 0);
}

TEST_F(ProgressServiceTest, FreeFormMentoringUsesTheTargetMinutes)
{
    test::ReportFixture::EnrollmentSpec spec;
    spec.learnerId = fx->learner(QStringLiteral("Li"));
    spec.mentorId = anna;
    spec.title = QStringLiteral("Thesis coaching");
    spec.targetMinutes = 600;
    const Id e = fx->enrollment(spec);
    lessons(e, QDate(2026, 1, 5), 3);
    auto p = service().enrollment(e);
    MD_ASSERT_OK(p);
    EXPECT_EQ(p->report.contentMinutes, 600);
    EXPECT_EQ(p->report.progress.perMille(), 240); // 180 · 0.8 / 600
    EXPECT_EQ(p->enrollment.title, QStringLiteral("Thesis coaching"));

    spec.targetMinutes = 0;
    const Id none = fx->enrollment(spec);
    auto refused = service().enrollment(none);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("target_minutes"));
    auto all = service().learner(spec.learnerId);
    MD_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1); // the one without target hours is left out
    EXPECT_EQ(all->at(0).enrollment.id, e);
}

TEST_F(ProgressServiceTest, UnknownIdsNameTheField)
{
    auto e = service().enrollment(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::Invalid);
    EXPECT_EQ(e.error().field, QStringLiteral("enrollment"));
    auto l = service().learner(QStringLiteral("nope"));
    ASSERT_FALSE(l);
    EXPECT_EQ(l.error().field, QStringLiteral("learner"));
    auto c = service().course(QStringLiteral("nope"));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().field, QStringLiteral("course"));
    auto m = service().learnerMastery(QStringLiteral("nope"));
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().field, QStringLiteral("learner"));
}

TEST_F(ProgressServiceTest, CalibratedEfficiencyIsUsedWhenTheSettingSaysSo)
{
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id e = enroll(li);
    const Id topic = fx->topic(QStringLiteral("Loops"));
    lessons(e, QDate(2025, 11, 1), 20);
    fx->assessment(anna, li, topic, e, 50, QStringLiteral("2026-01-01T12:00:00Z")); // implies 0.5 · 30 / 20 = 0.75

    auto byDefault = service().enrollment(e);
    MD_ASSERT_OK(byDefault);
    ASSERT_TRUE(byDefault->report.calibration.has_value());
    EXPECT_EQ(byDefault->report.calibration->permille, 750);
    EXPECT_EQ(byDefault->report.efficiencyPermille, 800);
    EXPECT_EQ(byDefault->report.progress.perMille(), 533);
    EXPECT_EQ(byDefault->report.calibratedProgress->perMille(), 500);

    ProgressPreferences prefs;
    prefs.efficiency = EfficiencySource::Calibrated;
    MD_ASSERT_OK(service().savePreferences(prefs));
    auto calibrated = service().enrollment(e);
    MD_ASSERT_OK(calibrated);
    EXPECT_TRUE(calibrated->calibratedInUse);
    EXPECT_EQ(calibrated->report.efficiencyPermille, 750);
    EXPECT_EQ(calibrated->report.progress.perMille(), 500);
    EXPECT_EQ(calibrated->report.remainingMinutes, 1200); // (1800 · 1000 − 1200 · 750) / 750
    EXPECT_EQ(calibrated->enrollment.efficiencyPermille, 800);

    // Without usable assessments the enrollment's own E stays in use.
    const Id other = enroll(fx->learner(QStringLiteral("Mia")));
    lessons(other, QDate(2025, 11, 1), 5);
    auto plain = service().enrollment(other);
    MD_ASSERT_OK(plain);
    EXPECT_FALSE(plain->calibratedInUse);
    EXPECT_EQ(plain->report.efficiencyPermille, 800);
}

TEST_F(ProgressServiceTest, PreferencesRoundTripThroughTheMetaTable)
{
    auto defaults = service().preferences();
    MD_ASSERT_OK(defaults);
    EXPECT_EQ(defaults->efficiency, EfficiencySource::Default);
    EXPECT_EQ(defaults->model.risk.idleDays, 21);

    ProgressPreferences p;
    p.efficiency = EfficiencySource::Calibrated;
    p.model.paceWindowWeeks = 4;
    p.model.calibration.smoothing = 0.25;
    p.model.risk.idleDays = 10;
    p.model.risk.missedInARow = 2;
    MD_ASSERT_OK(service().savePreferences(p));
    auto loaded = service().preferences();
    MD_ASSERT_OK(loaded);
    EXPECT_EQ(loaded->efficiency, EfficiencySource::Calibrated);
    EXPECT_EQ(loaded->model.paceWindowWeeks, 4);
    EXPECT_DOUBLE_EQ(loaded->model.calibration.smoothing, 0.25);
    EXPECT_EQ(loaded->model.risk.idleDays, 10);
    EXPECT_EQ(loaded->model.risk.missedInARow, 2);
    EXPECT_EQ(loaded->model.risk.latePercent, 25);
}

TEST_F(ProgressServiceTest, BadPreferencesNameTheFieldAndWriteNothing)
{
    const auto refused = [&](auto change, const char* field) {
        ProgressPreferences p;
        change(p);
        auto r = service().savePreferences(p);
        ASSERT_FALSE(r) << field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(field));
        EXPECT_FALSE(r.error().message.isEmpty());
    };
    refused([](ProgressPreferences& p) { p.model.paceWindowWeeks = 0; }, "pace_window_weeks");
    refused([](ProgressPreferences& p) { p.model.paceWindowWeeks = 105; }, "pace_window_weeks");
    refused([](ProgressPreferences& p) { p.model.masterySteadyBand = -1; }, "mastery_steady_band");
    refused([](ProgressPreferences& p) { p.model.calibration.smoothing = 0.0; }, "smoothing");
    refused([](ProgressPreferences& p) { p.model.calibration.smoothing = 1.5; }, "smoothing");
    refused([](ProgressPreferences& p) { p.model.calibration.minEfficiency = 0.01; }, "min_efficiency");
    refused([](ProgressPreferences& p) { p.model.calibration.maxEfficiency = 0.2; }, "max_efficiency");
    refused([](ProgressPreferences& p) { p.model.calibration.minHeldMinutes = -5; }, "min_held_minutes");
    refused([](ProgressPreferences& p) { p.model.risk.idleDays = 0; }, "idle_days");
    refused([](ProgressPreferences& p) { p.model.risk.latePercent = -1; }, "late_percent");
    refused([](ProgressPreferences& p) { p.model.risk.masteryDropPoints = 0; }, "mastery_drop_points");
    refused([](ProgressPreferences& p) { p.model.risk.missedInARow = 0; }, "missed_in_a_row");

    auto s = db().prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'progress.%'"));
    ASSERT_TRUE(s && s->exec() && s->next());
    EXPECT_EQ(s->integer(0), 0);
}

TEST_F(ProgressServiceTest, AtRiskListsActiveEnrollmentsWithTheirReasons)
{
    // Ana: last held lesson 45 days ago.
    const Id ana = enroll(fx->learner(QStringLiteral("Ana")));
    lessons(ana, QDate(2025, 11, 25), 3); // … 12-01
    // Ben: three learner-side misses in a row after held lessons.
    const Id ben = enroll(fx->learner(QStringLiteral("Ben")));
    lessons(ben, QDate(2025, 12, 22), 2, 7);
    fx->lesson(anna, {ben}, QStringLiteral("2026-01-05T09:00:00Z"), 60, QStringLiteral("no_show"));
    fx->lesson(anna, {ben}, QStringLiteral("2026-01-08T09:00:00Z"), 60, QStringLiteral("late_cancel"));
    fx->lesson(anna, {ben}, QStringLiteral("2026-01-12T09:00:00Z"), 60, QStringLiteral("cancelled_by_learner"));
    // Gus: far behind a short plan.
    const Id gus =
        enroll(fx->learner(QStringLiteral("Gus")), QStringLiteral("2025-12-01"), QStringLiteral("2026-01-31"));
    lessons(gus, QDate(2025, 12, 3), 6, 7);
    // Hal: regular lessons but mastery fell by 20 points.
    const Id halLearner = fx->learner(QStringLiteral("Hal"));
    const Id hal = enroll(halLearner);
    lessons(hal, QDate(2025, 12, 1), 15);
    const Id loops = fx->topic(QStringLiteral("Loops"));
    fx->assessment(anna, halLearner, loops, hal, 80, QStringLiteral("2025-12-20T12:00:00Z"));
    fx->assessment(anna, halLearner, loops, hal, 60, QStringLiteral("2026-01-10T12:00:00Z"));
    // Never at risk: paused or completed enrollments, paused learners, and a learner doing fine.
    enroll(fx->learner(QStringLiteral("Cleo")), QStringLiteral("2025-10-01"), {}, QStringLiteral("paused"));
    enroll(fx->learner(QStringLiteral("Eve")), QStringLiteral("2025-10-01"), {}, QStringLiteral("completed"));
    enroll(fx->learner(QStringLiteral("Dan"), QStringLiteral("paused")));
    const Id fay = enroll(fx->learner(QStringLiteral("Fay")));
    lessons(fay, QDate(2025, 12, 1), 16);

    auto risks = service().atRisk();
    MD_ASSERT_OK(risks);
    ASSERT_EQ(risks->size(), 4);
    EXPECT_EQ(risks->at(0).enrollment.learnerName, QStringLiteral("Ana"));
    EXPECT_EQ(codes(risks->at(0).flags), QStringList{QStringLiteral("no_recent_lesson")});
    EXPECT_EQ(risks->at(0).flags.at(0).parameters.value(QStringLiteral("days_since")).toInt(), 45);
    EXPECT_EQ(risks->at(1).enrollment.learnerName, QStringLiteral("Ben"));
    EXPECT_EQ(codes(risks->at(1).flags), QStringList{QStringLiteral("missed_lessons")});
    EXPECT_EQ(risks->at(2).enrollment.learnerName, QStringLiteral("Gus"));
    EXPECT_EQ(codes(risks->at(2).flags), QStringList{QStringLiteral("behind_plan")});
    EXPECT_EQ(risks->at(2).flags.at(0).parameters.value(QStringLiteral("planned_end")).toString(),
              QStringLiteral("2026-01-31"));
    EXPECT_EQ(risks->at(3).enrollment.learnerName, QStringLiteral("Hal"));
    EXPECT_EQ(codes(risks->at(3).flags), QStringList{QStringLiteral("falling_mastery")});
    // The reason names the topic, never its id.
    const QString reason = AtRiskRules::describe(risks->at(3).flags.at(0));
    EXPECT_TRUE(reason.contains(QString::fromUtf8("“Loops”"))) << reason.toStdString();
    EXPECT_FALSE(reason.contains(loops)) << reason.toStdString();
    EXPECT_EQ(risks->at(3).flags.at(0).parameters.value(QStringLiteral("drop")).toInt(), 20);

    // The thresholds come from the stored preferences.
    ProgressPreferences prefs;
    prefs.model.risk.idleDays = 60;
    prefs.model.risk.missedInARow = 4;
    MD_ASSERT_OK(service().savePreferences(prefs));
    auto relaxed = service().atRisk();
    MD_ASSERT_OK(relaxed);
    ASSERT_EQ(relaxed->size(), 2);
    EXPECT_EQ(relaxed->at(0).enrollment.learnerName, QStringLiteral("Gus"));
}

TEST_F(ProgressServiceTest, MasteryRollsTopicsUpToTheCourse)
{
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id e = enroll(li);
    const Id loops = fx->topic(QStringLiteral("Loops"));
    const Id functions = fx->topic(QStringLiteral("Functions"));
    const Id music = fx->topic(QStringLiteral("Music"));
    fx->courseTopic(course, loops);
    fx->courseTopic(course, functions);
    fx->assessment(anna, li, loops, e, 70, QStringLiteral("2025-12-01T12:00:00Z"));
    fx->assessment(anna, li, loops, e, 85, QStringLiteral("2026-01-10T12:00:00Z"));
    fx->assessment(anna, li, music, {}, 40, QStringLiteral("2026-01-11T12:00:00Z"));
    fx->assessment(anna, li, music, {}, 90, QStringLiteral("2026-02-11T12:00:00Z")); // in the future: ignored

    auto m = service().learnerMastery(li);
    MD_ASSERT_OK(m);
    ASSERT_EQ(m->topics.size(), 2);
    for (const TopicMastery& t : m->topics) {
        if (t.topicId == loops) {
            EXPECT_EQ(t.latestPercent, 85);
            EXPECT_EQ(t.previousPercent, 70);
            EXPECT_EQ(t.trend, MasteryTrend::Rising);
        } else {
            EXPECT_EQ(t.topicId, music);
            EXPECT_EQ(t.latestPercent, 40);
        }
    }
    EXPECT_EQ(m->topicNames.value(loops), QStringLiteral("Loops"));
    ASSERT_EQ(m->courses.size(), 1);
    EXPECT_EQ(m->courses[0].topicCount, 2);
    EXPECT_EQ(m->courses[0].assessedCount, 1);
    EXPECT_EQ(m->courses[0].averagePercent, 43); // (85 + 0) / 2 = 42.5, half up
}

TEST_F(ProgressServiceTest, StudioWideRunAgreesWithPerEnrollmentRuns)
{
    // The at-risk list reads only the last 8 weeks lesson by lesson; each enrollment's own run reads
    // everything. Both must find the same flags with the same figures.
    const auto addLearner = [&](const char* name, const QString& plannedEnd = {}) {
        return enroll(fx->learner(QString::fromLatin1(name)), QStringLiteral("2024-01-08"), plannedEnd);
    };
    const Id longRunner = addLearner("Ada", QStringLiteral("2026-03-01")); // years of weekly lessons
    lessons(longRunner, QDate(2024, 1, 8), 105, 7, QStringLiteral("held"), 10);
    const Id idleWithOldMisses = addLearner("Bea"); // last held long ago, then misses before the window
    lessons(idleWithOldMisses, QDate(2025, 6, 2), 10, 7);
    lessons(idleWithOldMisses, QDate(2025, 8, 11), 2, 7, QStringLiteral("no_show"));
    lessons(idleWithOldMisses, QDate(2025, 12, 1), 2, 7, QStringLiteral("late_cancel"));
    const Id neverHeld = addLearner("Cid"); // only cancellations, some before the window
    lessons(neverHeld, QDate(2025, 9, 1), 4, 20, QStringLiteral("cancelled_by_learner"));
    const Id sameDay = addLearner("Dot", QStringLiteral("2026-02-01")); // held and no-show on one day
    lessons(sameDay, QDate(2025, 10, 6), 8, 7);
    fx->lesson(anna, {sameDay}, QStringLiteral("2025-11-24T15:00:00Z"), 60, QStringLiteral("no_show"));
    lessons(sameDay, QDate(2025, 12, 15), 3, 7, QStringLiteral("no_show"));
    const Id finished = addLearner("Eli", QStringLiteral("2024-06-01")); // content covered long ago
    lessons(finished, QDate(2024, 1, 8), 40, 7, QStringLiteral("held"), 90);
    lessons(finished, QDate(2026, 1, 5), 2, 3);

    auto risks = service().atRisk();
    MD_ASSERT_OK(risks);
    QHash<Id, AtRiskEntry> studio;
    for (const AtRiskEntry& e : *risks) {
        studio.insert(e.enrollment.id, e);
    }
    int flagged = 0;
    for (const Id& id : {longRunner, idleWithOldMisses, neverHeld, sameDay, finished}) {
        auto own = service().enrollment(id);
        MD_ASSERT_OK(own);
        SCOPED_TRACE(own->enrollment.learnerName.toStdString());
        EXPECT_EQ(studio.contains(id), !own->report.risks.isEmpty());
        if (!studio.contains(id)) {
            continue;
        }
        ++flagged;
        EXPECT_EQ(studio.value(id).progressPerMille, own->report.progress.perMille());
        ASSERT_EQ(codes(studio.value(id).flags), codes(own->report.risks));
        for (qsizetype i = 0; i < own->report.risks.size(); ++i) {
            EXPECT_EQ(studio.value(id).flags[i].parameters, own->report.risks[i].parameters);
        }
    }
    EXPECT_GE(flagged, 3);
    auto bea = service().enrollment(idleWithOldMisses);
    EXPECT_EQ(codes(bea->report.risks),
              (QStringList{QStringLiteral("no_recent_lesson"), QStringLiteral("missed_lessons")}));
    EXPECT_EQ(bea->report.risks[1].parameters.value(QStringLiteral("in_a_row")).toInt(), 4);
}

TEST_F(ProgressServiceTest, CoveredContentIsNotBehindPlan)
{
    const Id e = enroll(fx->learner(QStringLiteral("Eli")), QStringLiteral("2025-06-01"), QStringLiteral("2025-09-01"));
    lessons(e, QDate(2025, 12, 1), 25, 1, QStringLiteral("held"), 90); // 37.5 h · 0.8 ≥ 30 h
    lessons(e, QDate(2026, 1, 12), 1);
    auto p = service().enrollment(e);
    MD_ASSERT_OK(p);
    EXPECT_TRUE(p->report.progress.isComplete());
    EXPECT_TRUE(p->report.risks.isEmpty());
    auto risks = service().atRisk();
    MD_ASSERT_OK(risks);
    EXPECT_TRUE(risks->isEmpty());
}

TEST_F(ProgressServiceTest, StudioWideRunAgreesAfterEditsTombstonesAndFutureLessons)
{
    // The studio-wide run takes T before the pace window from the trigger-kept held minutes (schema 4)
    // minus the window and the future; edits, tombstones and future held lessons must not change a figure.
    const Id ada =
        enroll(fx->learner(QStringLiteral("Ada")), QStringLiteral("2024-01-08"), QStringLiteral("2026-02-15"));
    lessons(ada, QDate(2024, 1, 8), 20, 7, QStringLiteral("held"), 45);
    lessons(ada, QDate(2025, 12, 1), 4, 7); // inside the window
    const Id future = fx->lesson(anna, {ada}, QStringLiteral("2026-03-02T09:00:00Z"), 600, QStringLiteral("held"));
    const Id old = fx->lesson(anna, {ada}, QStringLiteral("2024-06-03T12:00:00Z"), 120, QStringLiteral("held"), 100);
    fx->remove(QStringLiteral("lessons"), old);
    const Id edited = fx->lesson(anna, {ada}, QStringLiteral("2025-03-03T12:00:00Z"), 60, QStringLiteral("scheduled"));
    auto s = db().prepare(QStringLiteral("UPDATE lessons SET status = 'held', actual_minutes = 75 WHERE id = ?"));
    ASSERT_TRUE(s.has_value());
    s->bind(edited);
    MD_ASSERT_OK(s->exec());
    const Id bea =
        enroll(fx->learner(QStringLiteral("Bea")), QStringLiteral("2024-01-08"), QStringLiteral("2026-01-20"));
    lessons(bea, QDate(2024, 1, 8), 10, 14, QStringLiteral("held"), 90);
    lessons(bea, QDate(2026, 1, 5), 1, 7, QStringLiteral("held"), 30);
    fx->attendeeStatus(future, ada, QStringLiteral("held"));

    auto risks = service().atRisk();
    MD_ASSERT_OK(risks);
    int compared = 0;
    for (const Id& id : {ada, bea}) {
        auto own = service().enrollment(id);
        MD_ASSERT_OK(own);
        SCOPED_TRACE(own->enrollment.learnerName.toStdString());
        ASSERT_FALSE(own->report.risks.isEmpty()) << "both are behind their plan";
        for (const AtRiskEntry& e : *risks) {
            if (e.enrollment.id == id) {
                ++compared;
                EXPECT_EQ(e.progressPerMille, own->report.progress.perMille());
                ASSERT_EQ(codes(e.flags), codes(own->report.risks));
                for (qsizetype i = 0; i < e.flags.size(); ++i) {
                    EXPECT_EQ(e.flags[i].parameters, own->report.risks[i].parameters);
                }
            }
        }
    }
    EXPECT_EQ(compared, 2);
}
