// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseFormSaver.h"

#include "courses/CourseService.h"
#include "courses/CourseValidator.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

QString modulePrefix(qsizetype row)
{
    return QStringLiteral("modules[%1].").arg(row);
}

/// Module calls name bare fields ("minutes"); the form needs the row ("modules[2].minutes").
Error forRow(Error error, qsizetype row)
{
    if (!error.field.isEmpty() && !error.field.startsWith(QStringLiteral("modules["))) {
        error.field = modulePrefix(row) + error.field;
    }
    return error;
}

bool sameModule(const CourseModule& m, const CourseModuleInput& in)
{
    return m.title == in.title && m.minutes == in.minutes && m.priceMinor == in.priceMinor;
}

} // namespace

CourseFormSaver::CourseFormSaver(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Course> CourseFormSaver::create(const CourseForm& form)
{
    return CourseService(m_db, m_clock).create(form.course, form.topics, form.modules);
}

Result<Course> CourseFormSaver::update(const Course& current, const CourseForm& form)
{
    auto valid = CourseValidator::course(form.course);
    if (!valid) {
        return fail(valid.error());
    }
    QList<CourseModuleInput> modules;
    for (qsizetype i = 0; i < form.modules.size(); ++i) {
        auto module = CourseValidator::module(form.modules[i], modulePrefix(i));
        if (!module) {
            return fail(module.error());
        }
        modules.append(*module);
    }
    // Why: "0 = sum of the modules" must mean the modules of the form, not the ones stored before.
    auto minutes = CourseValidator::contentMinutes(valid->contentMinutes, modules);
    if (!minutes) {
        return fail(minutes.error());
    }
    CourseInput input = *valid;
    input.contentMinutes = *minutes;
    CourseForm cleaned = form;
    cleaned.modules = modules;

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    CourseService service(m_db, m_clock);
    if (auto edited = service.edit(current.meta.id, input, current.meta.version); !edited) {
        return fail(edited.error());
    }
    if (auto topics = service.setTopics(current.meta.id, cleaned.topics); !topics) {
        return fail(topics.error());
    }
    if (auto ok = saveModules(current, cleaned); !ok) {
        return fail(ok.error());
    }
    auto saved = service.get(current.meta.id);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

Result<void> CourseFormSaver::saveModules(const Course& current, const CourseForm& form)
{
    CourseService service(m_db, m_clock);
    for (const CourseModule& m : current.modules) {
        if (!form.moduleIds.contains(m.meta.id)) {
            if (auto removed = service.removeModule(m.meta.id); !removed) {
                return fail(removed.error());
            }
        }
    }
    QList<Id> order;
    for (qsizetype i = 0; i < form.modules.size(); ++i) {
        const Id id = i < form.moduleIds.size() ? form.moduleIds[i] : Id();
        const auto existing = std::find_if(current.modules.begin(), current.modules.end(),
                                           [&id](const CourseModule& m) { return !id.isEmpty() && m.meta.id == id; });
        if (existing == current.modules.end()) {
            auto added = service.addModule(current.meta.id, form.modules[i]);
            if (!added) {
                return fail(forRow(added.error(), i));
            }
            order.append(added->meta.id);
            continue;
        }
        if (!sameModule(*existing, form.modules[i])) {
            if (auto edited = service.editModule(id, form.modules[i], existing->meta.version); !edited) {
                return fail(forRow(edited.error(), i));
            }
        }
        order.append(id);
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (auto moved = service.moveModule(order[i], static_cast<int>(i) + 1); !moved) {
            return fail(forRow(moved.error(), i));
        }
    }
    return {};
}

} // namespace mentordesk
