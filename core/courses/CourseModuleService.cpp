// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseModuleService.h"

#include "common/Clock.h"
#include "courses/CourseModuleRepository.h"
#include "courses/CourseRepository.h"
#include "courses/CourseValidator.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace mentordesk {

namespace {
const QString kPosition = QStringLiteral("position");
} // namespace

CourseModuleService::CourseModuleService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<CourseModule> CourseModuleService::get(const Id& moduleId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto found = CourseModuleRepository(m_db).find(moduleId.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no course module with id %1.").arg(moduleId)));
    }
    return **found;
}

Result<QList<CourseModule>> CourseModuleService::modulesOf(const Id& courseId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto course = CourseRepository(m_db).find(courseId.trimmed().toLower());
    if (!course) {
        return fail(course.error());
    }
    if (!course->has_value()) {
        return fail(Error::notFound(tr("There is no course with id %1.").arg(courseId)));
    }
    return CourseModuleRepository(m_db).listFor((*course)->meta.id);
}

Result<void> CourseModuleService::renumber(QList<CourseModule>& ordered, const Id& skip)
{
    CourseModuleRepository repo(m_db);
    const QDateTime now = m_clock.nowUtc();
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        CourseModule& m = ordered[i];
        const int position = static_cast<int>(i + 1);
        if (m.meta.id != skip && m.position != position) {
            if (auto ok = repo.setPosition(m.meta.id, position, now); !ok) {
                return ok;
            }
            m.position = position;
            m.meta.updatedAt = now;
            ++m.meta.version;
        }
    }
    return {};
}

Result<CourseModule> CourseModuleService::add(const Id& courseId, const CourseModuleInput& input, int position)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = CourseValidator::module(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto ordered = modulesOf(courseId);
    if (!ordered) {
        return fail(ordered.error());
    }
    const int count = static_cast<int>(ordered->size());
    if (position < 0 || position > count + 1) {
        return fail(Error::invalid(kPosition,
                                   tr("The position must be between 1 and %1 (got %2).").arg(count + 1).arg(position)));
    }
    CourseModule m;
    m.meta.id = newId();
    m.meta.createdAt = m.meta.updatedAt = m_clock.nowUtc();
    m.meta.updatedBy = m_db.deviceId();
    m.meta.version = 1;
    m.courseId = courseId.trimmed().toLower();
    m.position = position == 0 ? count + 1 : position;
    m.title = valid->title;
    m.minutes = valid->minutes;
    m.priceMinor = valid->priceMinor;
    ordered->insert(m.position - 1, m);
    if (auto ok = renumber(*ordered, m.meta.id); !ok) {
        return fail(ok.error());
    }
    if (auto ok = CourseModuleRepository(m_db).insert(m); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return m;
}

Result<CourseModule> CourseModuleService::edit(const Id& moduleId, const CourseModuleInput& input,
                                               qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = CourseValidator::module(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(moduleId);
    if (!current) {
        return fail(current.error());
    }
    CourseModule m = *current;
    if (expectedVersion > 0) {
        m.meta.version = expectedVersion;
    }
    m.title = valid->title;
    m.minutes = valid->minutes;
    m.priceMinor = valid->priceMinor;
    m.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = CourseModuleRepository(m_db).update(m); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++m.meta.version;
    return m;
}

Result<QList<CourseModule>> CourseModuleService::remove(const Id& moduleId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto m = get(moduleId);
    if (!m) {
        return fail(m.error());
    }
    if (auto ok = CourseModuleRepository(m_db).remove(m->meta.id, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    auto ordered = modulesOf(m->courseId);
    if (!ordered) {
        return fail(ordered.error());
    }
    if (auto ok = renumber(*ordered); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return ordered;
}

Result<QList<CourseModule>> CourseModuleService::move(const Id& moduleId, int newPosition)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto m = get(moduleId);
    if (!m) {
        return fail(m.error());
    }
    auto ordered = modulesOf(m->courseId);
    if (!ordered) {
        return fail(ordered.error());
    }
    if (newPosition < 1 || newPosition > ordered->size()) {
        return fail(Error::invalid(
            kPosition, tr("The position must be between 1 and %1 (got %2).").arg(ordered->size()).arg(newPosition)));
    }
    const auto from = std::find_if(ordered->cbegin(), ordered->cend(),
                                   [&](const CourseModule& x) { return x.meta.id == m->meta.id; });
    ordered->move(from - ordered->cbegin(), newPosition - 1);
    if (auto ok = renumber(*ordered); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return ordered;
}

} // namespace mentordesk
