// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImporterRegistry.h"

#include "importexport/PayerImporter.h"

#include <functional>

namespace mentordesk {

namespace {

using Factory = std::function<std::unique_ptr<EntityImporter>(Database&, const Clock&)>;

struct Entry
{
    QString entity;
    Factory factory; ///< empty while the importer is not written yet
};

const QList<Entry>& entries()
{
    // To add an importer: write the EntityImporter subclass and put its factory here.
    static const QList<Entry> list = {
        {QStringLiteral("payers"),
         [](Database& db, const Clock& clock) { return std::make_unique<PayerImporter>(db, clock); }},
        {QStringLiteral("learners"), {}},
        {QStringLiteral("mentors"), {}},
        {QStringLiteral("courses"), {}},
        {QStringLiteral("lessons"), {}},
        {QStringLiteral("ratings"), {}},
    };
    return list;
}

} // namespace

QStringList ImporterRegistry::availableEntities()
{
    QStringList out;
    for (const Entry& e : entries()) {
        if (e.factory) {
            out.append(e.entity);
        }
    }
    return out;
}

QStringList ImporterRegistry::plannedEntities()
{
    QStringList out;
    for (const Entry& e : entries()) {
        if (!e.factory) {
            out.append(e.entity);
        }
    }
    return out;
}

Result<std::unique_ptr<EntityImporter>> ImporterRegistry::create(const QString& entity, Database& db,
                                                                 const Clock& clock)
{
    const QString name = entity.trimmed().toLower();
    for (const Entry& e : entries()) {
        if (e.entity != name) {
            continue;
        }
        if (!e.factory) {
            return fail(Error::refused(tr("Importing %1 is not available yet; only %2 can be imported so far.")
                                           .arg(name, availableEntities().join(QStringLiteral(", ")))));
        }
        return e.factory(db, clock);
    }
    QStringList all;
    for (const Entry& e : entries()) {
        all.append(e.entity);
    }
    return fail(
        Error::invalid(QStringLiteral("entity"),
                       tr("Cannot import “%1”; choose one of: %2.").arg(entity, all.join(QStringLiteral(", ")))));
}

} // namespace mentordesk
