// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingsFileWriter.h"

#include <QSaveFile>

namespace mentordesk {

namespace {

QByteArray field(const QString& id)
{
    if (id.contains(u',') || id.contains(u'"') || id != id.trimmed()) {
        QString escaped = id;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return '"' + escaped.toUtf8() + '"';
    }
    return id.toUtf8();
}

} // namespace

QByteArray RatingsFileWriter::toCsv(const RatingMatrix& ratings)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(ratings.size()) * 16 + 20);
    out += "user,item,rating\n";
    const std::span<const int> us = ratings.users();
    const std::span<const int> is = ratings.items();
    const std::span<const float> rs = ratings.ratings();
    for (std::size_t e = 0; e < rs.size(); ++e) {
        out += field(ratings.userId(us[e]));
        out += ',';
        out += field(ratings.itemId(is[e]));
        out += ',';
        out += QByteArray::number(static_cast<double>(rs[e]), 'g', 7);
        out += '\n';
    }
    return out;
}

Result<int> RatingsFileWriter::writeCsv(const QString& path, const RatingMatrix& ratings)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::storage(tr("Cannot write “%1”: %2").arg(path, file.errorString())));
    }
    file.write(toCsv(ratings));
    if (!file.commit()) {
        return fail(Error::storage(tr("Cannot write “%1”: %2").arg(path, file.errorString())));
    }
    return ratings.size();
}

} // namespace mentordesk
