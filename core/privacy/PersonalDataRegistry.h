// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/PersonKind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace mentordesk {

/// One column an erasure overwrites.
struct ErasureAssignment
{
    enum class Value
    {
        Given,     ///< `value` (a null QVariant writes NULL)
        Pseudonym, ///< the person's pseudonym ("Erased learner 3f2a9c1e")
        Now,       ///< the erasure time (ISO UTC text)
    };
    QString column;
    Value kind = Value::Given;
    QVariant value;
};

/// What an erasure does to the rows of one registry entry: overwrite `assign` columns, and in the
/// free-text `scrub` columns replace every occurrence of the person's name, name parts, e-mail and phone
/// with the pseudonym. `onlyWhere` (SQL, may use `?` = the person's id) narrows the rows further, e.g.
/// to draft invoices, since issued ones are immutable. With `replaceWhole`, a `scrub` column that mentions
/// the person is replaced as a whole by PersonalDataRegistry::erasedMarker() instead: the insert-only
/// accounting tables (payments, payer credit) allow that one change and no other (schema migration 5).
struct ErasureStep
{
    QList<ErasureAssignment> assign;
    QStringList scrub;
    QString onlyWhere;
    bool replaceWhole = false;
};

/// A table that holds data about a learner or payer, how its rows are found, exported and erased.
struct PersonalTable
{
    PersonKind subject = PersonKind::Learner;
    QString table;
    QString title; ///< translated heading in the HTML summary
    /// SQL condition selecting the person's rows; every `?` is bound to the person's id. Tombstoned rows
    /// are included on purpose: they still hold the data.
    QString where;
    QStringList exportColumns; ///< empty = every column
    QList<ErasureStep> erasure;
    /// Why rows (or the rest of the rows) stay as they are: no personal text, or retained by law
    /// (issued invoices, payments). An entry needs erasure steps or a reason, or both.
    QString keptBecause;
};

/// The one list export and erasure both walk. PersonalDataCoverageTest compares it with the schema:
/// a table that references a learner or payer (by foreign key or a learner_id / payer_id column,
/// directly or through a chain) and is missing here fails the tests.
class PersonalDataRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataRegistry)

public:
    /// Built on each call, so titles and reasons follow the current language.
    [[nodiscard]] static QList<PersonalTable> entries();
    [[nodiscard]] static QList<PersonalTable> entriesFor(PersonKind kind);
    /// "[erased]": what an erased payment reference or credit note reads (the database triggers of
    /// schema migration 5 accept exactly this text).
    [[nodiscard]] static QString erasedMarker();
};

} // namespace mentordesk
