// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataService.h"

#include "common/Clock.h"
#include "privacy/PersonalDataHtml.h"
#include "privacy/PersonalDataRegistry.h"
#include "privacy/PersonalDataRepository.h"
#include "privacy/PersonalDataScrubber.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace mentordesk {

namespace {

QString andWhere(const QString& where, const QString& onlyWhere)
{
    const QString base = QStringLiteral("(") + where + QStringLiteral(")");
    return onlyWhere.isEmpty() ? base : base + QStringLiteral(" AND (") + onlyWhere + QStringLiteral(")");
}

} // namespace

PersonalDataService::PersonalDataService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

QString PersonalDataService::pseudonymFor(PersonKind kind, const Id& id)
{
    const QString tag = id.left(8);
    return kind == PersonKind::Learner ? tr("Erased learner %1").arg(tag) : tr("Erased payer %1").arg(tag);
}

Result<PersonalDataExport> PersonalDataService::exportPerson(PersonKind kind, const Id& id)
{
    if (auto ok = Access::require(m_actor, Action::ExportPersonalData, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    PersonalDataRepository repo(m_db);
    auto person = repo.person(kind, id);
    if (!person) {
        return fail(person.error());
    }
    if (!person->has_value()) {
        return fail(Error::notFound(kind == PersonKind::Learner ? tr("There is no learner with id %1.").arg(id)
                                                                : tr("There is no payer with id %1.").arg(id)));
    }
    PersonalDataExport out;
    out.kind = kind;
    out.id = id;
    out.name = (*person)->name;
    QJsonObject tables;
    QJsonObject columns;
    QJsonArray order;
    QHash<QString, QString> titles;
    for (const PersonalTable& t : PersonalDataRegistry::entriesFor(kind)) {
        QStringList cols = t.exportColumns;
        if (cols.isEmpty()) {
            auto all = repo.columns(t.table);
            if (!all) {
                return fail(all.error());
            }
            cols = *all;
        }
        auto rows = repo.rows(t.table, t.where, cols, id);
        if (!rows) {
            return fail(rows.error());
        }
        tables.insert(t.table, *rows);
        columns.insert(t.table, QJsonArray::fromStringList(cols));
        order.append(t.table);
        titles.insert(t.table, t.title);
    }
    const QString at = toSqlTime(m_clock.nowUtc());
    out.json = {{QStringLiteral("format"), QStringLiteral("mentordesk.personal-data")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("subject"), QJsonObject{{QStringLiteral("kind"), personKindKey(kind)},
                                                        {QStringLiteral("id"), id},
                                                        {QStringLiteral("name"), out.name}}},
                {QStringLiteral("exported_at"), at},
                {QStringLiteral("table_order"), order},
                {QStringLiteral("columns"), columns},
                {QStringLiteral("tables"), tables}};
    out.html = PersonalDataHtml::render(out, titles);
    // Why: who took a copy of a (often minor) person's data is itself worth recording.
    if (auto ok = AuditLog(m_db, m_clock).record(m_actor, QStringLiteral("person.export"), personKindKey(kind), id);
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QStringList> PersonalDataService::save(const PersonalDataExport& data, const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        return fail(Error::invalid(QStringLiteral("out"), tr("Cannot create the folder %1.").arg(dir)));
    }
    const QString stem = QDir(dir).filePath(data.fileStem());
    const QList<std::pair<QString, QByteArray>> files = {
        {stem + QStringLiteral(".json"), QJsonDocument(data.json).toJson(QJsonDocument::Indented)},
        {stem + QStringLiteral(".html"), data.html.toUtf8()}};
    QStringList written;
    for (const auto& [path, bytes] : files) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            return fail(Error::storage(tr("Cannot write %1: %2").arg(path, f.errorString())));
        }
        written.append(path);
    }
    return written;
}

Result<ErasureReport> PersonalDataService::erase(PersonKind kind, const Id& id, const QString& confirmName)
{
    if (auto ok = Access::require(m_actor, Action::ErasePerson, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    PersonalDataRepository repo(m_db);
    auto person = repo.person(kind, id);
    if (!person) {
        return fail(person.error());
    }
    if (!person->has_value()) {
        return fail(Error::notFound(kind == PersonKind::Learner ? tr("There is no learner with id %1.").arg(id)
                                                                : tr("There is no payer with id %1.").arg(id)));
    }
    const PersonFacts facts = **person;
    if (confirmName.trimmed().compare(facts.name.trimmed(), Qt::CaseInsensitive) != 0) {
        return fail(Error::invalid(QStringLiteral("confirm"),
                                   tr("Type the name “%1” to confirm the erasure.").arg(facts.name)));
    }
    const QDateTime now = m_clock.nowUtc();
    if (kind == PersonKind::Learner) {
        auto upcoming = repo.upcomingLessons(id, now);
        if (!upcoming) {
            return fail(upcoming.error());
        }
        if (*upcoming > 0) {
            return fail(Error::refused(
                tr("%1 still has %n upcoming lesson(s); cancel them before erasing.", nullptr, int(*upcoming))
                    .arg(facts.name)));
        }
    } else {
        auto learners = repo.activeLearnersPaidBy(id);
        if (!learners) {
            return fail(learners.error());
        }
        if (*learners > 0) {
            return fail(Error::refused(tr("%n learner(s) still name %1 as their payer; choose another payer or "
                                          "archive them first.",
                                          nullptr, int(*learners))
                                           .arg(facts.name)));
        }
    }
    ErasureReport report;
    report.kind = kind;
    report.id = id;
    report.pseudonym = pseudonymFor(kind, id);
    const PersonalDataScrubber scrubber(facts, report.pseudonym);
    const std::function<QString(const QString&)> replace = [&scrubber](const QString& text) {
        return scrubber.scrub(text);
    };
    // Why whole: the insert-only accounting tables accept no edited text, only the erasure marker.
    const std::function<QString(const QString&)> markWhole = [&scrubber](const QString& text) {
        return scrubber.scrub(text) == text ? text : PersonalDataRegistry::erasedMarker();
    };
    for (const PersonalTable& t : PersonalDataRegistry::entriesFor(kind)) {
        qint64 changed = 0;
        for (const ErasureStep& step : t.erasure) {
            const QString condition = andWhere(t.where, step.onlyWhere);
            if (!step.assign.isEmpty()) {
                QList<std::pair<QString, QVariant>> values;
                for (const ErasureAssignment& a : step.assign) {
                    values.append({a.column, a.kind == ErasureAssignment::Value::Pseudonym ? QVariant(report.pseudonym)
                                             : a.kind == ErasureAssignment::Value::Now     ? QVariant(toSqlTime(now))
                                                                                           : a.value});
                }
                auto n = repo.assign(t.table, condition, values, id, now);
                if (!n) {
                    return fail(n.error());
                }
                changed += *n;
            }
            if (!step.scrub.isEmpty()) {
                auto n = repo.rewrite(t.table, condition, step.scrub, id, step.replaceWhole ? markWhole : replace, now);
                if (!n) {
                    return fail(n.error());
                }
                changed += *n;
            }
        }
        if (changed > 0) {
            report.rowsChanged += changed;
            report.tables.append(t.table);
        }
        if (!t.keptBecause.isEmpty()) {
            report.retained.append(t.table + QStringLiteral(": ") + t.keptBecause);
        }
    }
    // Why: ids and counts only — the log is append-only and must never hold the erased name.
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(m_actor, QStringLiteral("person.erase"), personKindKey(kind), id,
                              {{QStringLiteral("rows_changed"), report.rowsChanged},
                               {QStringLiteral("tables"), QJsonArray::fromStringList(report.tables)}});
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return report;
}

} // namespace mentordesk
