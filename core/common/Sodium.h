// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// Initialises libsodium once per process (thread-safe); false when it cannot be used. Every caller of
/// a libsodium function (backup encryption, password hashing) checks this first.
[[nodiscard]] bool sodiumReady();

} // namespace mentordesk
