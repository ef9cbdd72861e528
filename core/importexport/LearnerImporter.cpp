// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/LearnerImporter.h"

#include "common/Clock.h"
#include "courses/DecimalText.h"
#include "importexport/ImportValues.h"
#include "people/LearnerService.h"
#include "people/TagList.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <climits>

namespace mentordesk {

namespace {

enum Column
{
    Name,
    Email,
    Phone,
    BirthYear,
    Level,
    WeeklyMinutes,
    WeeklyHours,
    Status,
    Notes,
    Tags,
    ConsentContact,
    ConsentPhotos,
    Payer,
    Mentor,
    Goals,
    ColumnCount
};

/// Service field keys → this importer's columns.
const QHash<QString, QString>& renames()
{
    static const QHash<QString, QString> map = {{QStringLiteral("payer_id"), QStringLiteral("payer")},
                                                {QStringLiteral("mentor_id"), QStringLiteral("mentor")}};
    return map;
}

std::optional<LearnerStatus> statusFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return LearnerStatus::Active;
    }
    if (t == u"在读" || t == u"活跃") {
        return LearnerStatus::Active;
    }
    if (t == u"暂停") {
        return LearnerStatus::Paused;
    }
    if (t == u"归档" || t == u"已归档") {
        return LearnerStatus::Archived;
    }
    return learnerStatusFromKey(t);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

LearnerImporter::LearnerImporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_payers(db, NamedTable::Payers)
    , m_mentors(db, NamedTable::Mentors)
    , m_topics(db, NamedTable::Topics)
{}

QString LearnerImporter::entity() const
{
    return QStringLiteral("learners");
}

QList<ColumnSpec> LearnerImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("name"),
         {QStringLiteral("full name"), QStringLiteral("learner"), QStringLiteral("learner name"),
          QStringLiteral("student"), QStringLiteral("student name"), QStringLiteral("姓名"), QStringLiteral("名字"),
          QStringLiteral("学生"), QStringLiteral("学员")},
         true},
        {QStringLiteral("email"),
         {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("email address"), QStringLiteral("邮箱"),
          QStringLiteral("电子邮件")}},
        {QStringLiteral("phone"),
         {QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("phone number"),
          QStringLiteral("电话"), QStringLiteral("手机")}},
        {QStringLiteral("birth_year"),
         {QStringLiteral("year of birth"), QStringLiteral("born"), QStringLiteral("出生年份")}},
        {QStringLiteral("level"), {QStringLiteral("skill level"), QStringLiteral("级别"), QStringLiteral("水平")}},
        {QStringLiteral("weekly_minutes"),
         {QStringLiteral("minutes per week"), QStringLiteral("每周分钟"), QStringLiteral("每周分钟数")}},
        {QStringLiteral("weekly_hours"),
         {QStringLiteral("hours per week"), QStringLiteral("每周小时"), QStringLiteral("每周小时数")}},
        {QStringLiteral("status"), {QStringLiteral("状态")}},
        {QStringLiteral("notes"),
         {QStringLiteral("note"), QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("备注")}},
        {QStringLiteral("tags"), {QStringLiteral("tag"), QStringLiteral("labels"), QStringLiteral("标签")}},
        {QStringLiteral("consent_contact"),
         {QStringLiteral("contact consent"), QStringLiteral("may contact"), QStringLiteral("同意联系")}},
        {QStringLiteral("consent_photos"),
         {QStringLiteral("photo consent"), QStringLiteral("photos"), QStringLiteral("同意拍照")}},
        {QStringLiteral("payer"),
         {QStringLiteral("payer_id"), QStringLiteral("payer name"), QStringLiteral("parent"),
          QStringLiteral("guardian"), QStringLiteral("paid by"), QStringLiteral("付款人"), QStringLiteral("家长")}},
        {QStringLiteral("mentor"),
         {QStringLiteral("mentor_id"), QStringLiteral("mentor name"), QStringLiteral("teacher"),
          QStringLiteral("tutor"), QStringLiteral("导师"), QStringLiteral("老师")}},
        {QStringLiteral("goals"),
         {QStringLiteral("goal"), QStringLiteral("learning goals"), QStringLiteral("topics"), QStringLiteral("目标"),
          QStringLiteral("学习目标")}},
    };
}

Result<int> LearnerImporter::weeklyMinutes(const ImportRow& row) const
{
    const Field minutesField{QStringLiteral("weekly_minutes"), tr("Weekly minutes")};
    auto minutes = ImportValues::optionalInteger(row.value(WeeklyMinutes), INT_MIN, INT_MAX, minutesField);
    if (!minutes) {
        return fail(minutes.error());
    }
    const QString hoursText = row.value(WeeklyHours).trimmed();
    if (hoursText.isEmpty()) {
        return minutes->value_or(60);
    }
    auto hours = DecimalText::parseHours(ImportValues::decimalPoint(hoursText), QStringLiteral("weekly_hours"));
    if (!hours) {
        return fail(hours.error());
    }
    if (*minutes && **minutes != *hours) {
        return fail(Error::invalid(QStringLiteral("weekly_hours"),
                                   tr("Weekly hours (%1) and weekly minutes (%2) disagree; give only one of them.")
                                       .arg(hoursText)
                                       .arg(**minutes)));
    }
    return *hours;
}

Result<QList<Id>> LearnerImporter::goals(const QString& text)
{
    QList<Id> out;
    for (const QString& item : ImportValues::list(text)) {
        auto id = m_topics.resolve(item, QStringLiteral("goals"));
        if (!id) {
            return fail(id.error());
        }
        if (!out.contains(*id)) {
            out.append(*id);
        }
    }
    return out;
}

Result<LearnerImporter::Parsed> LearnerImporter::parse(const ImportRow& row)
{
    Parsed p;
    LearnerInput& in = p.input;
    in.name = row.value(Name);
    in.email = row.value(Email);
    in.phone = row.value(Phone);
    in.notes = row.value(Notes);
    static const QRegularExpression tagSeparators(QStringLiteral("[,;，；]"));
    in.tags = row.value(Tags).split(tagSeparators);
    auto birthYear = ImportValues::optionalInteger(row.value(BirthYear), INT_MIN, INT_MAX,
                                                   {QStringLiteral("birth_year"), tr("Birth year")});
    if (!birthYear) {
        return fail(birthYear.error());
    }
    in.birthYear = *birthYear;
    auto level = ImportValues::integer(row.value(Level), 1, INT_MIN, INT_MAX, {QStringLiteral("level"), tr("Level")});
    if (!level) {
        return fail(level.error());
    }
    in.level = *level;
    auto minutes = weeklyMinutes(row);
    if (!minutes) {
        return fail(minutes.error());
    }
    in.weeklyMinutes = *minutes;
    auto contact = ImportValues::boolean(row.value(ConsentContact), false,
                                         {QStringLiteral("consent_contact"), tr("Contact consent")});
    if (!contact) {
        return fail(contact.error());
    }
    in.consentContact = *contact;
    auto photos =
        ImportValues::boolean(row.value(ConsentPhotos), false, {QStringLiteral("consent_photos"), tr("Photo consent")});
    if (!photos) {
        return fail(photos.error());
    }
    in.consentPhotos = *photos;
    const auto status = statusFromText(row.value(Status));
    if (!status) {
        return fail(Error::invalid(QStringLiteral("status"),
                                   tr("Status must be active, paused or archived (got “%1”).").arg(row.value(Status))));
    }
    p.status = *status;
    auto payer = m_payers.resolve(row.value(Payer), QStringLiteral("payer"));
    if (!payer) {
        return fail(payer.error());
    }
    in.payerId = *payer;
    auto mentor = m_mentors.resolve(row.value(Mentor), QStringLiteral("mentor"));
    if (!mentor) {
        return fail(mentor.error());
    }
    in.mentorId = *mentor;
    auto goalIds = goals(row.value(Goals));
    if (!goalIds) {
        return fail(goalIds.error());
    }
    p.goals = *goalIds;
    auto valid = LearnerService::validate(in, m_clock.nowUtc().date().year());
    if (!valid) {
        QHash<QString, QString> map = renames();
        if (row.value(WeeklyMinutes).trimmed().isEmpty()) {
            map.insert(QStringLiteral("weekly_minutes"), QStringLiteral("weekly_hours"));
        }
        return fail(ImportValues::atColumn(valid.error(), map));
    }
    in = *valid;
    return p;
}

Result<ImportRow> LearnerImporter::validateRow(const ImportRow& row)
{
    auto parsed = parse(row);
    if (!parsed) {
        return fail(parsed.error());
    }
    const LearnerInput& in = parsed->input;
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Name] = in.name;
    out.values[Email] = in.email;
    out.values[Phone] = in.phone;
    out.values[BirthYear] = in.birthYear ? QString::number(*in.birthYear) : QString();
    out.values[Level] = QString::number(in.level);
    out.values[WeeklyMinutes] = QString::number(in.weeklyMinutes);
    // Why: weekly_minutes carries the value; hours would be rounded and could disagree on a re-read.
    out.values[WeeklyHours] = QString();
    out.values[Status] = learnerStatusKey(parsed->status);
    out.values[Notes] = in.notes;
    out.values[Tags] = TagList::join(in.tags);
    out.values[ConsentContact] = yesNo(in.consentContact);
    out.values[ConsentPhotos] = yesNo(in.consentPhotos);
    out.values[Payer] = m_payers.nameOf(in.payerId);
    out.values[Mentor] = m_mentors.nameOf(in.mentorId);
    QStringList goalNames;
    for (const Id& id : parsed->goals) {
        goalNames.append(m_topics.nameOf(id));
    }
    out.values[Goals] = goalNames.join(QStringLiteral("; "));
    m_parsed.insert(row.line, std::move(*parsed));
    return out;
}

Result<Id> LearnerImporter::importRow(const ImportRow& row)
{
    if (const auto it = m_parsed.constFind(row.line); it != m_parsed.cend()) {
        const Parsed parsed = *it;
        m_parsed.erase(it);
        return store(parsed);
    }
    auto parsed = parse(row);
    if (!parsed) {
        return fail(parsed.error());
    }
    return store(*parsed);
}

Result<Id> LearnerImporter::store(const Parsed& parsed)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    LearnerService service(m_db, m_clock);
    auto created = service.create(parsed.input);
    if (!created) {
        return fail(ImportValues::atColumn(created.error(), renames()));
    }
    const Id id = created->meta.id;
    if (!parsed.goals.isEmpty()) {
        if (auto ok = service.setGoals(id, parsed.goals); !ok) {
            return fail(ImportValues::atColumn(ok.error(), {}, QStringLiteral("goals")));
        }
    }
    if (parsed.status != LearnerStatus::Active) {
        auto changed = parsed.status == LearnerStatus::Paused ? service.pause(id) : service.archive(id);
        if (!changed) {
            return fail(ImportValues::atColumn(changed.error(), {}, QStringLiteral("status")));
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return id;
}

} // namespace mentordesk
