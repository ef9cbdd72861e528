// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixFactorization::save() and load(): the binary model format (docs/matcher.md, "Model blob").
#include "matcher/MatrixFactorization.h"

#include <QBuffer>
#include <QDataStream>

namespace mentordesk {

namespace {

constexpr quint32 kMagic = 0x4D444D46; // "MDMF"
constexpr qint64 kMaxEntities = 50'000'000;

void writeFloats(QDataStream& out, const std::vector<float>& values)
{
    out << static_cast<qint64>(values.size());
    for (const float v : values) {
        out << v;
    }
}

bool readFloats(QDataStream& in, std::vector<float>& values, qint64 expected)
{
    qint64 count = -1;
    in >> count;
    // Why: check against the bytes left before allocating, so a bad count cannot ask for gigabytes.
    if (in.status() != QDataStream::Ok || count != expected || count * 4 > in.device()->bytesAvailable()) {
        return false;
    }
    values.resize(static_cast<std::size_t>(count));
    for (float& v : values) {
        in >> v;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray MatrixFactorization::save() const
{
    QByteArray blob;
    {
        QDataStream out(&blob, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.setByteOrder(QDataStream::LittleEndian);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << kMagic << kFormatVersion;
        out << static_cast<qint32>(m_params.factors) << static_cast<qint32>(m_params.epochs) << m_params.learningRate
            << m_params.regularization << m_params.initStd << static_cast<quint64>(m_params.seed);
        out << m_mean << m_minRating << m_maxRating;
        out << m_userIds << m_itemIds;
        writeFloats(out, m_userBias);
        writeFloats(out, m_itemBias);
        writeFloats(out, m_userFactors);
        writeFloats(out, m_itemFactors);
    }
    const quint16 crc = qChecksum(QByteArrayView(blob));
    blob.append(static_cast<char>(crc & 0xff));
    blob.append(static_cast<char>(crc >> 8));
    return blob;
}

Result<MatrixFactorization> MatrixFactorization::load(const QByteArray& blob)
{
    const auto corrupt = [] {
        return fail(Error::invalid(QStringLiteral("model"), tr("The saved model is damaged or incomplete.")));
    };
    if (blob.size() < 10) {
        return corrupt();
    }
    const QByteArray payload = blob.left(blob.size() - 2);
    const auto lo = static_cast<quint8>(blob.at(blob.size() - 2));
    const auto hi = static_cast<quint8>(blob.at(blob.size() - 1));
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != kMagic) {
        return fail(
            Error::invalid(QStringLiteral("model"), tr("This is not a MentorDesk matrix factorisation model.")));
    }
    if (version > kFormatVersion) {
        return fail(
            Error::invalid(QStringLiteral("model"),
                           tr("The model was saved by a newer MentorDesk (format %1; this version reads up to %2).")
                               .arg(version)
                               .arg(kFormatVersion)));
    }
    if (qChecksum(QByteArrayView(payload)) != static_cast<quint16>(lo | (hi << 8))) {
        return corrupt();
    }

    MatrixFactorization m;
    qint32 factors = 0;
    qint32 epochs = 0;
    quint64 seed = 0;
    in >> factors >> epochs >> m.m_params.learningRate >> m.m_params.regularization >> m.m_params.initStd >> seed;
    m.m_params.factors = factors;
    m.m_params.epochs = epochs;
    m.m_params.seed = seed;
    in >> m.m_mean >> m.m_minRating >> m.m_maxRating;
    in >> m.m_userIds >> m.m_itemIds;
    if (in.status() != QDataStream::Ok || factors < 1 || factors > 500 || m.m_userIds.size() > kMaxEntities ||
        m.m_itemIds.size() > kMaxEntities) {
        return corrupt();
    }
    const qint64 users = m.m_userIds.size();
    const qint64 items = m.m_itemIds.size();
    if (!readFloats(in, m.m_userBias, users) || !readFloats(in, m.m_itemBias, items) ||
        !readFloats(in, m.m_userFactors, users * factors) || !readFloats(in, m.m_itemFactors, items * factors) ||
        !in.atEnd()) {
        return corrupt();
    }
    m.rebuildIndex();
    return m;
}

} // namespace mentordesk
