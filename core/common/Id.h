// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <cstdint>

namespace mentordesk {

/// Primary keys are client-generated UUIDs, stored and shown as 36-character lowercase text.
using Id = QString;

/// A fresh time-ordered (version 7, RFC 9562) UUID as text — or, while a ScopedIdSeed is alive on this
/// thread, the next id of its seeded sequence. Why version 7: ids made later sort later, so a bulk insert
/// (a billing run's lines and links) appends to the right edge of each id index instead of dirtying pages
/// all over it; the random bits (74) still make ids from different devices collision-free.
[[nodiscard]] Id newId();
/// The version-7 UUID for Unix time `unixMs` with the low 12 bits of `randomA` and the low 62 bits of
/// `randomB` as its random parts (newId() uses the system's random generator; tests use known values).
[[nodiscard]] Id timeOrderedId(qint64 unixMs, quint64 randomA, quint64 randomB);

/// True when `text` is a well-formed UUID in the 36-character form.
[[nodiscard]] bool isWellFormedId(const QString& text);

/// Deterministic version-4-shaped UUIDs from a seed, for reproducible demo studios and tests.
class SeededIdGenerator final
{
public:
    explicit SeededIdGenerator(std::uint64_t seed);
    [[nodiscard]] Id next();

private:
    std::uint64_t m_state;
};

/// Makes newId() deterministic on the current thread for its lifetime (demo generation, tests),
/// so every id a repository or service creates meanwhile is reproducible. Nests.
class ScopedIdSeed final
{
public:
    explicit ScopedIdSeed(std::uint64_t seed);
    ~ScopedIdSeed();
    ScopedIdSeed(const ScopedIdSeed&) = delete;
    ScopedIdSeed& operator=(const ScopedIdSeed&) = delete;

private:
    SeededIdGenerator m_generator;
    SeededIdGenerator* m_previous = nullptr;
};

} // namespace mentordesk
