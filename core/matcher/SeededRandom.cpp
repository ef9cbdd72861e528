// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SeededRandom.h"

#include <cmath>
#include <numbers>

namespace mentordesk {

namespace {
constexpr double kTwoPowMinus53 = 1.0 / 9007199254740992.0;
} // namespace

SeededRandom::SeededRandom(std::uint64_t seed)
    : m_engine(seed)
{}

double SeededRandom::uniform()
{
    return static_cast<double>(next() >> 11) * kTwoPowMinus53;
}

double SeededRandom::uniformPositive()
{
    return static_cast<double>((next() >> 11) + 1) * kTwoPowMinus53;
}

std::uint64_t SeededRandom::below(std::uint64_t n)
{
    // Reject the lowest (2^64 mod n) values so every residue is equally likely.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold) {
            return r % n;
        }
    }
}

double SeededRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniformPositive()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

} // namespace mentordesk
