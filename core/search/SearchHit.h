// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QString>

namespace mentordesk {

/// How well a hit matches the search text; lower is better.
enum class SearchRank
{
    Exact = 0,      ///< the title equals the text (ignoring ASCII case)
    Prefix = 1,     ///< the title starts with the text
    WordPrefix = 2, ///< a later word of the title, or the e-mail or phone, starts with the text
    Substring = 3,  ///< the text occurs somewhere in the title, e-mail or phone
};

/// One record found by GlobalSearch.
struct SearchHit
{
    QString kind; ///< "learner", "payer", "mentor", "course", "topic", "invoice"
    Id id;
    QString title;    ///< the record's name or title
    QString subtitle; ///< data that tells records apart (e-mail, phone, payer, area…); may be empty
    SearchRank rank = SearchRank::Substring;
    bool archived = false; ///< archived learners, payers, mentors and courses are found too, after the others
};

} // namespace mentordesk
