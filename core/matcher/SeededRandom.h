// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>
#include <span>

namespace mentordesk {

/// Deterministic random numbers for the matcher: std::mt19937_64 (whose output sequence the C++
/// standard fixes) with our own uniform, normal, integer and shuffle on top of its raw 64-bit output.
/// Why: std::uniform_real_distribution, std::normal_distribution and std::shuffle are
/// implementation-defined, so results would change with the standard library; these do not.
class SeededRandom final
{
public:
    explicit SeededRandom(std::uint64_t seed);

    /// The next raw 64-bit value of the engine.
    [[nodiscard]] std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    [[nodiscard]] double uniform();
    /// Uniform in (0, 1] with 53 random bits (safe for log()).
    [[nodiscard]] double uniformPositive();
    /// Uniform integer in [0, n); n must be > 0. Unbiased (rejection sampling).
    [[nodiscard]] std::uint64_t below(std::uint64_t n);
    /// Standard normal N(0, 1) by the Box–Muller transform (the second value of a pair is kept).
    [[nodiscard]] double normal();
    /// N(mean, stddev²).
    [[nodiscard]] double normal(double mean, double stddev) { return mean + stddev * normal(); }

    /// Fisher–Yates shuffle of `values`.
    template <typename T>
    void shuffle(std::span<T> values)
    {
        for (std::size_t i = values.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(values[i - 1], values[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace mentordesk
