// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoFamilies.h"

#include "demo/DemoCatalog.h"
#include "people/LearnerGoalRepository.h"
#include "people/LearnerRepository.h"
#include "people/PayerRepository.h"

namespace mentordesk {

namespace {
const QStringList kAreas = {QStringLiteral("programming"), QStringLiteral("maths"), QStringLiteral("music"),
                            QStringLiteral("languages")};
}

DemoFamilies::DemoFamilies(DemoContext& ctx)
    : m_ctx(ctx)
{}

QString DemoFamilies::givenName(bool chinese)
{
    return chinese ? m_ctx.random.pick(DemoCatalog::chineseGivenNames())
                   : m_ctx.random.pick(DemoCatalog::englishGivenNames());
}

DemoFamilies::LearnerSeed DemoFamilies::next()
{
    DemoRandom& r = m_ctx.random;
    const bool adult = r.chance(28);
    LearnerSeed seed;
    seed.id = newId();
    if (adult || m_family.childrenLeft <= 0) {
        m_family = Family{};
        m_family.payerId = newId();
        m_family.chinese = r.chance(45);
        m_family.familyName =
            m_family.chinese ? r.pick(DemoCatalog::chineseFamilyNames()) : r.pick(DemoCatalog::englishFamilyNames());
        m_family.childrenLeft = adult ? 1 : r.between(1, 3);
    }
    --m_family.childrenLeft;
    const QString given = givenName(m_family.chinese);
    seed.name = m_family.chinese ? QString(m_family.familyName + given) : QString(given + u' ' + m_family.familyName);
    if (m_count == 7) {
        // Why: one deliberately long name so layouts are exercised by the demo.
        seed.name = QStringLiteral("Maximilian Alexander von Hohenberg-Castellanos");
    }
    seed.minor = !adult;
    if (adult) {
        m_family.payerName = seed.name;
    } else if (m_family.payerName.isEmpty()) {
        const QString parent = givenName(m_family.chinese);
        m_family.payerName =
            m_family.chinese ? QString(m_family.familyName + parent) : QString(parent + u' ' + m_family.familyName);
    }
    m_family.email = QStringLiteral("family%1@example.com").arg(m_count + 1);
    seed.payerId = m_family.payerId;
    seed.level = r.between(1, adult ? 4 : 3);
    seed.weeklyMinutes = 60 * r.between(1, 3);
    seed.area = kAreas[r.between(0, 3)];
    seed.ratingBias = r.between(-8, 8);
    seed.reliability = r.chance(10) ? r.between(10, 25) : 0;
    m_pending.insert(seed.id, m_family);
    ++m_count;
    return seed;
}

Result<void> DemoFamilies::write(const LearnerSeed& seed, const Id& mentorId, const QString& status,
                                 const QList<Id>& goalTopics)
{
    const Family family = m_pending.take(seed.id);
    if (!m_writtenPayers.contains(family.payerId)) {
        Payer p;
        p.meta.id = family.payerId;
        p.meta.createdAt = p.meta.updatedAt = m_ctx.stamp;
        p.meta.version = 1;
        p.name = family.payerName;
        p.email = family.email;
        p.phone = QStringLiteral("+65 9%1").arg(1000000 + m_count * 7919 % 8999999, 7, 10, QLatin1Char('0'));
        p.address = QStringLiteral("%1 Orchard Road, Singapore").arg(10 + m_count % 400);
        p.invoiceLanguage = family.chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
        if (auto ok = PayerRepository(m_ctx.db).insert(p); !ok) {
            return ok;
        }
        m_writtenPayers.insert(family.payerId);
        ++m_ctx.summary.payers;
    }
    Learner l;
    l.meta.id = seed.id;
    l.meta.createdAt = l.meta.updatedAt = m_ctx.stamp;
    l.meta.version = 1;
    l.mentorId = mentorId;
    l.payerId = family.payerId;
    l.name = seed.name;
    l.email = seed.minor ? QString() : family.email;
    const int year = m_ctx.options.today.year();
    l.birthYear = seed.minor ? year - m_ctx.random.between(7, 17) : year - m_ctx.random.between(19, 60);
    l.level = seed.level;
    l.weeklyMinutes = seed.weeklyMinutes;
    l.status = learnerStatusFromKey(status).value_or(LearnerStatus::Active);
    l.tags = seed.minor ? QStringList{QStringLiteral("school")} : QStringList{QStringLiteral("adult")};
    l.consentContact = true;
    l.consentPhotos = m_ctx.random.chance(40);
    if (auto ok = LearnerRepository(m_ctx.db).insert(l); !ok) {
        return ok;
    }
    LearnerGoalRepository goals(m_ctx.db);
    for (const Id& topic : goalTopics) {
        if (auto ok = goals.insert(l.meta.id, topic, m_ctx.stamp); !ok) {
            return ok;
        }
    }
    ++m_ctx.summary.learners;
    return {};
}

} // namespace mentordesk
