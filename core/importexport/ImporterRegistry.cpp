// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImporterRegistry.h"

#include "importexport/CourseImporter.h"
#include "importexport/LearnerImporter.h"
#include "importexport/LessonImporter.h"
#include "importexport/MentorImporter.h"
#include "importexport/PayerImporter.h"
#include "importexport/RatingImporter.h"

#include <functional>

namespace mentordesk {

namespace {

using Factory = std::function<std::unique_ptr<EntityImporter>(Database&, const Clock&, const ImporterOptions&)>;

struct Entry
{
    QString entity;
    Factory factory;
};

const QList<Entry>& entries()
{
    // To add an importer: write the EntityImporter subclass and put its factory here.
    static const QList<Entry> list = {
        {QStringLiteral("payers"), [](Database& db, const Clock& clock,
                                      const ImporterOptions&) { return std::make_unique<PayerImporter>(db, clock); }},
        {QStringLiteral("mentors"), [](Database& db, const Clock& clock,
                                       const ImporterOptions&) { return std::make_unique<MentorImporter>(db, clock); }},
        {QStringLiteral("learners"),
         [](Database& db, const Clock& clock, const ImporterOptions&) {
             return std::make_unique<LearnerImporter>(db, clock);
         }},
        {QStringLiteral("courses"), [](Database& db, const Clock& clock,
                                       const ImporterOptions&) { return std::make_unique<CourseImporter>(db, clock); }},
        {QStringLiteral("lessons"),
         [](Database& db, const Clock& clock, const ImporterOptions& options) {
             return std::make_unique<LessonImporter>(db, clock, options);
         }},
        {QStringLiteral("ratings"), [](Database& db, const Clock& clock,
                                       const ImporterOptions&) { return std::make_unique<RatingImporter>(db, clock); }},
    };
    return list;
}

} // namespace

QStringList ImporterRegistry::availableEntities()
{
    QStringList out;
    for (const Entry& e : entries()) {
        out.append(e.entity);
    }
    return out;
}

Result<std::unique_ptr<EntityImporter>> ImporterRegistry::create(const QString& entity, Database& db,
                                                                 const Clock& clock, const ImporterOptions& options)
{
    const QString name = entity.trimmed().toLower();
    for (const Entry& e : entries()) {
        if (e.entity == name) {
            return e.factory(db, clock, options);
        }
    }
    return fail(Error::invalid(
        QStringLiteral("entity"),
        tr("Cannot import “%1”; choose one of: %2.").arg(entity, availableEntities().join(QStringLiteral(", ")))));
}

} // namespace mentordesk
