// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BlendWeights.h"

#include <QStringList>
#include <cmath>

namespace mentordesk {

namespace {
const QString kField = QStringLiteral("weights");
}

Result<BlendWeights> BlendWeights::normalised(const BlendWeights& w)
{
    for (const double v : {w.content, w.quality, w.cf, w.popularity}) {
        if (!std::isfinite(v) || v < 0.0) {
            return fail(Error::invalid(kField, tr("Blend weights must be finite numbers of at least 0.")));
        }
    }
    const double sum = w.sum();
    if (!(sum > 0.0)) {
        return fail(Error::invalid(kField, tr("At least one blend weight must be above 0.")));
    }
    return BlendWeights{w.content / sum, w.quality / sum, w.cf / sum, w.popularity / sum};
}

Result<BlendWeights> BlendWeights::parse(const QString& text, const BlendWeights& base)
{
    BlendWeights w = base;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return fail(Error::invalid(kField, tr("Give weights as name=value pairs, e.g. content=0.5,cf=0.3.")));
    }
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString name = part.left(eq).trimmed().toLower();
        bool ok = false;
        const double value = eq < 0 ? 0.0 : part.mid(eq + 1).trimmed().toDouble(&ok);
        if (eq < 0 || !ok) {
            return fail(Error::invalid(kField, tr("“%1” is not a name=value pair with a number.").arg(part.trimmed())));
        }
        if (name == u"content") {
            w.content = value;
        } else if (name == u"quality") {
            w.quality = value;
        } else if (name == u"cf") {
            w.cf = value;
        } else if (name == u"popularity") {
            w.popularity = value;
        } else {
            return fail(
                Error::invalid(kField, tr("Unknown weight “%1”; use content, quality, cf or popularity.").arg(name)));
        }
    }
    return normalised(w);
}

Result<BlendWeights> BlendWeights::parse(const QString& text)
{
    return parse(text, BlendWeights{});
}

QString BlendWeights::format(const BlendWeights& w)
{
    const auto num = [](double v) { return QString::number(v, 'g', 4); };
    return QStringLiteral("content=%1,quality=%2,cf=%3,popularity=%4")
        .arg(num(w.content), num(w.quality), num(w.cf), num(w.popularity));
}

} // namespace mentordesk
