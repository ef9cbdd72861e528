// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace mentordesk {

/// Free-form labels on a record, stored as one comma-separated text column ("exam,online").
class TagList final
{
    Q_DECLARE_TR_FUNCTIONS(TagList)

public:
    static constexpr int kMaxTagLength = 50;
    static constexpr int kMaxTags = 30;

    /// Trims every tag, drops empty ones and case-insensitive duplicates (the first spelling wins).
    /// Refuses tags containing a comma, longer than kMaxTagLength, or more than kMaxTags (Invalid `fieldKey`).
    [[nodiscard]] static Result<QStringList> normalize(const QStringList& tags,
                                                       const QString& fieldKey = QStringLiteral("tags"));
    /// The stored form: tags joined by ','.
    [[nodiscard]] static QString join(const QStringList& tags);
    /// Splits the stored form.
    [[nodiscard]] static QStringList split(const QString& stored);
};

} // namespace mentordesk
