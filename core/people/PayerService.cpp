// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "people/PayerRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace mentordesk {

PayerService::PayerService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<PayerInput> PayerService::validate(const PayerInput& input)
{
    PayerInput out;
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
    auto address = Validation::optionalText(input.address, {QStringLiteral("address"), tr("Address")}, 1000);
    if (!address) {
        return fail(address.error());
    }
    out.address = *address;
    const QString language =
        input.invoiceLanguage.trimmed().isEmpty() ? QStringLiteral("en") : input.invoiceLanguage.trimmed();
    if (language != QStringLiteral("en") && language != QStringLiteral("zh_CN")) {
        return fail(
            Error::invalid(QStringLiteral("invoice_language"),
                           tr("Invoice language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.")
                               .arg(input.invoiceLanguage)));
    }
    out.invoiceLanguage = language;
    auto taxId = Validation::optionalText(input.taxId, {QStringLiteral("tax_id"), tr("Tax id")}, 50);
    if (!taxId) {
        return fail(taxId.error());
    }
    out.taxId = *taxId;
    auto notes = Validation::optionalText(input.notes, {QStringLiteral("notes"), tr("Notes")});
    if (!notes) {
        return fail(notes.error());
    }
    out.notes = *notes;
    return out;
}

namespace {
void apply(Payer& p, const PayerInput& in)
{
    p.name = in.name;
    p.email = in.email;
    p.phone = in.phone;
    p.address = in.address;
    p.invoiceLanguage = in.invoiceLanguage;
    p.taxId = in.taxId;
    p.notes = in.notes;
}
} // namespace

Result<Payer> PayerService::create(const PayerInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::EditPayer); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    Payer p;
    p.meta.id = newId();
    p.meta.createdAt = p.meta.updatedAt = m_clock.nowUtc();
    p.meta.updatedBy = m_db.deviceId();
    p.meta.version = 1;
    apply(p, *valid);
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = PayerRepository(m_db).insert(p); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return p;
}

Result<Payer> PayerService::get(const Id& id)
{
    if (auto allowed = Guard::payer(m_db, Action::ViewPayer, id); !allowed) {
        return fail(allowed.error());
    }
    auto found = PayerRepository(m_db).find(id);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no payer with id %1.").arg(id)));
    }
    return **found;
}

Result<Payer> PayerService::edit(const Id& id, const PayerInput& input, qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::EditPayer); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Payer p = *current;
    if (expectedVersion > 0) {
        p.meta.version = expectedVersion;
    }
    apply(p, *valid);
    p.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = PayerRepository(m_db).update(p); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++p.meta.version;
    return p;
}

Result<Payer> PayerService::setArchived(const Id& id, bool archived)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Payer p = *current;
    if (p.isArchived() == archived) {
        return fail(Error::refused(archived ? tr("The payer “%1” is already archived.").arg(p.name)
                                            : tr("The payer “%1” is not archived.").arg(p.name)));
    }
    p.meta.updatedAt = m_clock.nowUtc();
    p.archivedAt = archived ? p.meta.updatedAt : QDateTime();
    if (auto ok = PayerRepository(m_db).update(p); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++p.meta.version;
    return p;
}

Result<Payer> PayerService::archive(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::EditPayer); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, true);
}

Result<Payer> PayerService::restore(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::EditPayer); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, false);
}

Result<Page<Payer>> PayerService::list(const PayerFilter& filter, PageRequest page)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPayer); !allowed) {
        return fail(allowed.error());
    }
    return PayerRepository(m_db).list(filter, page);
}

Result<QHash<Id, QString>> PayerService::namesFor(const QList<Id>& ids)
{
    auto scope = Guard::listScope(m_db, Action::ViewPayer);
    if (!scope) {
        return fail(scope.error());
    }
    QList<Id> unique;
    QSet<Id> seen;
    unique.reserve(ids.size());
    for (const Id& id : ids) {
        const Id normalized = id.trimmed().toLower();
        if (!normalized.isEmpty() && !seen.contains(normalized)) {
            seen.insert(normalized);
            unique.append(normalized);
        }
    }
    return PayerRepository(m_db).namesFor(unique, *scope);
}

} // namespace mentordesk
