// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Id.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace mentordesk {

namespace {
thread_local SeededIdGenerator* t_seeded = nullptr;
} // namespace

Id newId()
{
    if (t_seeded) {
        return t_seeded->next();
    }
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    return timeOrderedId(QDateTime::currentMSecsSinceEpoch(), random[0], random[1]);
}

Id timeOrderedId(qint64 unixMs, quint64 randomA, quint64 randomB)
{
    const auto ms = static_cast<quint64>(unixMs) & 0xffffffffffffULL;
    const quint64 hi = (ms << 16U) | 0x7000U | (randomA & 0x0fffU);
    const quint64 lo = (randomB & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    const auto byte = [](quint64 v, int i) { return static_cast<uchar>((v >> (8 * (7 - i))) & 0xffU); };
    const QUuid uuid(static_cast<uint>(hi >> 32U), static_cast<ushort>((hi >> 16U) & 0xffffU),
                     static_cast<ushort>(hi & 0xffffU), byte(lo, 0), byte(lo, 1), byte(lo, 2), byte(lo, 3), byte(lo, 4),
                     byte(lo, 5), byte(lo, 6), byte(lo, 7));
    return uuid.toString(QUuid::WithoutBraces);
}

ScopedIdSeed::ScopedIdSeed(std::uint64_t seed)
    : m_generator(seed)
    , m_previous(t_seeded)
{
    t_seeded = &m_generator;
}

ScopedIdSeed::~ScopedIdSeed()
{
    t_seeded = m_previous;
}

bool isWellFormedId(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

SeededIdGenerator::SeededIdGenerator(std::uint64_t seed)
    : m_state(seed)
{}

namespace {
// Why: splitmix64 is tiny, fast and fully specified, so the demo studio's ids are the same on every machine.
std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}
} // namespace

Id SeededIdGenerator::next()
{
    const std::uint64_t hi = splitmix64(m_state);
    const std::uint64_t lo = splitmix64(m_state);
    const auto byte = [](std::uint64_t v, int i) { return static_cast<uchar>((v >> (8 * (7 - i))) & 0xffU); };
    QUuid uuid(static_cast<uint>(hi >> 32U), static_cast<ushort>((hi >> 16U) & 0xffffU),
               static_cast<ushort>((hi & 0x0fffU) | 0x4000U), static_cast<uchar>((byte(lo, 0) & 0x3fU) | 0x80U),
               byte(lo, 1), byte(lo, 2), byte(lo, 3), byte(lo, 4), byte(lo, 5), byte(lo, 6), byte(lo, 7));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace mentordesk
