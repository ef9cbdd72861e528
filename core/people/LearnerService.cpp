// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "people/LearnerGoalRepository.h"
#include "people/LearnerRepository.h"
#include "people/MentorRepository.h"
#include "people/PayerRepository.h"
#include "people/TagList.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

/// Empty stays empty; otherwise a well-formed, lower-case id.
Result<Id> optionalId(const Id& value, const Field& field)
{
    if (value.trimmed().isEmpty()) {
        return Id();
    }
    return Validation::requiredId(value, field);
}

void apply(Learner& l, const LearnerInput& in)
{
    l.mentorId = in.mentorId;
    l.payerId = in.payerId;
    l.name = in.name;
    l.email = in.email;
    l.phone = in.phone;
    l.birthYear = in.birthYear;
    l.level = in.level;
    l.weeklyMinutes = in.weeklyMinutes;
    l.notes = in.notes;
    l.tags = in.tags;
    l.consentContact = in.consentContact;
    l.consentPhotos = in.consentPhotos;
}

} // namespace

LearnerService::LearnerService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void LearnerService::hideNotes(Learner& learner) const
{
    if (!Guard::reaches(m_db, Action::ViewPrivateNotes)) {
        learner.notes.clear();
    }
}

int LearnerService::currentYear() const
{
    return m_clock.nowUtc().date().year();
}

Result<LearnerInput> LearnerService::validate(const LearnerInput& input, int currentYear)
{
    LearnerInput out = input;
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
    auto mentorId = optionalId(input.mentorId, {QStringLiteral("mentor_id"), tr("Mentor")});
    if (!mentorId) {
        return fail(mentorId.error());
    }
    out.mentorId = *mentorId;
    auto payerId = optionalId(input.payerId, {QStringLiteral("payer_id"), tr("Payer")});
    if (!payerId) {
        return fail(payerId.error());
    }
    out.payerId = *payerId;
    if (input.birthYear) {
        auto year =
            Validation::inRange(*input.birthYear, 1900, currentYear, {QStringLiteral("birth_year"), tr("Birth year")});
        if (!year) {
            return fail(year.error());
        }
    }
    auto level = Validation::inRange(input.level, 1, 5, {QStringLiteral("level"), tr("Level")});
    if (!level) {
        return fail(level.error());
    }
    auto minutes = Validation::inRange(input.weeklyMinutes, 0, 10080,
                                       {QStringLiteral("weekly_minutes"), tr("Weekly available minutes")});
    if (!minutes) {
        return fail(minutes.error());
    }
    auto notes = Validation::optionalText(input.notes, {QStringLiteral("notes"), tr("Notes")});
    if (!notes) {
        return fail(notes.error());
    }
    out.notes = *notes;
    auto tags = TagList::normalize(input.tags, QStringLiteral("tags"));
    if (!tags) {
        return fail(tags.error());
    }
    out.tags = *tags;
    return out;
}

Result<void> LearnerService::checkReferences(const LearnerInput& input, const Learner* current)
{
    // Why: an unchanged reference stays valid even if that mentor or payer was archived after the
    // learner was assigned, so unrelated edits keep working.
    if (!input.mentorId.isEmpty() && (!current || current->mentorId != input.mentorId)) {
        auto mentor = MentorRepository(m_db).find(input.mentorId);
        if (!mentor) {
            return fail(mentor.error());
        }
        if (!mentor->has_value()) {
            return fail(
                Error::invalid(QStringLiteral("mentor_id"), tr("There is no mentor with id %1.").arg(input.mentorId)));
        }
        if ((*mentor)->isArchived()) {
            return fail(
                Error::invalid(QStringLiteral("mentor_id"),
                               tr("The mentor “%1” is archived; choose an active mentor.").arg((*mentor)->name)));
        }
    }
    if (!input.payerId.isEmpty() && (!current || current->payerId != input.payerId)) {
        auto payer = PayerRepository(m_db).find(input.payerId);
        if (!payer) {
            return fail(payer.error());
        }
        if (!payer->has_value()) {
            return fail(
                Error::invalid(QStringLiteral("payer_id"), tr("There is no payer with id %1.").arg(input.payerId)));
        }
        if ((*payer)->isArchived()) {
            return fail(Error::invalid(QStringLiteral("payer_id"),
                                       tr("The payer “%1” is archived; choose an active payer.").arg((*payer)->name)));
        }
    }
    return {};
}

Result<Learner> LearnerService::create(const LearnerInput& input)
{
    if (auto allowed = Guard::mentor(m_db, Action::EditLearner, input.mentorId); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input, currentYear());
    if (!valid) {
        return fail(valid.error());
    }
    Learner l;
    l.meta.id = newId();
    l.meta.createdAt = l.meta.updatedAt = m_clock.nowUtc();
    l.meta.updatedBy = m_db.deviceId();
    l.meta.version = 1;
    apply(l, *valid);
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = checkReferences(*valid, nullptr); !ok) {
        return fail(ok.error());
    }
    if (auto ok = LearnerRepository(m_db).insert(l); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return l;
}

Result<Learner> LearnerService::get(const Id& id)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, id); !allowed) {
        return fail(allowed.error());
    }
    auto found = load(id);
    if (found) {
        hideNotes(*found);
    }
    return found;
}

Result<Learner> LearnerService::load(const Id& id)
{
    auto found = LearnerRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no learner with id %1.").arg(id)));
    }
    return **found;
}

Result<Learner> LearnerService::edit(const Id& id, const LearnerInput& input, qint64 expectedVersion)
{
    if (auto allowed = Guard::learner(m_db, Action::EditLearner, id); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input, currentYear());
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = load(id);
    if (!current) {
        return fail(current.error());
    }
    if (auto ok = checkReferences(*valid, &*current); !ok) {
        return fail(ok.error());
    }
    if (!valid->mentorId.isEmpty() && valid->mentorId != current->mentorId) {
        // Why: a mentor may not hand a learner to another mentor.
        if (auto allowed = Guard::mentor(m_db, Action::EditLearner, valid->mentorId); !allowed) {
            return fail(allowed.error());
        }
    }
    if (!Guard::reaches(m_db, Action::ViewPrivateNotes)) {
        valid->notes = current->notes; // not shown to this account, so not changed by it either
    }
    Learner l = *current;
    if (expectedVersion > 0) {
        l.meta.version = expectedVersion;
    }
    apply(l, *valid);
    l.meta.updatedAt = m_clock.nowUtc();
    l.meta.updatedBy = m_db.deviceId();
    if (auto ok = LearnerRepository(m_db).update(l); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++l.meta.version;
    return l;
}

Result<Learner> LearnerService::changeStatus(const Id& id, const QList<LearnerStatus>& from, LearnerStatus to)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = load(id);
    if (!current) {
        return fail(current.error());
    }
    Learner l = *current;
    if (!from.contains(l.status)) {
        if (l.status == LearnerStatus::Archived && to != LearnerStatus::Archived) {
            return fail(Error::refused(tr("The learner “%1” is archived; restore them first.").arg(l.name)));
        }
        if (to == LearnerStatus::Archived) {
            return fail(Error::refused(tr("The learner “%1” is already archived.").arg(l.name)));
        }
        if (to == LearnerStatus::Paused) {
            return fail(Error::refused(tr("The learner “%1” is already paused.").arg(l.name)));
        }
        return fail(Error::refused(from.contains(LearnerStatus::Archived)
                                       ? tr("The learner “%1” is not archived.").arg(l.name)
                                       : tr("The learner “%1” is not paused.").arg(l.name)));
    }
    l.status = to;
    l.meta.updatedAt = m_clock.nowUtc();
    l.meta.updatedBy = m_db.deviceId();
    if (auto ok = LearnerRepository(m_db).update(l); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++l.meta.version;
    return l;
}

Result<Learner> LearnerService::archive(const Id& id)
{
    if (auto allowed = Guard::learner(m_db, Action::ArchiveLearner, id); !allowed) {
        return fail(allowed.error());
    }
    return changeStatus(id, {LearnerStatus::Active, LearnerStatus::Paused}, LearnerStatus::Archived);
}

Result<Learner> LearnerService::restore(const Id& id)
{
    if (auto allowed = Guard::learner(m_db, Action::ArchiveLearner, id); !allowed) {
        return fail(allowed.error());
    }
    return changeStatus(id, {LearnerStatus::Archived}, LearnerStatus::Active);
}

Result<Learner> LearnerService::pause(const Id& id)
{
    if (auto allowed = Guard::learner(m_db, Action::EditLearner, id); !allowed) {
        return fail(allowed.error());
    }
    return changeStatus(id, {LearnerStatus::Active}, LearnerStatus::Paused);
}

Result<Learner> LearnerService::resume(const Id& id)
{
    if (auto allowed = Guard::learner(m_db, Action::EditLearner, id); !allowed) {
        return fail(allowed.error());
    }
    return changeStatus(id, {LearnerStatus::Paused}, LearnerStatus::Active);
}

Result<Page<Learner>> LearnerService::list(const LearnerFilter& filter, PageRequest page)
{
    auto scope = Guard::listScope(m_db, Action::ViewLearner);
    if (!scope) {
        return fail(scope.error());
    }
    LearnerFilter normalized = filter;
    normalized.mentorId = filter.mentorId.trimmed().toLower();
    normalized.payerId = filter.payerId.trimmed().toLower();
    normalized.taughtBy = *scope;
    auto listed = LearnerRepository(m_db).list(normalized, page);
    if (listed) {
        for (Learner& l : listed->items) {
            hideNotes(l);
        }
    }
    return listed;
}

Result<QHash<Id, int>> LearnerService::activeCountsByMentor()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    return LearnerRepository(m_db).activeCountsByMentor();
}

Result<QHash<Id, int>> LearnerService::activeCountsByPayer(const QList<Id>& payerIds)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPayer); !allowed) {
        return fail(allowed.error());
    }
    QList<Id> normalized;
    normalized.reserve(payerIds.size());
    for (const Id& id : payerIds) {
        normalized.append(id.trimmed().toLower());
    }
    return LearnerRepository(m_db).activeCountsByPayer(normalized);
}

Result<QList<Learner>> LearnerService::learnersOfPayer(const Id& payerId)
{
    auto scope = Guard::listScope(m_db, Action::ViewLearner);
    if (!scope) {
        return fail(scope.error());
    }
    const Id id = payerId.trimmed().toLower();
    auto payer = PayerRepository(m_db).find(id);
    if (!payer) {
        return fail(payer.error());
    }
    if (!payer->has_value()) {
        return fail(Error::notFound(tr("There is no payer with id %1.").arg(payerId)));
    }
    auto learners = LearnerRepository(m_db).listByPayer(id, *scope);
    if (learners) {
        for (Learner& l : *learners) {
            hideNotes(l);
        }
    }
    return learners;
}

Result<QList<LearnerGoal>> LearnerService::setGoals(const Id& learnerId, const QList<Id>& topicIds)
{
    if (auto allowed = Guard::learner(m_db, Action::EditLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    QList<Id> wanted;
    for (const Id& raw : topicIds) {
        auto id = Validation::requiredId(raw, {QStringLiteral("goals"), tr("Goal topic")});
        if (!id) {
            return fail(id.error());
        }
        if (!wanted.contains(*id)) {
            wanted.append(*id);
        }
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = get(learnerId);
    if (!learner) {
        return fail(learner.error());
    }
    for (const Id& topicId : std::as_const(wanted)) {
        if (auto ok = requireRow(m_db, QStringLiteral("topics"), topicId, QStringLiteral("goals"), tr("topic")); !ok) {
            return fail(ok.error());
        }
    }
    LearnerGoalRepository repo(m_db);
    auto rows = repo.rowsForLearner(learner->meta.id);
    if (!rows) {
        return fail(rows.error());
    }
    // Why: goals kept from the old set keep their rows, so a later sync sees only real changes.
    QList<Id> toAdd = wanted;
    const QDateTime now = m_clock.nowUtc();
    for (const LearnerGoalRepository::Row& row : std::as_const(*rows)) {
        if (toAdd.removeOne(row.topicId)) {
            continue;
        }
        if (auto ok = repo.remove(row.id, now); !ok) {
            return fail(ok.error());
        }
    }
    for (const Id& topicId : std::as_const(toAdd)) {
        if (auto ok = repo.insert(learner->meta.id, topicId, now); !ok) {
            return fail(ok.error());
        }
    }
    auto stored = repo.goalsForLearner(learner->meta.id);
    if (!stored) {
        return fail(stored.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return *stored;
}

Result<QList<LearnerGoal>> LearnerService::goals(const Id& learnerId)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    auto learner = get(learnerId);
    if (!learner) {
        return fail(learner.error());
    }
    return LearnerGoalRepository(m_db).goalsForLearner(learner->meta.id);
}

} // namespace mentordesk
