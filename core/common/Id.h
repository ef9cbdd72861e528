// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <cstdint>

namespace mentordesk {

/// Primary keys are client-generated UUIDs, stored and shown as 36-character lowercase text.
using Id = QString;

/// A fresh random (version 4) UUID as text — or, while a ScopedIdSeed is alive on this thread,
/// the next id of its seeded sequence.
[[nodiscard]] Id newId();

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
