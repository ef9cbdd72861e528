// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartupTrace.h"

#include <QString>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace mentordesk {

void StartupTrace::mark(const char* label)
{
    static const bool enabled = qEnvironmentVariableIsSet("MENTORDESK_STARTUP_TRACE");
    if (!enabled) {
        return;
    }
    static const qint64 t0 = qEnvironmentVariable("MENTORDESK_STARTUP_T0_NS").toLongLong();
    const qint64 now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::printf("trace-ms %s %.1f %.1f\n", label, double(now - t0) / 1e6,
                double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
    std::fflush(stdout);
}

} // namespace mentordesk
