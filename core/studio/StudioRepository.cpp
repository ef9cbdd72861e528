// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/StudioRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {
const QString kColumns = QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, name, address, "
                                        "tax_id, email, phone, currency, locale, time_zone, language, "
                                        "payment_terms_days, week_starts_on");
} // namespace

StudioRepository::StudioRepository(Database& db)
    : m_db(db)
{}

Result<std::optional<StudioSettings>> StudioRepository::load()
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM studio WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<StudioSettings>();
    }
    StudioSettings st;
    readMeta(*s, st.meta);
    st.name = s->text(6);
    st.address = s->text(7);
    st.taxId = s->text(8);
    st.email = s->text(9);
    st.phone = s->text(10);
    st.currency = s->text(11);
    st.locale = s->text(12);
    st.timeZone = s->text(13);
    st.language = s->text(14);
    st.paymentTermsDays = static_cast<int>(s->integer(15));
    st.weekStartsOn = static_cast<int>(s->integer(16));
    return std::optional<StudioSettings>(st);
}

Result<void> StudioRepository::insert(const StudioSettings& st)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO studio (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, st.meta, m_db.deviceId());
    s->bind(st.name).bind(st.address).bind(st.taxId).bind(st.email).bind(st.phone).bind(st.currency).bind(st.locale);
    s->bind(st.timeZone).bind(st.language).bind(st.paymentTermsDays).bind(st.weekStartsOn);
    return s->exec();
}

Result<void> StudioRepository::update(const StudioSettings& st)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE studio SET updated_at = ?, updated_by = ?, version = version + 1, name = ?, address = ?, tax_id = ?, "
        "email = ?, phone = ?, currency = ?, locale = ?, time_zone = ?, language = ?, payment_terms_days = ?, "
        "week_starts_on = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(st.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(st.name).bind(st.address).bind(st.taxId).bind(st.email).bind(st.phone).bind(st.currency).bind(st.locale);
    s->bind(st.timeZone).bind(st.language).bind(st.paymentTermsDays).bind(st.weekStartsOn);
    s->bind(st.meta.id).bind(st.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("studio"), st.meta.id);
}

Result<bool> StudioRepository::hasRecords()
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM mentors WHERE deleted_at IS NULL) OR EXISTS (SELECT 1 FROM payers WHERE "
        "deleted_at IS NULL) OR EXISTS (SELECT 1 FROM learners WHERE deleted_at IS NULL) OR EXISTS (SELECT 1 FROM "
        "courses WHERE deleted_at IS NULL) OR EXISTS (SELECT 1 FROM lessons WHERE deleted_at IS NULL)"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() && s->integer(0) != 0;
}

} // namespace mentordesk
