// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProgressReportPdf.h"

#include "ProgressReportBuilder.h"
#include "ProgressReportRenderer.h"
#include "feedback/FeedbackService.h"
#include "lessons/LessonService.h"
#include "progress/ProgressService.h"
#include "shell/StudioSession.h"

#include <QTextDocument>

namespace mentordesk {

namespace {

constexpr int kMaxNotes = 8;
constexpr int kNoteDays = 90;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString enrollmentHtml(const EnrollmentProgress& p, const Formatter& format)
{
    const ProgressReport& r = p.report;
    const EnrollmentSummary& e = p.enrollment;
    QString html =
        QStringLiteral("<h3>%1</h3><p>").arg(esc(ProgressReportPdf::tr("%1 with %2").arg(e.title, e.mentorName)));
    html += esc(ProgressReportPdf::tr("Progress: %1 % — %2 held, about %3 to go.")
                    .arg(format.locale().toString(r.progress.perMille() / 10.0, 'f', 1), format.duration(r.heldMinutes),
                         format.duration(r.remainingMinutes)));
    html += QStringLiteral("<br>");
    if (r.remainingMinutes == 0) {
        html += esc(ProgressReportPdf::tr("The course content is covered."));
    } else if (r.projectedFinish) {
        html += esc(ProgressReportPdf::tr("Recent pace: %1 a week; projected to finish on %2.")
                        .arg(format.duration(r.pace.displayMinutesPerWeek()), format.date(*r.projectedFinish)));
    } else {
        html += esc(ProgressReportPdf::tr("No lessons in recent weeks, so no projected finish."));
    }
    if (r.plannedEnd.isValid()) {
        html += u' ' + esc(ProgressReportPdf::tr("Planned finish: %1.").arg(format.date(r.plannedEnd)));
    }
    return html + QStringLiteral("</p>");
}

} // namespace

Result<QString> ProgressReportPdf::bodyHtml(StudioSession& session, const QString& learnerId)
{
    const Formatter& format = session.format();
    ProgressService progress(session.db(), session.clock());
    auto enrollments = progress.learner(learnerId);
    if (!enrollments) {
        return fail(enrollments.error());
    }
    auto mastery = progress.learnerMastery(learnerId);
    auto assessments = FeedbackService(session.db(), session.clock()).assessments(learnerId);
    auto today = progress.today();
    if (!mastery || !assessments || !today) {
        return fail(!mastery ? mastery.error() : !assessments ? assessments.error() : today.error());
    }
    QString html;
    for (const EnrollmentProgress& p : std::as_const(*enrollments)) {
        if (p.enrollment.status != EnrollmentStatus::Cancelled) {
            html += enrollmentHtml(p, format);
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Mastery per topic")));
    if (mastery->topics.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No assessments yet.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th></tr>")
                    .arg(esc(tr("Topic")), esc(tr("Mastery")), esc(tr("Assessed on")));
        for (const TopicMastery& t : mastery->topics) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 %</td><td>%3</td></tr>")
                        .arg(esc(mastery->topicNames.value(t.topicId)))
                        .arg(t.latestPercent)
                        .arg(esc(format.date(t.latestDate)));
        }
        html += QStringLiteral("</table>");
    }

    QStringList notes;
    for (qsizetype i = assessments->size() - 1; i >= 0 && notes.size() < kMaxNotes; --i) {
        const Assessment& a = assessments->at(i);
        if (!a.note.trimmed().isEmpty()) {
            notes.append(QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                             .arg(esc(format.date(format.toLocal(a.assessedAt).date())),
                                  esc(mastery->topicNames.value(a.topicId)), esc(a.note)));
        }
    }
    LessonFilter filter;
    filter.learnerId = learnerId;
    filter.statuses = {LessonStatus::Held};
    filter.fromUtc = QDateTime(today->addDays(-kNoteDays), QTime(0, 0), Qt::UTC);
    auto lessons = LessonService(session.db(), session.clock()).list(filter, {0, 1000});
    if (lessons) {
        for (qsizetype i = lessons->items.size() - 1; i >= 0 && notes.size() < 2 * kMaxNotes; --i) {
            const Lesson& l = lessons->items.at(i);
            if (!l.notes.trimmed().isEmpty()) {
                notes.append(QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                                 .arg(esc(format.dateTime(l.startsAt)), esc(l.mentorName), esc(l.notes)));
            }
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Mentor's notes")));
    html += notes.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No notes in the last %n day(s).", "", kNoteDays)))
                            : QStringLiteral("<ul>%1</ul>").arg(notes.join(QString()));
    return html;
}

Result<void> ProgressReportPdf::write(StudioSession& session, const QString& learnerId, const QString& path)
{
    // Why: one report for parents everywhere — the same document and renderer as the learner's Progress
    // tab and `mentordesk-cli progress report` (ui/render, QPainter only).
    auto doc = ProgressReportBuilder(session.db(), session.clock()).build(learnerId, session.settings().language);
    if (!doc) {
        return fail(doc.error());
    }
    if (auto pages = ProgressReportRenderer::renderToFile(*doc, session.format().locale(), path); !pages) {
        return fail(pages.error());
    }
    return {};
}

} // namespace mentordesk
