// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceText.h"

#include <QFile>
#include <QJsonDocument>

namespace mentordesk {

namespace {

QJsonObject loadTemplate(const QString& language)
{
    QFile f(QStringLiteral(":/invoices/templates/") + language + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QHash<QString, QJsonObject>& templates()
{
    static const QHash<QString, QJsonObject> all = {
        {QStringLiteral("en"), loadTemplate(QStringLiteral("en"))},
        {QStringLiteral("zh_CN"), loadTemplate(QStringLiteral("zh_CN"))},
    };
    return all;
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

InvoiceText InvoiceText::forLanguage(const QString& language)
{
    const QString lang = templates().contains(language) ? language : QStringLiteral("en");
    const QJsonObject t = templates().value(lang);
    InvoiceText text;
    text.m_language = lang;
    text.m_labels = t.value(QStringLiteral("labels")).toObject();
    text.m_lines = t.value(QStringLiteral("lines")).toObject();
    text.m_reminder = t.value(QStringLiteral("reminder")).toObject();
    return text;
}

QString InvoiceText::fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(u'{' + it.key() + u'}', it.value());
    }
    return text;
}

QString InvoiceText::label(const QString& key, const QHash<QString, QString>& values) const
{
    const QString t = m_labels.value(key).toString();
    return fill(t.isEmpty() ? key : t, values);
}

QString InvoiceText::percent(qint64 basisPoints)
{
    const qint64 whole = basisPoints / 100;
    qint64 fraction = qAbs(basisPoints % 100);
    if (fraction == 0) {
        return QString::number(whole);
    }
    QString f = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    if (f.endsWith(u'0')) {
        f.chop(1);
    }
    return (basisPoints < 0 && whole == 0 ? QStringLiteral("-") : QString()) + QString::number(whole) + u'.' + f;
}

QString InvoiceText::money(qint64 minor, const Currency& currency)
{
    const qint64 per = currency.minorPerMajor();
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const QString major = QString::number(magnitude / quint64(per));
    QString grouped;
    for (qsizetype i = 0; i < major.size(); ++i) {
        if (i > 0 && (major.size() - i) % 3 == 0) {
            grouped += u',';
        }
        grouped += major[i];
    }
    QString out = currency.code() + u' ' + (negative ? QStringLiteral("-") : QString()) + grouped;
    if (currency.minorDigits() > 0) {
        out += u'.' + QStringLiteral("%1").arg(magnitude % quint64(per), currency.minorDigits(), 10, QLatin1Char('0'));
    }
    return out;
}

QString InvoiceText::duration(qint64 minutes) const
{
    const qint64 m = qAbs(minutes);
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    if (m < 60) {
        return sign + label(QStringLiteral("minutes"), {{QStringLiteral("minutes"), QString::number(m)}});
    }
    if (m % 60 == 0) {
        return sign + label(QStringLiteral("hours"), {{QStringLiteral("hours"), QString::number(m / 60)}});
    }
    return sign + label(QStringLiteral("hours_minutes"), {{QStringLiteral("hours"), QString::number(m / 60)},
                                                          {QStringLiteral("minutes"), QString::number(m % 60)}});
}

QString InvoiceText::describe(const PriceLine& line) const
{
    const PriceLine::Args& a = line.args;
    QHash<QString, QString> v{{QStringLiteral("date"), isoDate(a.date)},
                              {QStringLiteral("start"), isoDate(a.periodStart)},
                              {QStringLiteral("end"), isoDate(a.periodEnd)},
                              {QStringLiteral("label"), a.label},
                              {QStringLiteral("share"), percent(a.shareBp)},
                              {QStringLiteral("active"), QString::number(a.activeDays)},
                              {QStringLiteral("days"), QString::number(a.periodDays)},
                              {QStringLiteral("threshold"), percent(qint64(a.thresholdPermille) * 10)},
                              {QStringLiteral("allowance"), QString::number(a.allowanceMinutes)},
                              {QStringLiteral("used"), QString::number(a.usedMinutes)},
                              {QStringLiteral("remaining"), QString::number(a.remainingMinutes)},
                              {QStringLiteral("minutes"), QString::number(line.quantity)}};
    QString key = PriceLine::kindKey(line.kind);
    switch (line.kind) {
    case PriceLine::Kind::Lesson:
        if (a.discountedRate) {
            key = QStringLiteral("lesson_discounted");
        }
        break;
    case PriceLine::Kind::SubscriptionFee:
        if (a.periodDays > 0 && a.activeDays < a.periodDays) {
            key = QStringLiteral("subscription_fee_prorated");
        }
        break;
    case PriceLine::Kind::Overage:
        if (line.sourceKind == PriceLine::Source::Lesson) {
            key = QStringLiteral("overage_package");
        }
        break;
    default:
        break;
    }
    const QString t = m_lines.value(key).toString();
    return fill(t.isEmpty() ? key : t, v).trimmed();
}

QString InvoiceText::describeCredit(const QString& originalDescription) const
{
    return fill(m_lines.value(QStringLiteral("credit")).toString(),
                {{QStringLiteral("description"), originalDescription}});
}

QString InvoiceText::taxRule(bool inclusive) const
{
    return label(inclusive ? QStringLiteral("tax_rule_inclusive") : QStringLiteral("tax_rule_exclusive"));
}

QString InvoiceText::reminderSubject(const QHash<QString, QString>& values) const
{
    return fill(m_reminder.value(QStringLiteral("subject")).toString(), values);
}

QString InvoiceText::reminderBody(const QHash<QString, QString>& values) const
{
    return fill(m_reminder.value(QStringLiteral("body")).toString(), values);
}

} // namespace mentordesk
