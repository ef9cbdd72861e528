// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace mentordesk {

/// Which slice of a list to read. `limit` is clamped by repositories to [1, 10000].
struct PageRequest
{
    int offset = 0;
    int limit = 100;
};

/// One slice of a list plus the total number of matching rows.
template <typename T>
struct Page
{
    QList<T> items;
    qint64 total = 0;
    int offset = 0;
};

} // namespace mentordesk
