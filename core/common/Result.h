// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace mentordesk {

/// Category of a failure; decides the CLI exit code (Storage → 3, everything else → 1).
enum class ErrorCode
{
    Invalid,  ///< A user input failed validation; `field` names it.
    NotFound, ///< A referenced record does not exist (or is deleted).
    Conflict, ///< The operation clashes with existing data (duplicate, double booking, cycle…).
    Refused,  ///< The operation is not allowed in the record's current state.
    Storage,  ///< The database or the file system failed.
};

/// A failure with a translated, human-readable message. `field` is the name of the offending
/// input field (empty when the failure is not about one field).
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString field;
    QString message;

    [[nodiscard]] static Error invalid(QString field, QString message)
    {
        return {ErrorCode::Invalid, std::move(field), std::move(message)};
    }
    [[nodiscard]] static Error notFound(QString message) { return {ErrorCode::NotFound, {}, std::move(message)}; }
    [[nodiscard]] static Error conflict(QString message, QString field = {})
    {
        return {ErrorCode::Conflict, std::move(field), std::move(message)};
    }
    [[nodiscard]] static Error refused(QString message) { return {ErrorCode::Refused, {}, std::move(message)}; }
    [[nodiscard]] static Error storage(QString message) { return {ErrorCode::Storage, {}, std::move(message)}; }
};

/// Every core operation that can fail returns Result<T>; no exception crosses a core API.
template <typename T>
using Result = tl::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(Error::invalid(...));`
[[nodiscard]] inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

/// Stable machine-readable name of an error code (used in `--json` output).
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace mentordesk
