// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace mentordesk {

namespace {

const QString kPrefix = QStringLiteral("terms.");

QJsonObject roundingJson(const RoundingRule& r)
{
    return {{QStringLiteral("increment_minutes"), r.incrementMinutes},
            {QStringLiteral("direction"), RoundingRule::directionKey(r.direction)}};
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Reads one JSON object strictly: typed getters record the first error; unknown keys are refused.
class Reader final
{
public:
    Reader(const QJsonObject& json, QString path)
        : m_json(json)
        , m_path(std::move(path))
    {}

    qint64 integer(const QString& key, qint64 fallback)
    {
        m_known << key;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(kNotInteger);
        if (n == kNotInteger) {
            setError(key, PlanCodec::tr("“%1” must be a whole number.").arg(m_path + key));
            return fallback;
        }
        return n;
    }
    std::optional<qint64> optionalInteger(const QString& key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            m_known << key;
            return std::nullopt;
        }
        return integer(key, 0);
    }
    bool boolean(const QString& key, bool fallback)
    {
        m_known << key;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isBool()) {
            setError(key, PlanCodec::tr("“%1” must be true or false.").arg(m_path + key));
            return fallback;
        }
        return v.toBool();
    }
    QString text(const QString& key, const QString& fallback = {})
    {
        m_known << key;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isString()) {
            setError(key, PlanCodec::tr("“%1” must be text.").arg(m_path + key));
            return fallback;
        }
        return v.toString();
    }
    QDate date(const QString& key)
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return {};
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            setError(key, PlanCodec::tr("“%1” must be a date YYYY-MM-DD, not “%2”.").arg(m_path + key, t));
        }
        return d;
    }
    QJsonArray array(const QString& key)
    {
        m_known << key;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray()) {
            setError(key, PlanCodec::tr("“%1” must be a list.").arg(m_path + key));
            return {};
        }
        return v.toArray();
    }
    QJsonObject object(const QString& key)
    {
        m_known << key;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isObject()) {
            setError(key, PlanCodec::tr("“%1” must be an object.").arg(m_path + key));
            return {};
        }
        return v.toObject();
    }
    template <typename E>
    E choice(const QString& key, E fallback, const QList<QPair<QString, E>>& options)
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return fallback;
        }
        QStringList names;
        for (const auto& [name, value] : options) {
            if (name == t) {
                return value;
            }
            names << name;
        }
        setError(
            key,
            PlanCodec::tr("“%1” must be one of %2, not “%3”.").arg(m_path + key, names.join(QStringLiteral(", ")), t));
        return fallback;
    }
    void fail(const Error& e)
    {
        if (!m_error) {
            m_error = e;
        }
    }
    /// The first error, or one for an unknown key.
    [[nodiscard]] std::optional<Error> finish()
    {
        if (!m_error) {
            for (auto it = m_json.begin(); it != m_json.end(); ++it) {
                if (!m_known.contains(it.key())) {
                    setError(it.key(),
                             PlanCodec::tr("“%1” is not a term of this kind of plan.").arg(m_path + it.key()));
                    break;
                }
            }
        }
        return m_error;
    }
    [[nodiscard]] const QString& path() const { return m_path; }

private:
    void setError(const QString& key, const QString& message)
    {
        if (!m_error) {
            QString field = m_path + key;
            m_error = Error::invalid(field, message);
        }
    }

    const QJsonObject& m_json;
    QString m_path;
    QStringList m_known;
    std::optional<Error> m_error;
};

RoundingRule readRounding(Reader& parent, const QString& path)
{
    const QJsonObject json = parent.object(QStringLiteral("rounding"));
    RoundingRule r;
    Reader reader(json, path + QStringLiteral("rounding."));
    r.incrementMinutes = static_cast<int>(reader.integer(QStringLiteral("increment_minutes"), 1));
    r.direction = reader.choice(QStringLiteral("direction"), RoundingDirection::Up,
                                {{QStringLiteral("up"), RoundingDirection::Up},
                                 {QStringLiteral("nearest"), RoundingDirection::Nearest},
                                 {QStringLiteral("down"), RoundingDirection::Down}});
    if (auto e = reader.finish()) {
        parent.fail(*e);
    }
    return r;
}

HourlyPlan readHourly(Reader& r)
{
    HourlyPlan h;
    h.rateMinor = r.integer(QStringLiteral("rate"), 0);
    h.unit = r.choice(QStringLiteral("unit"), HourlyPlan::RateUnit::PerHour,
                      {{QStringLiteral("hour"), HourlyPlan::RateUnit::PerHour},
                       {QStringLiteral("lesson"), HourlyPlan::RateUnit::PerLesson}});
    h.oneOffFeeMinor = r.integer(QStringLiteral("one_off_fee"), 0);
    h.rounding = readRounding(r, r.path());
    const QJsonObject pd = r.object(QStringLiteral("progress_discount"));
    if (!pd.isEmpty()) {
        Reader d(pd, r.path() + QStringLiteral("progress_discount."));
        HourlyPlan::ProgressDiscount discount;
        discount.thresholdPermille = static_cast<int>(d.integer(QStringLiteral("threshold_permille"), 800));
        discount.rateMinor = d.integer(QStringLiteral("rate"), 0);
        if (auto e = d.finish()) {
            r.fail(*e);
        }
        h.progressDiscount = discount;
    }
    return h;
}

SubscriptionPlan readSubscription(Reader& r)
{
    SubscriptionPlan s;
    s.period = r.choice(QStringLiteral("period"), PeriodUnit::Month,
                        {{QStringLiteral("month"), PeriodUnit::Month}, {QStringLiteral("week"), PeriodUnit::Week}});
    s.weekStartsOn = static_cast<int>(r.integer(QStringLiteral("week_starts_on"), 1));
    s.feeMinor = r.integer(QStringLiteral("fee"), 0);
    s.includedMinutes = r.integer(QStringLiteral("included_minutes"), 0);
    s.overageRateMinor = r.integer(QStringLiteral("overage_rate"), 0);
    s.rollover = r.choice(QStringLiteral("rollover"), SubscriptionPlan::Rollover::None,
                          {{QStringLiteral("none"), SubscriptionPlan::Rollover::None},
                           {QStringLiteral("capped"), SubscriptionPlan::Rollover::Capped},
                           {QStringLiteral("one_period"), SubscriptionPlan::Rollover::OnePeriod}});
    s.rolloverCapMinutes = r.integer(QStringLiteral("rollover_cap_minutes"), 0);
    s.prorate = r.boolean(QStringLiteral("prorate"), true);
    s.rounding = readRounding(r, r.path());
    s.endsOn = r.date(QStringLiteral("ends_on"));
    const QJsonArray pauses = r.array(QStringLiteral("pauses"));
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const QJsonObject o = pauses[i].toObject();
        Reader p(o, r.path() + QStringLiteral("pauses[%1].").arg(i));
        s.pauses.append({p.date(QStringLiteral("from")), p.date(QStringLiteral("to"))});
        if (auto e = p.finish()) {
            r.fail(*e);
        }
    }
    return s;
}

PackagePlan readPackage(Reader& r)
{
    PackagePlan p;
    p.priceMinor = r.integer(QStringLiteral("price"), 0);
    p.minutes = r.integer(QStringLiteral("minutes"), 600);
    p.validityDays = static_cast<int>(r.integer(QStringLiteral("validity_days"), 0));
    p.lowBalanceMinutes = r.integer(QStringLiteral("low_balance_minutes"), 0);
    p.whenExhausted = r.choice(QStringLiteral("when_exhausted"), PackagePlan::WhenExhausted::NeedNewPackage,
                               {{QStringLiteral("bill_overage"), PackagePlan::WhenExhausted::BillOverage},
                                {QStringLiteral("need_new_package"), PackagePlan::WhenExhausted::NeedNewPackage}});
    p.overageRateMinor = r.integer(QStringLiteral("overage_rate"), 0);
    p.rounding = readRounding(r, r.path());
    return p;
}

ProjectPlan readProject(Reader& r)
{
    ProjectPlan p;
    p.priceMinor = r.integer(QStringLiteral("price"), 0);
    p.split = r.choice(QStringLiteral("split"), ProjectPlan::Split::Percents,
                       {{QStringLiteral("percents"), ProjectPlan::Split::Percents},
                        {QStringLiteral("amounts"), ProjectPlan::Split::Amounts}});
    const QJsonArray list = r.array(QStringLiteral("milestones"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        Reader m(o, r.path() + QStringLiteral("milestones[%1].").arg(i));
        ProjectPlan::Milestone ms;
        ms.id = m.text(QStringLiteral("id"));
        ms.label = m.text(QStringLiteral("label"));
        ms.amountMinor = m.integer(QStringLiteral("amount"), 0);
        ms.percentBp = m.integer(QStringLiteral("percent_bp"), 0);
        ms.dueDate = m.date(QStringLiteral("due_date"));
        if (auto e = m.finish()) {
            r.fail(*e);
        }
        p.milestones.append(ms);
    }
    return p;
}

ModulePlan readModule(Reader& r)
{
    ModulePlan p;
    p.defaultPriceMinor = r.optionalInteger(QStringLiteral("default_price"));
    const QJsonArray list = r.array(QStringLiteral("modules"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        Reader m(o, r.path() + QStringLiteral("modules[%1].").arg(i));
        ModulePlan::Module mod;
        mod.moduleId = m.text(QStringLiteral("module_id"));
        mod.title = m.text(QStringLiteral("title"));
        mod.position = static_cast<int>(m.integer(QStringLiteral("position"), 1));
        mod.contentMinutes = m.integer(QStringLiteral("content_minutes"), 0);
        mod.priceMinor = m.optionalInteger(QStringLiteral("price"));
        if (auto e = m.finish()) {
            r.fail(*e);
        }
        p.modules.append(mod);
    }
    return p;
}

struct ToJson
{
    QJsonObject operator()(const HourlyPlan& h) const
    {
        QJsonObject o{{QStringLiteral("rate"), h.rateMinor},
                      {QStringLiteral("unit"),
                       h.unit == HourlyPlan::RateUnit::PerLesson ? QStringLiteral("lesson") : QStringLiteral("hour")},
                      {QStringLiteral("one_off_fee"), h.oneOffFeeMinor},
                      {QStringLiteral("rounding"), roundingJson(h.rounding)}};
        if (h.progressDiscount) {
            o.insert(QStringLiteral("progress_discount"),
                     QJsonObject{{QStringLiteral("threshold_permille"), h.progressDiscount->thresholdPermille},
                                 {QStringLiteral("rate"), h.progressDiscount->rateMinor}});
        }
        return o;
    }
    QJsonObject operator()(const SubscriptionPlan& s) const
    {
        static const QStringList rollovers = {QStringLiteral("none"), QStringLiteral("capped"),
                                              QStringLiteral("one_period")};
        QJsonArray pauses;
        for (const auto& p : s.pauses) {
            pauses.append(
                QJsonObject{{QStringLiteral("from"), dateText(p.from)}, {QStringLiteral("to"), dateText(p.to)}});
        }
        QJsonObject o{
            {QStringLiteral("period"), s.period == PeriodUnit::Week ? QStringLiteral("week") : QStringLiteral("month")},
            {QStringLiteral("week_starts_on"), s.weekStartsOn},
            {QStringLiteral("fee"), s.feeMinor},
            {QStringLiteral("included_minutes"), s.includedMinutes},
            {QStringLiteral("overage_rate"), s.overageRateMinor},
            {QStringLiteral("rollover"), rollovers.value(static_cast<int>(s.rollover))},
            {QStringLiteral("rollover_cap_minutes"), s.rolloverCapMinutes},
            {QStringLiteral("prorate"), s.prorate},
            {QStringLiteral("rounding"), roundingJson(s.rounding)},
            {QStringLiteral("pauses"), pauses}};
        if (s.endsOn.isValid()) {
            o.insert(QStringLiteral("ends_on"), dateText(s.endsOn));
        }
        return o;
    }
    QJsonObject operator()(const PackagePlan& p) const
    {
        return {{QStringLiteral("price"), p.priceMinor},
                {QStringLiteral("minutes"), p.minutes},
                {QStringLiteral("validity_days"), p.validityDays},
                {QStringLiteral("low_balance_minutes"), p.lowBalanceMinutes},
                {QStringLiteral("when_exhausted"), p.whenExhausted == PackagePlan::WhenExhausted::BillOverage
                                                       ? QStringLiteral("bill_overage")
                                                       : QStringLiteral("need_new_package")},
                {QStringLiteral("overage_rate"), p.overageRateMinor},
                {QStringLiteral("rounding"), roundingJson(p.rounding)}};
    }
    QJsonObject operator()(const ProjectPlan& p) const
    {
        QJsonArray list;
        for (const auto& m : p.milestones) {
            QJsonObject o{{QStringLiteral("id"), m.id}, {QStringLiteral("label"), m.label}};
            if (p.split == ProjectPlan::Split::Amounts) {
                o.insert(QStringLiteral("amount"), m.amountMinor);
            } else {
                o.insert(QStringLiteral("percent_bp"), m.percentBp);
            }
            if (m.dueDate.isValid()) {
                o.insert(QStringLiteral("due_date"), dateText(m.dueDate));
            }
            list.append(o);
        }
        return {{QStringLiteral("price"), p.priceMinor},
                {QStringLiteral("split"),
                 p.split == ProjectPlan::Split::Amounts ? QStringLiteral("amounts") : QStringLiteral("percents")},
                {QStringLiteral("milestones"), list}};
    }
    QJsonObject operator()(const ModulePlan& p) const
    {
        QJsonArray list;
        for (const auto& m : p.modules) {
            QJsonObject o{{QStringLiteral("module_id"), m.moduleId},
                          {QStringLiteral("title"), m.title},
                          {QStringLiteral("position"), m.position},
                          {QStringLiteral("content_minutes"), m.contentMinutes}};
            if (m.priceMinor) {
                o.insert(QStringLiteral("price"), *m.priceMinor);
            }
            list.append(o);
        }
        QJsonObject o{{QStringLiteral("modules"), list}};
        if (p.defaultPriceMinor) {
            o.insert(QStringLiteral("default_price"), *p.defaultPriceMinor);
        }
        return o;
    }
};

} // namespace

QJsonObject PlanCodec::toJson(const Plan::Terms& terms)
{
    return std::visit(ToJson{}, terms);
}

Result<Plan::Terms> PlanCodec::fromJson(PlanKind kind, const QJsonObject& json)
{
    Reader r(json, kPrefix);
    Plan::Terms terms;
    switch (kind) {
    case PlanKind::Hourly:
        terms = readHourly(r);
        break;
    case PlanKind::Subscription:
        terms = readSubscription(r);
        break;
    case PlanKind::Package:
        terms = readPackage(r);
        break;
    case PlanKind::Project:
        terms = readProject(r);
        break;
    case PlanKind::Module:
        terms = readModule(r);
        break;
    }
    if (auto e = r.finish()) {
        return mentordesk::fail(*e);
    }
    return terms;
}

Result<Plan::Terms> PlanCodec::fromText(PlanKind kind, const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return mentordesk::fail(Error::invalid(
            QStringLiteral("terms"),
            tr("The plan terms must be a JSON object (%1).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))));
    }
    return fromJson(kind, doc.object());
}

} // namespace mentordesk
