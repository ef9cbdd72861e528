// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <cstdint>

namespace mentordesk {

/// A tiny, fully specified PRNG (xorshift64*) with its own range mapping, so the demo studio is
/// identical on every platform and standard library.
class DemoRandom final
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL)
    {
        if (m_state == 0) {
            m_state = 0x2545f4914f6cdd1dULL;
        }
    }

    std::uint64_t next()
    {
        m_state ^= m_state >> 12U;
        m_state ^= m_state << 25U;
        m_state ^= m_state >> 27U;
        return m_state * 0x2545f4914f6cdd1dULL;
    }

    /// Uniform integer in [lo, hi] (inclusive).
    int between(int lo, int hi)
    {
        if (hi <= lo) {
            return lo;
        }
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1U;
        return lo + static_cast<int>(next() % span);
    }

    /// True with probability percent / 100.
    bool chance(int percent) { return between(0, 99) < percent; }

    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[between(0, static_cast<int>(list.size()) - 1)];
    }

private:
    std::uint64_t m_state;
};

} // namespace mentordesk
