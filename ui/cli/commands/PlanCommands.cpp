// SPDX-License-Identifier: GPL-3.0-or-later
// `plan set|offer|show|remove|buy-package|milestone|module-start|discount|discounts|discount-remove`.
#include "../CommandRegistry.h"
#include "BillingCommandSupport.h"
#include "PlanOptions.h"
#include "billing/PayerDiscountService.h"
#include "billing/PlanService.h"
#include "billing/plans/PlanTimeline.h"
#include "studio/StudioService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommands)
};

using S = BillingCommandSupport;

Result<PlanInput> planInput(CommandContext& ctx)
{
    auto kind = Plan::parseKind(ctx.value(QStringLiteral("kind")), QStringLiteral("kind"));
    auto from = ctx.date(QStringLiteral("from"));
    auto currency = S::studioCurrency(ctx);
    auto studio = StudioService(ctx.db(), ctx.clock()).settings();
    if (!kind || !from || !currency || !studio) {
        return fail(!kind ? kind.error() : !from ? from.error() : !currency ? currency.error() : studio.error());
    }
    auto terms = PlanOptions::terms(ctx, *kind, *currency, studio->weekStartsOn);
    if (!terms) {
        return fail(terms.error());
    }
    return PlanInput{ctx.value(QStringLiteral("label")), *from, ctx.value(QStringLiteral("tax-rate")), *terms};
}

QList<OptionSpec> planSpecs(bool forEnrollment)
{
    QList<OptionSpec> out;
    if (forEnrollment) {
        out.append({QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("the enrollment billed"), true});
    }
    out.append({QStringLiteral("kind"), QStringLiteral("hourly|subscription|package|project|module"),
                Tr::tr("how it is billed"), true});
    out.append({QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day the plan applies"), true});
    out.append({QStringLiteral("label"), QStringLiteral("TEXT"), Tr::tr("name shown in lists and quotes")});
    out.append(
        {QStringLiteral("tax-rate"), QStringLiteral("ID"), Tr::tr("tax rate of its lines (billing tax-rate list)")});
    out.append(PlanOptions::specs());
    return out;
}

int runSet(CommandContext& ctx, bool offer)
{
    auto input = planInput(ctx);
    if (!input) {
        return ctx.failWith(input.error());
    }
    PlanService service(ctx.db(), ctx.clock(), ctx.actor());
    auto plan = offer ? service.offerPlan(*input) : service.setPlan(ctx.value(QStringLiteral("enrollment")), *input);
    if (!plan) {
        return ctx.failWith(plan.error());
    }
    return ctx.emitDone(offer
                            ? Tr::tr("Offered plan %1 (%2).").arg(plan->plan.label, plan->meta.id)
                            : Tr::tr("Set plan %1 (%2) from %3.")
                                  .arg(plan->plan.label, plan->meta.id, plan->plan.effectiveFrom.toString(Qt::ISODate)),
                        S::planJson(*plan, {}));
}

int runShow(CommandContext& ctx)
{
    PlanService service(ctx.db(), ctx.clock(), ctx.actor());
    const bool offered = ctx.has(QStringLiteral("offered"));
    if (!offered && !ctx.has(QStringLiteral("enrollment"))) {
        return ctx.usageError(Tr::tr("give --enrollment ID or --offered"));
    }
    auto plans = offered ? service.offeredPlans() : service.plans(ctx.value(QStringLiteral("enrollment")));
    if (!plans) {
        return ctx.failWith(plans.error());
    }
    QList<Plan> timeline;
    for (const StoredPlan& p : std::as_const(*plans)) {
        timeline.append(p.plan);
    }
    QJsonArray rows;
    for (const StoredPlan& p : std::as_const(*plans)) {
        QJsonObject o = S::planJson(p, offered ? QDate() : PlanTimeline::lastDay(timeline, p.plan));
        if (!ctx.json()) {
            o.insert(QStringLiteral("terms"),
                     QString::fromUtf8(
                         QJsonDocument(o.value(QStringLiteral("terms")).toObject()).toJson(QJsonDocument::Compact)));
        }
        rows.append(o);
    }
    return ctx.emitList(rows, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind"),
                               QStringLiteral("effective_from"), QStringLiteral("until"), QStringLiteral("terms")});
}

int runRemove(CommandContext& ctx)
{
    if (auto ok = PlanService(ctx.db(), ctx.clock(), ctx.actor()).removePlan(ctx.value(QStringLiteral("id"))); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("Removed plan %1.").arg(ctx.value(QStringLiteral("id"))));
}

Result<QDate> dateOrToday(CommandContext& ctx)
{
    return S::dateOrToday(ctx, QStringLiteral("date"));
}

int runBuyPackage(CommandContext& ctx)
{
    auto date = dateOrToday(ctx);
    auto currency = S::studioCurrency(ctx);
    if (!date || !currency) {
        return ctx.failWith(!date ? date.error() : currency.error());
    }
    auto p = PlanService(ctx.db(), ctx.clock(), ctx.actor()).buyPackage(ctx.value(QStringLiteral("enrollment")), *date);
    if (!p) {
        return ctx.failWith(p.error());
    }
    return ctx.emitDone(Tr::tr("Recorded a package of %1 min for %2 bought on %3 (%4).")
                            .arg(p->minutes)
                            .arg(S::money(p->priceMinor, *currency), p->purchasedOn.toString(Qt::ISODate), p->meta.id),
                        {{QStringLiteral("id"), p->meta.id},
                         {QStringLiteral("plan_id"), p->planId},
                         {QStringLiteral("purchased_on"), p->purchasedOn.toString(Qt::ISODate)},
                         {QStringLiteral("minutes"), p->minutes},
                         {QStringLiteral("price"), S::money(p->priceMinor, *currency)},
                         {QStringLiteral("valid_until"), p->validUntil.toString(Qt::ISODate)}});
}

int runMilestone(CommandContext& ctx)
{
    auto date = dateOrToday(ctx);
    if (!date) {
        return ctx.failWith(date.error());
    }
    if (auto ok =
            PlanService(ctx.db(), ctx.clock(), ctx.actor())
                .markMilestoneReached(ctx.value(QStringLiteral("plan")), ctx.value(QStringLiteral("milestone")), *date);
        !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(
        Tr::tr("Milestone %1 reached on %2.").arg(ctx.value(QStringLiteral("milestone")), date->toString(Qt::ISODate)));
}

int runModuleStart(CommandContext& ctx)
{
    auto date = dateOrToday(ctx);
    if (!date) {
        return ctx.failWith(date.error());
    }
    if (auto ok = PlanService(ctx.db(), ctx.clock(), ctx.actor())
                      .startModule(ctx.value(QStringLiteral("enrollment")), ctx.value(QStringLiteral("module")), *date);
        !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(
        Tr::tr("Module %1 started on %2.").arg(ctx.value(QStringLiteral("module")), date->toString(Qt::ISODate)));
}

int runDiscount(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    const bool percent = ctx.has(QStringLiteral("percent"));
    if (percent == ctx.has(QStringLiteral("amount"))) {
        return ctx.usageError(Tr::tr("give exactly one of --percent and --amount"));
    }
    auto value = percent ? S::percent(ctx, QStringLiteral("percent"), 0, QStringLiteral("value"))
                         : S::amount(ctx, QStringLiteral("amount"), *currency, 0, QStringLiteral("value"));
    if (!value) {
        return ctx.failWith(value.error());
    }
    auto d = PlanService(ctx.db(), ctx.clock(), ctx.actor())
                 .addDiscount(ctx.value(QStringLiteral("payer")), ctx.value(QStringLiteral("plan")),
                              ctx.value(QStringLiteral("label")), percent, *value);
    if (!d) {
        return ctx.failWith(d.error());
    }
    return ctx.emitDone(Tr::tr("Added discount %1 (%2).").arg(d->label, d->meta.id),
                        {{QStringLiteral("id"), d->meta.id},
                         {QStringLiteral("label"), d->label},
                         {QStringLiteral("payer_id"), d->payerId},
                         {QStringLiteral("plan_id"), d->planId},
                         {QStringLiteral("kind"), percent ? QStringLiteral("percent") : QStringLiteral("fixed")},
                         {QStringLiteral("value"), d->value}});
}

int runDiscounts(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    auto list =
        PayerDiscountService(ctx.db(), ctx.clock(), ctx.actor()).discountsOf(ctx.value(QStringLiteral("payer")));
    if (!list) {
        return ctx.failWith(list.error());
    }
    QJsonArray rows;
    for (const StoredDiscount& d : std::as_const(*list)) {
        rows.append(
            QJsonObject{{QStringLiteral("id"), d.meta.id},
                        {QStringLiteral("label"), d.label},
                        {QStringLiteral("kind"), d.percent ? QStringLiteral("percent") : QStringLiteral("fixed")},
                        {QStringLiteral("value"), d.value},
                        {QStringLiteral("amount"),
                         d.percent ? QStringLiteral("%1%").arg(QString::number(static_cast<double>(d.value) / 100.0))
                                   : S::money(d.value, *currency)}});
    }
    return ctx.emitList(
        rows, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind"), QStringLiteral("amount")});
}

int runDiscountRemove(CommandContext& ctx)
{
    const QString id = ctx.value(QStringLiteral("id"));
    if (auto ok = PayerDiscountService(ctx.db(), ctx.clock(), ctx.actor()).remove(id); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("Removed payer discount %1.").arg(id), {{QStringLiteral("id"), id}});
}

} // namespace

void registerPlanCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("plan");
    const OptionSpec date{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the day (default today)")};
    registry.add(
        {noun, QStringLiteral("set"), Tr::tr("Set how an enrollment is billed from a date on"), planSpecs(true),
         QString(),
         QStringLiteral("  mentordesk-cli plan set --enrollment ID --kind hourly --from 2026-03-01 --rate 100 "
                        "--one-off-fee 500 --rounding 15:up\n"
                        "  mentordesk-cli plan set --enrollment ID --kind subscription --from 2026-03-10 --fee "
                        "1000 --included-minutes 480 --overage-rate 120 --rollover capped "
                        "--rollover-cap-minutes 240\n"
                        "  mentordesk-cli plan set --enrollment ID --kind package --from 2026-03-01 --price 900 "
                        "--minutes 600 --validity-days 180\n"
                        "  mentordesk-cli plan set --enrollment ID --kind project --from 2026-03-01 --price 3000 "
                        "--milestone \"Design:40%\" --milestone \"Build:60%:2026-06-30\""),
         true, false, [](CommandContext& ctx) { return runSet(ctx, false); }});
    registry.add({noun, QStringLiteral("offer"), Tr::tr("Add a plan the studio offers (quoted by `quote`)"),
                  planSpecs(false), QString(),
                  QStringLiteral("  mentordesk-cli plan offer --kind package --from 2026-01-01 --label \"10 hours\" "
                                 "--price 900 --minutes 600"),
                  true, false, [](CommandContext& ctx) { return runSet(ctx, true); }});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show an enrollment's plans (or the offered plans)"),
                  {{QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("the enrollment")},
                   {QStringLiteral("offered"), QString(), Tr::tr("the plans the studio offers")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan show --enrollment ID\n  mentordesk-cli plan show --offered"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("remove"),
                  Tr::tr("Remove a plan no invoice has billed"),
                  {{QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("plan id"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan remove --id ID"),
                  true,
                  false,
                  runRemove});
    registry.add({noun,
                  QStringLiteral("buy-package"),
                  Tr::tr("Record a prepaid package bought under the enrollment's package plan"),
                  {{QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("the enrollment"), true}, date},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan buy-package --enrollment ID --date 2026-03-01"),
                  true,
                  false,
                  runBuyPackage});
    registry.add({noun,
                  QStringLiteral("milestone"),
                  Tr::tr("Mark a project milestone as reached"),
                  {{QStringLiteral("plan"), QStringLiteral("ID"), Tr::tr("the project plan"), true},
                   {QStringLiteral("milestone"), QStringLiteral("ID"), Tr::tr("milestone id (m1, m2…)"), true},
                   date},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan milestone --plan ID --milestone m1 --date 2026-04-15"),
                  true,
                  false,
                  runMilestone});
    registry.add({noun,
                  QStringLiteral("module-start"),
                  Tr::tr("Record that an enrollment started a module of its course"),
                  {{QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("the enrollment"), true},
                   {QStringLiteral("module"), QStringLiteral("ID"), Tr::tr("the course module"), true},
                   date},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan module-start --enrollment ID --module ID --date 2026-04-01"),
                  true,
                  false,
                  runModuleStart});
    registry.add({noun,
                  QStringLiteral("discount"),
                  Tr::tr("Add a discount for a payer (family discount) or a plan"),
                  {{QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("discount everything the payer is billed")},
                   {QStringLiteral("plan"), QStringLiteral("ID"), Tr::tr("discount one plan")},
                   {QStringLiteral("label"), QStringLiteral("TEXT"), Tr::tr("shown on the invoice"), true},
                   {QStringLiteral("percent"), QStringLiteral("PERCENT"), Tr::tr("a percentage off")},
                   {QStringLiteral("amount"), QStringLiteral("AMOUNT"), Tr::tr("a fixed amount off per invoice")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan discount --payer ID --label \"Family discount\" --percent 10"),
                  true,
                  false,
                  runDiscount});
    registry.add({noun,
                  QStringLiteral("discounts"),
                  Tr::tr("List a payer's standing discounts"),
                  {{QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("the payer"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli plan discounts --payer ID"),
                  true,
                  false,
                  runDiscounts});
    registry.add(
        {noun,
         QStringLiteral("discount-remove"),
         Tr::tr("Remove a payer discount (later billing runs no longer apply it)"),
         {{QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("discount id (plan discounts --payer ID)"), true}},
         QString(),
         QStringLiteral("  mentordesk-cli plan discount-remove --id ID"),
         true,
         false,
         runDiscountRemove});
}

} // namespace mentordesk::cli
