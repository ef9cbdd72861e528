// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "people/MentorAvailabilityRepository.h"
#include "people/MentorExpertiseRepository.h"
#include "people/MentorRepository.h"
#include "people/WeeklyAvailability.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace mentordesk {

MentorService::MentorService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<MentorInput> MentorService::validate(const MentorInput& input)
{
    MentorInput out;
    auto name = Validation::requiredText(input.name, {QStringLiteral("name"), tr("Name")});
    if (!name) {
        return fail(name.error());
    }
    out.name = *name;
    auto email = Validation::optionalEmail(input.email, {QStringLiteral("email"), tr("E-mail")});
    if (!email) {
        return fail(email.error());
    }
    out.email = *email;
    auto phone = Validation::optionalText(input.phone, {QStringLiteral("phone"), tr("Phone")}, 50);
    if (!phone) {
        return fail(phone.error());
    }
    out.phone = *phone;
    if (input.role != MentorRole::Owner && input.role != MentorRole::Mentor && input.role != MentorRole::FrontDesk) {
        return fail(Error::invalid(QStringLiteral("role"), tr("The role must be owner, mentor or front desk.")));
    }
    out.role = input.role;
    auto years =
        Validation::inRange(input.yearsTeaching, 0, 80, {QStringLiteral("years_teaching"), tr("Years of teaching")});
    if (!years) {
        return fail(years.error());
    }
    out.yearsTeaching = static_cast<int>(*years);
    if (input.defaultRateMinor < 0) {
        return fail(
            Error::invalid(QStringLiteral("default_rate"), tr("The default hourly rate must not be negative.")));
    }
    out.defaultRateMinor = input.defaultRateMinor;
    auto bio = Validation::optionalText(input.bio, {QStringLiteral("bio"), tr("Biography")}, 5000);
    if (!bio) {
        return fail(bio.error());
    }
    out.bio = *bio;
    const QString color = input.color.trimmed().toLower();
    static const QRegularExpression colorRe(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!color.isEmpty() && !colorRe.match(color).hasMatch()) {
        return fail(
            Error::invalid(QStringLiteral("color"),
                           tr("“%1” is not a colour; write it as #rrggbb, for example #3a7bd5.").arg(input.color)));
    }
    out.color = color;
    return out;
}

namespace {
void apply(Mentor& m, const MentorInput& in)
{
    m.name = in.name;
    m.email = in.email;
    m.phone = in.phone;
    m.role = in.role;
    m.yearsTeaching = in.yearsTeaching;
    m.defaultRateMinor = in.defaultRateMinor;
    m.bio = in.bio;
    m.color = in.color;
}
} // namespace

Result<Mentor> MentorService::create(const MentorInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    Mentor m;
    m.meta.id = newId();
    m.meta.createdAt = m.meta.updatedAt = m_clock.nowUtc();
    m.meta.updatedBy = m_db.deviceId();
    m.meta.version = 1;
    apply(m, *valid);
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = MentorRepository(m_db).insert(m); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return m;
}

Result<Mentor> MentorService::get(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    auto found = MentorRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no mentor with id %1.").arg(id)));
    }
    return **found;
}

Result<Mentor> MentorService::edit(const Id& id, const MentorInput& input, qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Mentor m = *current;
    if (expectedVersion > 0) {
        m.meta.version = expectedVersion;
    }
    apply(m, *valid);
    m.meta.updatedAt = m_clock.nowUtc();
    m.meta.updatedBy = m_db.deviceId();
    if (auto ok = MentorRepository(m_db).update(m); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++m.meta.version;
    return m;
}

Result<Mentor> MentorService::setArchived(const Id& id, bool archived)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Mentor m = *current;
    if (m.isArchived() == archived) {
        return fail(Error::refused(archived ? tr("The mentor “%1” is already archived.").arg(m.name)
                                            : tr("The mentor “%1” is not archived.").arg(m.name)));
    }
    m.meta.updatedAt = m_clock.nowUtc();
    m.meta.updatedBy = m_db.deviceId();
    m.archivedAt = archived ? m.meta.updatedAt : QDateTime();
    if (auto ok = MentorRepository(m_db).update(m); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++m.meta.version;
    return m;
}

Result<Mentor> MentorService::archive(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, true);
}

Result<Mentor> MentorService::restore(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, false);
}

Result<Page<Mentor>> MentorService::list(const MentorFilter& filter, PageRequest page)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    return MentorRepository(m_db).list(filter, page);
}

Result<Expertise> MentorService::setExpertise(const Id& mentorId, const Id& topicId, int level)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    auto validLevel = Validation::inRange(level, 1, 5, {QStringLiteral("level"), tr("Level")});
    if (!validLevel) {
        return fail(validLevel.error());
    }
    auto topic = Validation::requiredId(topicId, {QStringLiteral("topic_id"), tr("Topic")});
    if (!topic) {
        return fail(topic.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto mentor = get(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    if (auto ok = requireRow(m_db, QStringLiteral("topics"), *topic, QStringLiteral("topic_id"), tr("topic")); !ok) {
        return fail(ok.error());
    }
    MentorExpertiseRepository repo(m_db);
    auto existing = repo.find(mentor->meta.id, *topic);
    if (!existing) {
        return fail(existing.error());
    }
    const QDateTime now = m_clock.nowUtc();
    Expertise e;
    if (existing->has_value()) {
        e = **existing;
        e.level = level;
        e.meta.updatedAt = now;
        e.meta.updatedBy = m_db.deviceId();
        if (auto ok = repo.updateLevel(e); !ok) {
            return fail(ok.error());
        }
        ++e.meta.version;
    } else {
        e.meta.id = newId();
        e.meta.createdAt = e.meta.updatedAt = now;
        e.meta.updatedBy = m_db.deviceId();
        e.meta.version = 1;
        e.mentorId = mentor->meta.id;
        e.topicId = *topic;
        e.level = level;
        if (auto ok = repo.insert(e); !ok) {
            return fail(ok.error());
        }
        auto stored = repo.find(e.mentorId, e.topicId);
        if (!stored) {
            return fail(stored.error());
        }
        e.topicName = stored->has_value() ? (*stored)->topicName : QString();
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return e;
}

Result<void> MentorService::removeExpertise(const Id& mentorId, const Id& topicId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto mentor = get(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    MentorExpertiseRepository repo(m_db);
    auto existing = repo.find(mentor->meta.id, topicId.trimmed().toLower());
    if (!existing) {
        return fail(existing.error());
    }
    if (!existing->has_value()) {
        return fail(Error::notFound(
            tr("The mentor “%1” has no expertise recorded for the topic %2.").arg(mentor->name, topicId)));
    }
    if (auto ok = repo.remove((*existing)->meta.id, m_clock.nowUtc()); !ok) {
        return ok;
    }
    return tx->commit();
}

Result<QList<Expertise>> MentorService::expertise(const Id& mentorId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    auto mentor = get(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    return MentorExpertiseRepository(m_db).listForMentor(mentor->meta.id);
}

Result<QList<AvailabilitySlot>> MentorService::setAvailability(const Id& mentorId,
                                                               const QList<AvailabilitySlot>& weekSlots)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageMentors); !allowed) {
        return fail(allowed.error());
    }
    auto valid = WeeklyAvailability::validate(weekSlots);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto mentor = get(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    MentorAvailabilityRepository repo(m_db);
    auto current = repo.listForMentor(mentor->meta.id);
    if (!current) {
        return fail(current.error());
    }
    // Why: unchanged slots keep their rows so a later sync does not see churn for them.
    QList<AvailabilitySlot> toAdd = *valid;
    const QDateTime now = m_clock.nowUtc();
    for (const MentorAvailabilityRepository::Row& row : std::as_const(*current)) {
        if (toAdd.removeOne(row.slot)) {
            continue;
        }
        if (auto ok = repo.remove(row.id, now); !ok) {
            return fail(ok.error());
        }
    }
    for (const AvailabilitySlot& slot : std::as_const(toAdd)) {
        if (auto ok = repo.insert(mentor->meta.id, slot, now); !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return *valid;
}

Result<QList<AvailabilitySlot>> MentorService::availability(const Id& mentorId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    auto mentor = get(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    auto rows = MentorAvailabilityRepository(m_db).listForMentor(mentor->meta.id);
    if (!rows) {
        return fail(rows.error());
    }
    QList<AvailabilitySlot> out;
    for (const MentorAvailabilityRepository::Row& row : std::as_const(*rows)) {
        out.append(row.slot);
    }
    return out;
}

Result<int> MentorService::weeklyAvailableMinutes(const Id& mentorId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    auto weekSlots = availability(mentorId);
    if (!weekSlots) {
        return fail(weekSlots.error());
    }
    return WeeklyAvailability::totalMinutes(*weekSlots);
}

} // namespace mentordesk
