// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmokeRecords.h"

#include "courses/CourseService.h"
#include "invoices/InvoiceService.h"
#include "lessons/LessonService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"

namespace mentordesk::test {

namespace {

template <typename T>
Id firstId(const Result<Page<T>>& page)
{
    return page && !page->items.isEmpty() ? page->items.constFirst().meta.id : Id();
}

} // namespace

QList<std::pair<QString, Id>> SmokeRecords::firstOfEachKind(Database& db, const Clock& clock)
{
    const PageRequest one{0, 1};
    return {
        {QStringLiteral("learner"), firstId(LearnerService(db, clock).list({}, one))},
        {QStringLiteral("mentor"), firstId(MentorService(db, clock).list({}, one))},
        {QStringLiteral("payer"), firstId(PayerService(db, clock).list({}, one))},
        {QStringLiteral("course"), firstId(CourseService(db, clock).list({}, one))},
        {QStringLiteral("invoice"), firstId(InvoiceService(db, clock).list({}, one))},
        {QStringLiteral("lesson"), firstId(LessonService(db, clock).list({}, one))},
    };
}

} // namespace mentordesk::test
