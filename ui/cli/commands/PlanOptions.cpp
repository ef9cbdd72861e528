// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanOptions.h"

#include "BillingCommandSupport.h"
#include "billing/PlanCodec.h"
#include "money/Money.h"

#include <QRegularExpression>

namespace mentordesk::cli {

namespace {

using S = BillingCommandSupport;

Result<RoundingRule> rounding(const CommandContext& ctx)
{
    RoundingRule r;
    if (!ctx.has(QStringLiteral("rounding"))) {
        return r;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?::(up|nearest|down))?$"));
    const auto m = re.match(ctx.value(QStringLiteral("rounding")).trimmed().toLower());
    if (!m.hasMatch()) {
        return fail(Error::invalid(QStringLiteral("rounding"),
                                   PlanOptions::tr("--rounding is MINUTES[:up|nearest|down], for example 15:up.")));
    }
    r.incrementMinutes = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        r.direction = *RoundingRule::parseDirection(m.captured(2), QStringLiteral("rounding"));
    }
    return r;
}

/// Reads the amount options into `target` in order; stops at the first error.
struct Reader
{
    const CommandContext& ctx;
    const Currency& currency;
    std::optional<Error> error;

    qint64 money(const QString& name, const QString& field, qint64 fallback = 0)
    {
        auto v = S::amount(ctx, name, currency, fallback, field);
        if (!v && !error) {
            error = v.error();
        }
        return v.value_or(fallback);
    }
    qint64 integer(const QString& name, qint64 min, qint64 max, qint64 fallback)
    {
        auto v = ctx.integer(name, min, max, fallback);
        if (!v && !error) {
            error = v.error();
        }
        return v.value_or(fallback);
    }
    QDate date(const QString& name)
    {
        auto v = ctx.date(name);
        if (!v && !error) {
            error = v.error();
        }
        return v.value_or(QDate());
    }
};

Result<QList<ProjectPlan::Milestone>> milestones(const CommandContext& ctx, const Currency& currency,
                                                 ProjectPlan::Split& split)
{
    QList<ProjectPlan::Milestone> out;
    const QStringList items = ctx.values(QStringLiteral("milestone"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringList parts = items[i].split(u':');
        const QString field = QStringLiteral("milestones[%1]").arg(i);
        if (parts.size() < 2 || parts.size() > 3) {
            return fail(Error::invalid(field, PlanOptions::tr("--milestone is LABEL:SHARE[:DUE], SHARE being a percent "
                                                              "(40%) or an amount (1200.00).")));
        }
        ProjectPlan::Milestone m;
        m.id = QStringLiteral("m%1").arg(i + 1);
        m.label = parts[0].trimmed();
        const QString share = parts[1].trimmed();
        if (share.endsWith(u'%')) {
            auto bp = S::parsePercent(share, field + QStringLiteral(".percent"));
            if (!bp) {
                return fail(bp.error());
            }
            m.percentBp = *bp;
            split = ProjectPlan::Split::Percents;
        } else {
            auto amount = Money::parse(share, currency, field + QStringLiteral(".amount"));
            if (!amount) {
                return fail(amount.error());
            }
            m.amountMinor = amount->minorUnits();
            split = ProjectPlan::Split::Amounts;
        }
        if (parts.size() == 3) {
            m.dueDate = QDate::fromString(parts[2].trimmed(), Qt::ISODate);
            if (!m.dueDate.isValid()) {
                return fail(Error::invalid(field + QStringLiteral(".due_date"),
                                           PlanOptions::tr("A milestone's due date is written YYYY-MM-DD.")));
            }
        }
        out.append(m);
    }
    return out;
}

} // namespace

QList<OptionSpec> PlanOptions::specs()
{
    return {
        {QStringLiteral("terms"), QStringLiteral("JSON"),
         tr("all terms as JSON (docs/billing.md); replaces the options below")},
        {QStringLiteral("rate"), QStringLiteral("AMOUNT"), tr("hourly: rate per hour (or per lesson)")},
        {QStringLiteral("per-lesson"), QString(), tr("hourly: the rate is per lesson, whatever its length")},
        {QStringLiteral("one-off-fee"), QStringLiteral("AMOUNT"), tr("hourly: one-off fee billed once")},
        {QStringLiteral("rounding"), QStringLiteral("MIN[:DIR]"),
         tr("hourly, subscription, package: round each lesson, e.g. 15:up")},
        {QStringLiteral("progress-threshold"), QStringLiteral("PERCENT"),
         tr("hourly: progress from which the discounted rate applies")},
        {QStringLiteral("progress-rate"), QStringLiteral("AMOUNT"), tr("hourly: the discounted rate")},
        {QStringLiteral("period"), QStringLiteral("month|week"), tr("subscription: billing period (default month)")},
        {QStringLiteral("fee"), QStringLiteral("AMOUNT"), tr("subscription: fee per period")},
        {QStringLiteral("included-minutes"), QStringLiteral("N"),
         tr("subscription: minutes included per period (0 = unlimited)")},
        {QStringLiteral("overage-rate"), QStringLiteral("AMOUNT"),
         tr("subscription, package: rate per hour beyond what is included")},
        {QStringLiteral("rollover"), QStringLiteral("none|capped|one_period"), tr("subscription: unused minutes")},
        {QStringLiteral("rollover-cap-minutes"), QStringLiteral("N"),
         tr("subscription: most minutes carried (capped)")},
        {QStringLiteral("no-prorate"), QString(), tr("subscription: partial periods pay the full fee")},
        {QStringLiteral("ends-on"), QStringLiteral("YYYY-MM-DD"), tr("subscription: last day billed")},
        {QStringLiteral("pause"), QStringLiteral("FROM:TO"), tr("subscription: paused days, inclusive (repeatable)")},
        {QStringLiteral("price"), QStringLiteral("AMOUNT"), tr("package, project: price")},
        {QStringLiteral("minutes"), QStringLiteral("N"), tr("package: minutes in one package")},
        {QStringLiteral("validity-days"), QStringLiteral("N"), tr("package: days a package is valid (0 = no expiry)")},
        {QStringLiteral("low-balance-minutes"), QStringLiteral("N"), tr("package: warn at or below this balance")},
        {QStringLiteral("when-exhausted"), QStringLiteral("new-package|overage"),
         tr("package: sell another package (default) or bill overage")},
        {QStringLiteral("milestone"), QStringLiteral("LABEL:SHARE[:DUE]"),
         tr("project: a milestone, SHARE 40% or 1200.00 (repeatable, in order)")},
        {QStringLiteral("default-price"), QStringLiteral("AMOUNT"), tr("module: price of modules without their own")},
    };
}

Result<Plan::Terms> PlanOptions::terms(const CommandContext& ctx, PlanKind kind, const Currency& currency,
                                       int weekStartsOn)
{
    if (ctx.has(QStringLiteral("terms"))) {
        return PlanCodec::fromText(kind, ctx.value(QStringLiteral("terms")));
    }
    auto round = rounding(ctx);
    if (!round) {
        return fail(round.error());
    }
    Reader r{ctx, currency, std::nullopt};
    Plan::Terms terms;
    switch (kind) {
    case PlanKind::Hourly: {
        HourlyPlan h;
        h.rateMinor = r.money(QStringLiteral("rate"), QStringLiteral("rate"));
        h.unit =
            ctx.has(QStringLiteral("per-lesson")) ? HourlyPlan::RateUnit::PerLesson : HourlyPlan::RateUnit::PerHour;
        h.oneOffFeeMinor = r.money(QStringLiteral("one-off-fee"), QStringLiteral("one_off_fee"));
        h.rounding = *round;
        if (ctx.has(QStringLiteral("progress-threshold")) || ctx.has(QStringLiteral("progress-rate"))) {
            auto bp = S::percent(ctx, QStringLiteral("progress-threshold"), 8000,
                                 QStringLiteral("progress_discount.threshold"));
            if (!bp) {
                return fail(bp.error());
            }
            h.progressDiscount = HourlyPlan::ProgressDiscount{
                static_cast<int>(*bp / 10),
                r.money(QStringLiteral("progress-rate"), QStringLiteral("progress_discount.rate"))};
        }
        terms = h;
        break;
    }
    case PlanKind::Subscription: {
        SubscriptionPlan s;
        const QString period = ctx.value(QStringLiteral("period"), QStringLiteral("month")).trimmed().toLower();
        if (period != QStringLiteral("month") && period != QStringLiteral("week")) {
            return fail(
                Error::invalid(QStringLiteral("period"), tr("--period is month or week, not “%1”.").arg(period)));
        }
        s.period = period == QStringLiteral("week") ? PeriodUnit::Week : PeriodUnit::Month;
        s.weekStartsOn = weekStartsOn;
        s.feeMinor = r.money(QStringLiteral("fee"), QStringLiteral("fee"));
        s.includedMinutes = r.integer(QStringLiteral("included-minutes"), 0, 1000000, 0);
        s.overageRateMinor = r.money(QStringLiteral("overage-rate"), QStringLiteral("overage_rate"));
        const QString rollover = ctx.value(QStringLiteral("rollover"), QStringLiteral("none")).trimmed().toLower();
        if (rollover == QStringLiteral("capped")) {
            s.rollover = SubscriptionPlan::Rollover::Capped;
        } else if (rollover == QStringLiteral("one_period") || rollover == QStringLiteral("one-period")) {
            s.rollover = SubscriptionPlan::Rollover::OnePeriod;
        } else if (rollover != QStringLiteral("none")) {
            return fail(Error::invalid(QStringLiteral("rollover"),
                                       tr("--rollover is none, capped or one_period, not “%1”.").arg(rollover)));
        }
        s.rolloverCapMinutes = r.integer(QStringLiteral("rollover-cap-minutes"), 0, 1000000, 0);
        s.prorate = !ctx.has(QStringLiteral("no-prorate"));
        s.rounding = *round;
        s.endsOn = r.date(QStringLiteral("ends-on"));
        for (const QString& p : ctx.values(QStringLiteral("pause"))) {
            const QStringList parts = p.split(u':');
            const QDate from = QDate::fromString(parts.value(0).trimmed(), Qt::ISODate);
            const QDate to = QDate::fromString(parts.value(1).trimmed(), Qt::ISODate);
            if (parts.size() != 2 || !from.isValid() || !to.isValid()) {
                return fail(Error::invalid(QStringLiteral("pauses"), tr("--pause is FROM:TO, two dates YYYY-MM-DD.")));
            }
            s.pauses.append({from, to});
        }
        terms = s;
        break;
    }
    case PlanKind::Package: {
        PackagePlan p;
        p.priceMinor = r.money(QStringLiteral("price"), QStringLiteral("price"));
        p.minutes = r.integer(QStringLiteral("minutes"), 1, 1000000, 600);
        p.validityDays = static_cast<int>(r.integer(QStringLiteral("validity-days"), 0, 36500, 0));
        p.lowBalanceMinutes = r.integer(QStringLiteral("low-balance-minutes"), 0, 1000000, 0);
        const QString when = ctx.value(QStringLiteral("when-exhausted"), QStringLiteral("new-package")).trimmed();
        if (when != QStringLiteral("new-package") && when != QStringLiteral("overage")) {
            return fail(Error::invalid(QStringLiteral("when_exhausted"),
                                       tr("--when-exhausted is new-package or overage, not “%1”.").arg(when)));
        }
        p.whenExhausted = when == QStringLiteral("overage") ? PackagePlan::WhenExhausted::BillOverage
                                                            : PackagePlan::WhenExhausted::NeedNewPackage;
        p.overageRateMinor = r.money(QStringLiteral("overage-rate"), QStringLiteral("overage_rate"));
        p.rounding = *round;
        terms = p;
        break;
    }
    case PlanKind::Project: {
        ProjectPlan p;
        p.priceMinor = r.money(QStringLiteral("price"), QStringLiteral("price"));
        auto list = milestones(ctx, currency, p.split);
        if (!list) {
            return fail(list.error());
        }
        p.milestones = *list;
        terms = p;
        break;
    }
    case PlanKind::Module: {
        ModulePlan m;
        if (ctx.has(QStringLiteral("default-price"))) {
            m.defaultPriceMinor = r.money(QStringLiteral("default-price"), QStringLiteral("default_price"));
        }
        terms = m;
        break;
    }
    }
    if (r.error) {
        return fail(*r.error);
    }
    return terms;
}

} // namespace mentordesk::cli
