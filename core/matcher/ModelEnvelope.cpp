// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ModelEnvelope.h"

#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace mentordesk {

namespace {
const QString kField = QStringLiteral("model");
}

QString ModelEnvelope::fingerprint(const QList<RatingTriple>& ratings, const MfParams& params)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QStringLiteral("mf-v%1|%2|%3|%4|%5|%6|%7\n")
                     .arg(MatrixFactorization::kFormatVersion)
                     .arg(params.factors)
                     .arg(params.epochs)
                     .arg(static_cast<double>(params.learningRate), 0, 'g', 9)
                     .arg(static_cast<double>(params.regularization), 0, 'g', 9)
                     .arg(static_cast<double>(params.initStd), 0, 'g', 9)
                     .arg(params.seed)
                     .toUtf8());
    for (const RatingTriple& r : ratings) {
        hash.addData(
            (r.user + u'|' + r.item + u'|' + QString::number(static_cast<double>(r.rating), 'g', 9) + u'\n').toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ModelEnvelope::encode(const StoredModel& stored)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("fingerprint"), stored.fingerprint},
                        {QStringLiteral("ratings"), stored.ratings},
                        {QStringLiteral("trained_at"), toSqlTime(stored.trainedAt)},
                        {QStringLiteral("model"), QString::fromLatin1(stored.model.save().toBase64())}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<StoredModel> ModelEnvelope::decode(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QStringLiteral("format")).isDouble() ||
        !o.value(QStringLiteral("model")).isString()) {
        return fail(Error::invalid(kField, tr("The stored recommender model is not readable.")));
    }
    const int format = o.value(QStringLiteral("format")).toInt();
    if (format != kFormat) {
        return fail(Error::invalid(kField, tr("The stored recommender model has format %1; this version reads "
                                              "format %2.")
                                               .arg(format)
                                               .arg(kFormat)));
    }
    const auto blob = QByteArray::fromBase64Encoding(o.value(QStringLiteral("model")).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!blob) {
        return fail(Error::invalid(kField, tr("The stored recommender model is not valid base64.")));
    }
    auto model = MatrixFactorization::load(*blob);
    if (!model) {
        return fail(model.error());
    }
    StoredModel stored;
    stored.model = std::move(*model);
    stored.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    stored.ratings = o.value(QStringLiteral("ratings")).toInt();
    stored.trainedAt = fromSqlTime(o.value(QStringLiteral("trained_at")).toString());
    return stored;
}

} // namespace mentordesk
