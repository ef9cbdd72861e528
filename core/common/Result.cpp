// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Result.h"

namespace mentordesk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

} // namespace mentordesk
