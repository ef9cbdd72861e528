// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mentordesk {

/// A field as validation reports it: `key` is the machine name (CLI option, JSON key, CSV column),
/// `label` the translated name shown to the user.
struct Field
{
    QString key;
    QString label;
};

/// Shared input checks. Each returns the cleaned value or an Error naming `field` and the reason.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    /// Trimmed, non-empty text of at most `maxLength` characters.
    [[nodiscard]] static Result<QString> requiredText(const QString& value, const Field& field, int maxLength = 200);
    /// Trimmed text (may be empty) of at most `maxLength` characters.
    [[nodiscard]] static Result<QString> optionalText(const QString& value, const Field& field, int maxLength = 10000);
    /// Empty, or a plausible e-mail address ("name@host.tld").
    [[nodiscard]] static Result<QString> optionalEmail(const QString& value, const Field& field);
    /// An integer in [min, max].
    [[nodiscard]] static Result<qint64> inRange(qint64 value, qint64 min, qint64 max, const Field& field);
    /// Parses an integer in [min, max] from text.
    [[nodiscard]] static Result<qint64> parseInteger(const QString& text, qint64 min, qint64 max, const Field& field);
    /// Parses "YYYY-MM-DD".
    [[nodiscard]] static Result<QDate> parseDate(const QString& text, const Field& field);
    /// Non-empty, well-formed UUID text.
    [[nodiscard]] static Result<QString> requiredId(const QString& value, const Field& field);
};

} // namespace mentordesk
