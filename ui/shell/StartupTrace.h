// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// Start-up tracing for the start-up benchmark: when MENTORDESK_STARTUP_TRACE is set, `mark` prints
/// "trace-ms <label> N C" on stdout, N being the milliseconds since the instant in
/// MENTORDESK_STARTUP_T0_NS (set by the harness just before it starts the process) and C the
/// process's CPU time in milliseconds (less disturbed by a busy machine than N). Costs one
/// boolean test when tracing is off.
class StartupTrace final
{
public:
    static void mark(const char* label);
};

} // namespace mentordesk
