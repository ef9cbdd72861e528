// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/TagList.h"

namespace mentordesk {

Result<QStringList> TagList::normalize(const QStringList& tags, const QString& fieldKey)
{
    QStringList out;
    QStringList folded;
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty()) {
            continue;
        }
        if (tag.contains(u',')) {
            return fail(Error::invalid(fieldKey, tr("The tag “%1” contains a comma; commas separate tags.").arg(tag)));
        }
        if (tag.size() > kMaxTagLength) {
            return fail(Error::invalid(
                fieldKey, tr("The tag “%1” is too long (at most %n characters).", nullptr, kMaxTagLength).arg(tag)));
        }
        if (folded.contains(tag.toCaseFolded())) {
            continue;
        }
        folded.append(tag.toCaseFolded());
        out.append(tag);
    }
    if (out.size() > kMaxTags) {
        return fail(Error::invalid(fieldKey, tr("Too many tags (at most %n).", nullptr, kMaxTags)));
    }
    return out;
}

QString TagList::join(const QStringList& tags)
{
    return tags.join(u',');
}

QStringList TagList::split(const QString& stored)
{
    QStringList out;
    for (const QString& part : stored.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.trimmed(); !t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

} // namespace mentordesk
