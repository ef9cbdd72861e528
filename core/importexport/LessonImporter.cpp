// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/LessonImporter.h"

#include "common/Clock.h"
#include "importexport/ImportValues.h"
#include "lessons/LessonService.h"
#include "lessons/LessonValidator.h"
#include "money/Minutes.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

enum Column
{
    Start,
    Mentor,
    Learner,
    Enrollment_,
    Course,
    Minutes_,
    Status,
    ActualMinutes,
    Notes,
    Homework,
    Location,
    Billable,
    ColumnCount
};

std::optional<LessonStatus> statusFromText(const QString& text)
{
    static const QHash<QString, LessonStatus> chinese = {{QStringLiteral("已安排"), LessonStatus::Scheduled},
                                                         {QStringLiteral("计划"), LessonStatus::Scheduled},
                                                         {QStringLiteral("已上课"), LessonStatus::Held},
                                                         {QStringLiteral("已完成"), LessonStatus::Held},
                                                         {QStringLiteral("学生取消"), LessonStatus::CancelledByLearner},
                                                         {QStringLiteral("迟取消"), LessonStatus::LateCancel},
                                                         {QStringLiteral("缺席"), LessonStatus::NoShow},
                                                         {QStringLiteral("老师取消"), LessonStatus::CancelledByMentor}};
    QString t = text.trimmed();
    if (t.isEmpty()) {
        return LessonStatus::Scheduled;
    }
    if (const auto it = chinese.constFind(t); it != chinese.cend()) {
        return *it;
    }
    return lessonStatusFromString(t.replace(u' ', u'_'));
}

} // namespace

LessonImporter::LessonImporter(Database& db, const Clock& clock, const ImporterOptions& options)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_mentors(db, NamedTable::Mentors)
    , m_learners(db, NamedTable::Learners)
    , m_enrollments(db, clock)
{}

QString LessonImporter::entity() const
{
    return QStringLiteral("lessons");
}

QList<ColumnSpec> LessonImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("start"),
         {QStringLiteral("starts"), QStringLiteral("start time"), QStringLiteral("date and time"),
          QStringLiteral("when"), QStringLiteral("开始时间"), QStringLiteral("上课时间"), QStringLiteral("时间")},
         true},
        {QStringLiteral("mentor"),
         {QStringLiteral("mentor_id"), QStringLiteral("mentor name"), QStringLiteral("teacher"),
          QStringLiteral("tutor"), QStringLiteral("导师"), QStringLiteral("老师")}},
        {QStringLiteral("learner"),
         {QStringLiteral("learner_id"), QStringLiteral("learner name"), QStringLiteral("student"),
          QStringLiteral("student name"), QStringLiteral("学生"), QStringLiteral("学员"), QStringLiteral("姓名")}},
        {QStringLiteral("enrollment"), {QStringLiteral("enrollment_id"), QStringLiteral("报名")}},
        {QStringLiteral("course"),
         {QStringLiteral("course title"), QStringLiteral("course_id"), QStringLiteral("课程")}},
        {QStringLiteral("minutes"),
         {QStringLiteral("planned_minutes"), QStringLiteral("duration"), QStringLiteral("length"),
          QStringLiteral("时长"), QStringLiteral("分钟")}},
        {QStringLiteral("status"), {QStringLiteral("状态")}},
        {QStringLiteral("actual_minutes"),
         {QStringLiteral("actual duration"), QStringLiteral("实际时长"), QStringLiteral("实际分钟")}},
        {QStringLiteral("notes"),
         {QStringLiteral("note"), QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("备注")}},
        {QStringLiteral("homework"), {QStringLiteral("作业")}},
        {QStringLiteral("location"), {QStringLiteral("place"), QStringLiteral("room"), QStringLiteral("地点")}},
        {QStringLiteral("billable"), {QStringLiteral("charge"), QStringLiteral("计费")}},
    };
}

Result<const StudioTimeZone*> LessonImporter::zone()
{
    if (!m_zone) {
        auto z = StudioTimeZone::forStudio(m_db, m_clock);
        if (!z) {
            return fail(z.error());
        }
        m_zone = std::move(*z);
    }
    return &*m_zone;
}

Result<void> LessonImporter::parseTimes(const ImportRow& row, Parsed& p)
{
    const Field startField{QStringLiteral("start"), tr("Start")};
    auto start = StudioTimeZone::parse(row.value(Start), startField);
    if (!start) {
        return fail(start.error());
    }
    p.input.start = *start;
    auto z = zone();
    if (!z) {
        return fail(z.error());
    }
    auto startsAt = (*z)->toUtc(*start, startField);
    if (!startsAt) {
        return fail(startsAt.error());
    }
    if (const QString text = row.value(Minutes_).trimmed(); !text.isEmpty()) {
        auto minutes = Minutes::parse(text, QStringLiteral("minutes"));
        if (!minutes) {
            return fail(minutes.error());
        }
        p.input.plannedMinutes = *minutes;
    }
    if (auto ok = LessonValidator::plannedMinutes(p.input.plannedMinutes); !ok) {
        return fail(ok.error());
    }
    const auto status = statusFromText(row.value(Status));
    if (!status) {
        return fail(Error::invalid(QStringLiteral("status"),
                                   tr("Status must be scheduled, held, cancelled_by_learner, late_cancel, no_show or "
                                      "cancelled_by_mentor (got “%1”).")
                                       .arg(row.value(Status).trimmed())));
    }
    p.status = *status;
    if ((p.status == LessonStatus::Held || p.status == LessonStatus::NoShow) && *startsAt > m_clock.nowUtc()) {
        return fail(Error::invalid(QStringLiteral("status"),
                                   tr("The lesson on %1 has not taken place yet, so it cannot be recorded as “%2”.")
                                       .arg((*z)->format(*startsAt), lessonStatusDisplayName(p.status))));
    }
    if (const QString text = row.value(ActualMinutes).trimmed(); !text.isEmpty()) {
        if (p.status != LessonStatus::Held) {
            return fail(Error::invalid(
                QStringLiteral("actual_minutes"),
                tr("Only a held lesson has actual minutes; this one is “%1”.").arg(lessonStatusDisplayName(p.status))));
        }
        auto actual = Minutes::parse(text, QStringLiteral("actual_minutes"));
        if (!actual) {
            return fail(actual.error());
        }
        auto valid = LessonValidator::actualMinutes(*actual);
        if (!valid) {
            return fail(valid.error());
        }
        p.actualMinutes = *valid;
    }
    return {};
}

Result<Enrollment> LessonImporter::enrollment(const ImportRow& row, Parsed& p)
{
    const QString enrollmentText = row.value(Enrollment_).trimmed();
    auto learner = m_learners.resolve(row.value(Learner), QStringLiteral("learner"));
    if (!learner) {
        return fail(learner.error());
    }
    if (enrollmentText.isEmpty()) {
        if (learner->isEmpty()) {
            return fail(Error::invalid(QStringLiteral("learner"),
                                       tr("Name the learner who attends (or give the enrollment id).")));
        }
        p.attendeeColumn = QStringLiteral("learner");
        return m_enrollments.forLearner(*learner, m_learners.nameOf(*learner), row.value(Course));
    }
    p.attendeeColumn = QStringLiteral("enrollment");
    auto e = m_enrollments.byId(enrollmentText);
    if (!e) {
        return fail(e.error());
    }
    if (!learner->isEmpty() && e->learnerId != *learner) {
        return fail(
            Error::invalid(QStringLiteral("learner"), tr("The enrollment %1 belongs to another learner, not to %2.")
                                                          .arg(e->meta.id, m_learners.nameOf(*learner))));
    }
    return e;
}

Result<LessonImporter::Parsed> LessonImporter::parse(const ImportRow& row)
{
    Parsed p;
    if (auto ok = parseTimes(row, p); !ok) {
        return fail(ok.error());
    }
    auto notes = LessonValidator::notes(row.value(Notes));
    auto homework = LessonValidator::homework(row.value(Homework));
    auto location = LessonValidator::location(row.value(Location));
    for (const auto* text : {&notes, &homework, &location}) {
        if (!*text) {
            return fail(text->error());
        }
    }
    p.input.notes = *notes;
    p.input.homework = *homework;
    p.input.location = *location;
    auto billable = ImportValues::boolean(row.value(Billable), true, {QStringLiteral("billable"), tr("Billable")});
    if (!billable) {
        return fail(billable.error());
    }
    p.input.billable = *billable;
    auto e = enrollment(row, p);
    if (!e) {
        return fail(e.error());
    }
    p.input.enrollmentIds = {e->meta.id};
    p.courseTitle = e->title;
    auto mentor = m_mentors.resolve(row.value(Mentor), QStringLiteral("mentor"));
    if (!mentor) {
        return fail(mentor.error());
    }
    p.input.mentorId = mentor->isEmpty() ? e->mentorId : *mentor;
    if (auto ok = m_mentors.load(); !ok) {
        return fail(ok.error());
    }
    if (auto ok = m_learners.load(); !ok) {
        return fail(ok.error());
    }
    // Why: a cancelled lesson or a no-show frees its slot, so it can never clash.
    p.input.allowConflicts = m_options.allowConflicts || !lessonStatusBlocksSlot(p.status);
    return p;
}

Result<ImportRow> LessonImporter::validateRow(const ImportRow& row)
{
    auto parsed = parse(row);
    if (!parsed) {
        return fail(parsed.error());
    }
    const LessonInput& in = parsed->input;
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Start] = QStringLiteral("%1 %2").arg(in.start.date.toString(Qt::ISODate),
                                                    in.start.time.toString(QStringLiteral("HH:mm")));
    out.values[Mentor] = m_mentors.nameOf(in.mentorId);
    out.values[Learner] = row.value(Learner).trimmed();
    out.values[Enrollment_] = in.enrollmentIds.constFirst();
    out.values[Course] = parsed->courseTitle;
    out.values[Minutes_] = QString::number(in.plannedMinutes);
    out.values[Status] = lessonStatusToString(parsed->status);
    out.values[ActualMinutes] = parsed->actualMinutes ? QString::number(*parsed->actualMinutes) : QString();
    out.values[Notes] = in.notes;
    out.values[Homework] = in.homework;
    out.values[Location] = in.location;
    out.values[Billable] = in.billable ? QStringLiteral("yes") : QStringLiteral("no");
    m_parsed.insert(row.line, std::move(*parsed));
    return out;
}

Result<Id> LessonImporter::importRow(const ImportRow& row)
{
    if (const auto it = m_parsed.constFind(row.line); it != m_parsed.cend()) {
        const Parsed parsed = *it;
        m_parsed.erase(it);
        return store(parsed, row.line);
    }
    auto parsed = parse(row);
    if (!parsed) {
        return fail(parsed.error());
    }
    return store(*parsed, row.line);
}

Result<Id> LessonImporter::store(const Parsed& parsed, int line)
{
    const QHash<QString, QString> renames = {{QStringLiteral("enrollment"), parsed.attendeeColumn}};
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    QList<Conflict> conflicts;
    auto created = LessonService(m_db, m_clock).create(parsed.input, &conflicts);
    if (!created) {
        if (created.error().code == ErrorCode::Conflict && !conflicts.isEmpty()) {
            return fail(Error::conflict(clashMessage(conflicts), QStringLiteral("start")));
        }
        return fail(ImportValues::atColumn(created.error(), renames));
    }
    if (auto ok = record(created->meta.id, parsed); !ok) {
        return fail(ImportValues::atColumn(ok.error(), renames, QStringLiteral("status")));
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    m_lineOfLesson.insert(created->meta.id, line);
    return created->meta.id;
}

Result<void> LessonImporter::record(const Id& lessonId, const Parsed& parsed)
{
    LessonService service(m_db, m_clock);
    Result<Lesson> done = Lesson();
    switch (parsed.status) {
    case LessonStatus::Scheduled:
        return {};
    case LessonStatus::Held:
        done = service.complete(lessonId, CompletionInput{parsed.actualMinutes, std::nullopt, std::nullopt});
        break;
    case LessonStatus::CancelledByLearner:
        done = service.cancel(lessonId, CancelledBy::Learner, false);
        break;
    case LessonStatus::LateCancel:
        done = service.cancel(lessonId, CancelledBy::Learner, true);
        break;
    case LessonStatus::CancelledByMentor:
        done = service.cancel(lessonId, CancelledBy::Mentor, false);
        break;
    case LessonStatus::NoShow:
        done = service.markNoShow(lessonId);
        break;
    }
    if (!done) {
        return fail(done.error());
    }
    return {};
}

QString LessonImporter::clashMessage(const QList<Conflict>& conflicts) const
{
    QStringList clashes;
    for (const Conflict& c : conflicts) {
        QString description = c.description;
        if (description.endsWith(u'.')) {
            description.chop(1);
        }
        const auto line = m_lineOfLesson.constFind(c.lessonId);
        clashes.append(line == m_lineOfLesson.cend()
                           ? description
                           : tr("%1, imported from line %2 of this file").arg(description).arg(*line));
    }
    return tr("The lesson clashes with %n other lesson(s): %1. Allow conflicts to import it anyway.", nullptr,
              static_cast<int>(conflicts.size()))
        .arg(clashes.join(QStringLiteral("; ")));
}

} // namespace mentordesk
