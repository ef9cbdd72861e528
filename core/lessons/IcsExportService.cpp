// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/IcsExportService.h"

#include "common/Clock.h"
#include "courses/EnrollmentService.h"
#include "lessons/IcsExporter.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"
#include "people/MentorService.h"
#include "security/Guard.h"

namespace mentordesk {

namespace {
constexpr int kBatch = 1000;
} // namespace

IcsExportService::IcsExportService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<IcsExport> IcsExportService::exportMentor(const IcsExportRequest& request)
{
    if (auto allowed = Guard::mentor(m_db, Action::ViewLessons, request.mentorId); !allowed) {
        return fail(allowed.error());
    }
    if (request.mentorId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("mentor"), tr("Choose the mentor whose lessons to export.")));
    }
    if (request.from.isValid() && request.to.isValid() && request.to < request.from) {
        return fail(Error::invalid(QStringLiteral("to"),
                                   tr("The last day (%1) is before the first day (%2).")
                                       .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate))));
    }
    auto mentor = MentorService(m_db, m_clock).get(request.mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    LessonFilter filter;
    filter.mentorId = mentor->meta.id;
    filter.fromUtc = request.from.isValid() ? zone->startOfDayUtc(request.from) : QDateTime();
    filter.toUtc = request.to.isValid() ? zone->startOfDayUtc(request.to.addDays(1)) : QDateTime();
    LessonService lessons(m_db, m_clock);
    QList<Lesson> all;
    for (int offset = 0;; offset += kBatch) {
        auto page = lessons.list(filter, {offset, kBatch});
        if (!page) {
            return fail(page.error());
        }
        all.append(page->items);
        if (page->items.size() < kBatch || all.size() >= page->total) {
            break;
        }
    }
    QHash<Id, QString> titles;
    EnrollmentService enrollments(m_db, m_clock);
    for (const Lesson& l : std::as_const(all)) {
        for (const Attendee& a : l.attendees) {
            if (titles.contains(a.enrollmentId)) {
                continue;
            }
            auto e = enrollments.get(a.enrollmentId);
            if (!e && e.error().code == ErrorCode::Storage) {
                return fail(e.error());
            }
            titles.insert(a.enrollmentId, e ? e->title : QString());
        }
    }
    IcsExporter exporter(m_clock.nowUtc(), mentor->name);
    exporter.setEnrollmentTitles(std::move(titles));
    return IcsExport{exporter.write(all), static_cast<int>(all.size()), mentor->name};
}

} // namespace mentordesk
