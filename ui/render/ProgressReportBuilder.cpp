// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReportBuilder.h"

#include "common/Clock.h"
#include "feedback/FeedbackService.h"
#include "lessons/LessonService.h"
#include "progress/ProgressService.h"
#include "reports/ReportService.h"
#include "studio/StudioService.h"

#include <QTimeZone>
#include <algorithm>

namespace mentordesk {

namespace {

/// A note with the instant it sorts by (newest first).
struct Note
{
    QDateTime at;
    QString text;
};

QString percentText(const QLocale& locale, qint64 perMille)
{
    return ProgressReportBuilder::tr("%1 %").arg(locale.toString(static_cast<double>(perMille) / 10.0, 'f', 1));
}

QString efficiencyText(const QLocale& locale, int permille)
{
    return locale.toString(permille / 1000.0, 'f', 2);
}

QString trendText(MasteryTrend trend)
{
    switch (trend) {
    case MasteryTrend::Rising:
        return ProgressReportBuilder::tr("rising");
    case MasteryTrend::Falling:
        return ProgressReportBuilder::tr("falling");
    case MasteryTrend::Steady:
        return ProgressReportBuilder::tr("steady");
    case MasteryTrend::Single:
        break;
    }
    return ProgressReportBuilder::tr("first assessment");
}

QList<QPair<QString, QString>> figures(const EnrollmentProgress& p, const QLocale& locale)
{
    using B = ProgressReportBuilder;
    const ProgressReport& r = p.report;
    QList<QPair<QString, QString>> out;
    out.append({ProgressReportBuilder::tr("Progress"), percentText(locale, r.progress.perMille())});
    out.append({ProgressReportBuilder::tr("Time held"), B::duration(r.heldMinutes)});
    out.append({ProgressReportBuilder::tr("Time to go (estimate)"), B::duration(r.remainingMinutes)});
    out.append({ProgressReportBuilder::tr("Recent pace"),
                r.pace.minutesInWindow > 0
                    ? ProgressReportBuilder::tr("%1 a week").arg(B::duration(r.pace.displayMinutesPerWeek()))
                    : ProgressReportBuilder::tr("no lessons in recent weeks")});
    QString projected;
    if (r.remainingMinutes == 0) {
        projected = ProgressReportBuilder::tr("content covered");
    } else if (r.projectedFinish) {
        projected = B::date(*r.projectedFinish, locale);
    } else {
        projected = ProgressReportBuilder::tr("no recent pace");
    }
    out.append({ProgressReportBuilder::tr("Projected finish"), projected});
    QString planned =
        r.plannedEnd.isValid() ? B::date(r.plannedEnd, locale) : ProgressReportBuilder::tr("no planned end");
    if (r.remainingMinutes == 0) {
        // Why: with the content covered a lateness of the "projection" (today) means nothing to parents.
    } else if (r.daysLate && *r.daysLate > 0) {
        planned =
            ProgressReportBuilder::tr("%1 (projected %n day(s) later)", "", static_cast<int>(*r.daysLate)).arg(planned);
    } else if (r.daysLate && *r.daysLate < 0) {
        planned = ProgressReportBuilder::tr("%1 (projected %n day(s) earlier)", "", static_cast<int>(-*r.daysLate))
                      .arg(planned);
    }
    out.append({ProgressReportBuilder::tr("Planned finish"), planned});
    out.append({ProgressReportBuilder::tr("Learning efficiency used"),
                p.calibratedInUse
                    ? ProgressReportBuilder::tr("%1 (calibrated from assessments)")
                          .arg(efficiencyText(locale, r.efficiencyPermille))
                    : ProgressReportBuilder::tr("%1 (default)").arg(efficiencyText(locale, r.efficiencyPermille))});
    return out;
}

ProgressReportDocument::Enrollment enrollmentOf(const EnrollmentHistory& h, const QDate& today, const QLocale& locale)
{
    const EnrollmentProgress& p = h.current;
    ProgressReportDocument::Enrollment e;
    e.heading = ProgressReportBuilder::tr("%1 with %2").arg(p.enrollment.title, p.enrollment.mentorName);
    e.figures = figures(p, locale);
    e.progressPerMille = static_cast<int>(p.report.progress.perMille());
    for (const ProgressHistoryPoint& point : h.points) {
        if (point.date >= p.enrollment.startDate) {
            e.actual.append({point.date, point.perMille});
        }
    }
    if (e.actual.isEmpty() || e.actual.constLast().date < today) {
        e.actual.append({today, e.progressPerMille});
    }
    if (p.report.projectedFinish && p.report.remainingMinutes > 0 && *p.report.projectedFinish > today) {
        e.projected = {{today, e.progressPerMille}, {*p.report.projectedFinish, 1000}};
    }
    if (p.enrollment.plannedEndDate.isValid() && p.enrollment.startDate.isValid() &&
        p.enrollment.plannedEndDate > p.enrollment.startDate) {
        e.planned = {{p.enrollment.startDate, 0}, {p.enrollment.plannedEndDate, 1000}};
    }
    return e;
}

} // namespace

ProgressReportBuilder::ProgressReportBuilder(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QString ProgressReportBuilder::duration(qint64 minutes)
{
    const qint64 m = std::max<qint64>(0, minutes);
    if (m < 60) {
        return tr("%1 min").arg(m);
    }
    if (m % 60 == 0) {
        return tr("%1 h").arg(m / 60);
    }
    return tr("%1 h %2 min").arg(m / 60).arg(m % 60);
}

QString ProgressReportBuilder::date(const QDate& date, const QLocale& locale)
{
    //: Date format of the progress report (QLocale format string).
    return locale.toString(date, tr("d MMM yyyy"));
}

Result<ProgressReportDocument> ProgressReportBuilder::build(const Id& learnerId, const QString& language)
{
    const Id id = learnerId.trimmed().toLower();
    ProgressService progress(m_db, m_clock);
    auto history = ReportService(m_db, m_clock).learnerProgress(id);
    if (!history) {
        return fail(history.error());
    }
    auto mastery = progress.learnerMastery(id);
    auto today = progress.today();
    auto studio = StudioService(m_db, m_clock).settings();
    auto assessments = FeedbackService(m_db, m_clock).assessments(id);
    if (!mastery || !today || !studio || !assessments) {
        return fail(!mastery  ? mastery.error()
                    : !today  ? today.error()
                    : !studio ? studio.error()
                              : assessments.error());
    }
    const QLocale locale(studio->locale);
    QTimeZone zone(studio->timeZone.toUtf8());
    if (!zone.isValid()) {
        zone = QTimeZone::utc();
    }
    ProgressReportDocument doc;
    doc.language = language;
    doc.title = tr("Progress report");
    doc.studioName = studio->name;
    for (const QString& line : {studio->address, studio->email, studio->phone}) {
        if (!line.trimmed().isEmpty()) {
            doc.studioLines.append(line.trimmed());
        }
    }
    doc.learnerName = history->subjectName;
    doc.asOfLine = tr("As of %1").arg(date(*today, locale));
    for (const EnrollmentHistory& h : std::as_const(history->enrollments)) {
        if (h.current.enrollment.status != EnrollmentStatus::Cancelled) {
            doc.enrollments.append(enrollmentOf(h, *today, locale));
        }
    }
    doc.noEnrollments = tr("No courses or mentoring to report on yet.");
    doc.legend = {tr("Progress so far"), tr("Projected at the recent pace"), tr("Plan")};
    for (int p = 0; p <= 100; p += 25) {
        doc.axisPercent.append(tr("%1 %").arg(p));
    }
    doc.masteryTitle = tr("Mastery per topic");
    doc.masteryHeaders = {tr("Topic"), tr("Mastery"), tr("Trend"), tr("Assessed on")};
    for (const TopicMastery& t : std::as_const(mastery->topics)) {
        doc.mastery.append({mastery->topicNames.value(t.topicId), t.latestPercent, tr("%1 %").arg(t.latestPercent),
                            trendText(t.trend), date(t.latestDate, locale)});
    }
    std::stable_sort(doc.mastery.begin(), doc.mastery.end(),
                     [](const auto& a, const auto& b) { return a.topic.localeAwareCompare(b.topic) < 0; });
    doc.noMastery = tr("No assessments yet.");

    QList<Note> notes;
    const QDateTime since = QDateTime(today->addDays(-kNoteDays), QTime(0, 0), zone).toUTC();
    for (const Assessment& a : std::as_const(*assessments)) {
        if (!a.note.trimmed().isEmpty() && a.assessedAt >= since) {
            notes.append({a.assessedAt, tr("%1 · %2: %3")
                                            .arg(date(a.assessedAt.toTimeZone(zone).date(), locale),
                                                 mastery->topicNames.value(a.topicId), a.note.trimmed())});
        }
    }
    LessonFilter filter;
    filter.learnerId = id;
    filter.statuses = {LessonStatus::Held};
    filter.fromUtc = since;
    auto lessons = LessonService(m_db, m_clock).list(filter, {0, 1000});
    if (!lessons) {
        return fail(lessons.error());
    }
    for (const Lesson& l : std::as_const(lessons->items)) {
        QStringList parts;
        if (!l.notes.trimmed().isEmpty()) {
            parts.append(l.notes.trimmed());
        }
        if (!l.homework.trimmed().isEmpty()) {
            parts.append(tr("Homework: %1").arg(l.homework.trimmed()));
        }
        if (!parts.isEmpty()) {
            notes.append({l.startsAt, tr("%1 · %2: %3")
                                          .arg(date(l.startsAt.toTimeZone(zone).date(), locale), l.mentorName,
                                               parts.join(QStringLiteral(" — ")))});
        }
    }
    std::stable_sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) { return a.at > b.at; });
    for (qsizetype i = 0; i < notes.size() && i < kMaxNotes; ++i) {
        doc.notes.append(notes[i].text);
    }
    doc.notesTitle = tr("Mentor's notes and homework");
    doc.noNotes = tr("No notes in the last %n day(s).", "", kNoteDays);
    doc.pageTemplate = tr("Page {page} of {pages}");
    return doc;
}

} // namespace mentordesk
