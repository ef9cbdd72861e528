// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "search/SearchHit.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

class Database;

/// Finds learners (by name, e-mail or phone), payers (name, e-mail, phone), mentors (name, e-mail,
/// phone), courses (title), topics (name) and — in studios whose schema has them — invoices (number,
/// payer name) from one line of text, for the search field of the
/// desktop and `mentordesk-cli search`. Read-only; fast enough to run while typing (a prefix is a
/// range scan of the name indexes; only short result lists fall back to a substring scan).
class GlobalSearch final
{
    Q_DECLARE_TR_FUNCTIONS(GlobalSearch)

public:
    static constexpr int kDefaultLimit = 5;
    static constexpr int kMaxLimit = 100;
    static constexpr int kMaxTextLength = 200;

    explicit GlobalSearch(Database& db);

    /// The kinds searched, in the order their hits are listed when they rank the same.
    [[nodiscard]] static QStringList kinds();

    /// Hits for `text` (trimmed; matched case-insensitively for ASCII letters, `%` and `_` literally),
    /// at most `limit` of each kind, best first: exact title, then title prefix, then a later word
    /// of the title or the e-mail/phone starting with the text, then the text anywhere. Equal ranks
    /// keep the kinds() order; within a kind live records come before archived ones, then by title.
    /// An empty text finds nothing (no error). Invalid on "limit" outside 1…kMaxLimit and on
    /// "text" longer than kMaxTextLength characters.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = kDefaultLimit);

private:
    Database& m_db;
};

} // namespace mentordesk
