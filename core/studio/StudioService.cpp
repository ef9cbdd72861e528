// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/StudioService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "money/Currency.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioRepository.h"

#include <QLocale>
#include <QTimeZone>

namespace mentordesk {

StudioService::StudioService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<StudioSettings> StudioService::validate(const StudioSettings& input)
{
    StudioSettings out = input;
    auto name = Validation::requiredText(input.name, {QStringLiteral("name"), tr("Studio name")});
    if (!name) {
        return fail(name.error());
    }
    out.name = *name;
    auto email = Validation::optionalEmail(input.email, {QStringLiteral("email"), tr("E-mail")});
    if (!email) {
        return fail(email.error());
    }
    out.email = *email;
    auto currency = Currency::fromCode(input.currency);
    if (!currency) {
        return fail(currency.error());
    }
    out.currency = currency->code();
    const QString zone = input.timeZone.trimmed().isEmpty() ? QStringLiteral("UTC") : input.timeZone.trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        return fail(Error::invalid(QStringLiteral("time_zone"),
                                   tr("“%1” is not a known time zone (use an IANA name such as Europe/Berlin or "
                                      "Asia/Shanghai).")
                                       .arg(input.timeZone)));
    }
    out.timeZone = zone;
    const QLocale locale(input.locale.trimmed());
    if (input.locale.trimmed().isEmpty() || locale.language() == QLocale::C) {
        return fail(
            Error::invalid(QStringLiteral("locale"),
                           tr("“%1” is not a locale (use a name such as en_US, de_DE or zh_CN).").arg(input.locale)));
    }
    out.locale = locale.name();
    if (input.language != QStringLiteral("en") && input.language != QStringLiteral("zh_CN")) {
        return fail(Error::invalid(
            QStringLiteral("language"),
            tr("The language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.").arg(input.language)));
    }
    auto terms = Validation::inRange(input.paymentTermsDays, 0, 365,
                                     {QStringLiteral("payment_terms_days"), tr("Payment terms (days)")});
    if (!terms) {
        return fail(terms.error());
    }
    auto week =
        Validation::inRange(input.weekStartsOn, 1, 7, {QStringLiteral("week_starts_on"), tr("First day of the week")});
    if (!week) {
        return fail(week.error());
    }
    return out;
}

Result<StudioSettings> StudioService::initialize(const StudioSettings& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
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
    StudioRepository repo(m_db);
    auto existing = repo.load();
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(Error::conflict(tr("This database already holds the studio “%1”.").arg((*existing)->name)));
    }
    StudioSettings st = *valid;
    st.meta.id = newId();
    st.meta.createdAt = st.meta.updatedAt = m_clock.nowUtc();
    st.meta.updatedBy = m_db.deviceId();
    st.meta.version = 1;
    if (auto ok = repo.insert(st); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return st;
}

Result<StudioSettings> StudioService::settings()
{
    auto existing = StudioRepository(m_db).load();
    if (!existing) {
        return fail(existing.error());
    }
    if (!existing->has_value()) {
        return fail(Error::notFound(tr("This database has no studio yet; create one first (mentordesk-cli init).")));
    }
    return **existing;
}

Result<StudioSettings> StudioService::update(const StudioSettings& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
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
    auto current = settings();
    if (!current) {
        return fail(current.error());
    }
    if (valid->currency != current->currency) {
        auto locked = currencyLocked();
        if (!locked) {
            return fail(locked.error());
        }
        if (*locked) {
            return fail(Error{ErrorCode::Refused, QStringLiteral("currency"),
                              tr("The currency stays %1: the studio already has records whose amounts are in %1.")
                                  .arg(current->currency)});
        }
    }
    StudioSettings st = *valid;
    st.meta = current->meta;
    if (input.meta.version > 0) {
        st.meta.version = input.meta.version;
    }
    st.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = StudioRepository(m_db).update(st); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++st.meta.version;
    return st;
}

Result<bool> StudioService::currencyLocked()
{
    return StudioRepository(m_db).hasRecords();
}

} // namespace mentordesk
