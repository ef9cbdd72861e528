// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/EntityNames.h"

namespace mentordesk {

QString EntityNames::label(const QString& entity)
{
    if (entity == u"payers") {
        return tr("Payers (families)");
    }
    if (entity == u"learners") {
        return tr("Learners");
    }
    if (entity == u"mentors") {
        return tr("Mentors");
    }
    if (entity == u"courses") {
        return tr("Courses");
    }
    if (entity == u"lessons") {
        return tr("Lessons");
    }
    if (entity == u"ratings") {
        return tr("Ratings");
    }
    if (entity == u"enrollments") {
        return tr("Enrollments");
    }
    if (entity == u"topics") {
        return tr("Topics");
    }
    if (entity == u"invoices") {
        return tr("Invoices");
    }
    return entity;
}

} // namespace mentordesk
