// SPDX-License-Identifier: GPL-3.0-or-later
// `quote`: the plan advisor.
#include "../CommandRegistry.h"
#include "BillingCommandSupport.h"
#include "billing/PlanCodec.h"
#include "billing/QuoteService.h"
#include "billing/plans/Plan.h"
#include "invoices/InvoiceText.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCommands)
};

using S = BillingCommandSupport;

Result<int> permille(const QString& text, const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d)(?:\\.(\\d{1,3}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return fail(Error::invalid(field, Tr::tr("“%1” is not a factor such as 0.8.").arg(text)));
    }
    return m.captured(1).toInt() * 1000 + m.captured(2).leftJustified(3, u'0').toInt();
}

int runQuote(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    QuoteInput in;
    in.enrollmentId = ctx.value(QStringLiteral("enrollment"));
    in.courseId = ctx.value(QStringLiteral("course"));
    auto hours = ctx.integer(QStringLiteral("content-hours"), 1, 100000, 0);
    auto weekly = ctx.integer(QStringLiteral("weekly-minutes"), 1, 10080, 60);
    auto lesson = ctx.integer(QStringLiteral("lesson-minutes"), 0, 1440, 0);
    auto target = S::percent(ctx, QStringLiteral("target"), 10000, QStringLiteral("target_permille"));
    auto start = S::dateOrToday(ctx, QStringLiteral("start"));
    if (!hours || !weekly || !lesson || !target || !start) {
        return ctx.failWith(!hours    ? hours.error()
                            : !weekly ? weekly.error()
                            : !lesson ? lesson.error()
                            : !target ? target.error()
                                      : start.error());
    }
    if (in.enrollmentId.isEmpty() && in.courseId.isEmpty() && *hours == 0) {
        return ctx.usageError(Tr::tr("give --enrollment ID, --course ID or --content-hours N"));
    }
    in.contentMinutes = *hours * 60;
    in.weeklyMinutes = *weekly;
    in.lessonMinutes = static_cast<int>(*lesson);
    in.targetPermille = static_cast<int>(*target / 10);
    in.startDate = *start;
    if (ctx.has(QStringLiteral("efficiency"))) {
        auto e = permille(ctx.value(QStringLiteral("efficiency")), QStringLiteral("efficiency_permille"));
        if (!e) {
            return ctx.failWith(e.error());
        }
        in.efficiencyPermille = *e;
    }
    in.includeOffered = !ctx.has(QStringLiteral("only-given"));
    const QStringList kinds = ctx.values(QStringLiteral("plan-kind"));
    const QStringList terms = ctx.rawValues(QStringLiteral("plan-terms"));
    if (kinds.size() != terms.size()) {
        return ctx.usageError(Tr::tr("give one --plan-terms JSON for each --plan-kind"));
    }
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString field = QStringLiteral("plans[%1]").arg(i);
        auto kind = Plan::parseKind(kinds[i], field + QStringLiteral(".kind"));
        if (!kind) {
            return ctx.failWith(kind.error());
        }
        auto t = PlanCodec::fromText(*kind, terms[i]);
        if (!t) {
            Error e = t.error();
            e.field = field + u'.' + e.field;
            return ctx.failWith(e);
        }
        Plan p;
        p.id = QStringLiteral("given-%1").arg(i + 1);
        p.label = Tr::tr("Given plan %1 (%2)").arg(i + 1).arg(kinds[i]);
        p.terms = *t;
        in.plans.append(p);
    }
    auto quote = QuoteService(ctx.db()).quote(in);
    if (!quote) {
        return ctx.failWith(quote.error());
    }
    const QuoteAssumptions& a = quote->assumptions;
    QJsonArray options;
    for (const QuoteOption& o : std::as_const(quote->options)) {
        options.append(QJsonObject{{QStringLiteral("plan_id"), o.planId},
                                   {QStringLiteral("plan"), o.planLabel},
                                   {QStringLiteral("kind"), Plan::kindKey(o.kind)},
                                   {QStringLiteral("total"), S::money(o.totalMinor, *currency)},
                                   {QStringLiteral("total_minor"), o.totalMinor},
                                   {QStringLiteral("lines"), static_cast<int>(o.lines.size())},
                                   {QStringLiteral("periods"), o.periods},
                                   {QStringLiteral("packages"), o.packages}});
    }
    const QJsonObject assumptions{{QStringLiteral("content_minutes"), a.contentMinutes},
                                  {QStringLiteral("efficiency"), InvoiceText::percent(a.efficiencyPermille * 10)},
                                  {QStringLiteral("target_percent"), InvoiceText::percent(a.targetPermille * 10)},
                                  {QStringLiteral("held_minutes_so_far"), a.heldMinutesSoFar},
                                  {QStringLiteral("minutes_needed"), a.minutesNeeded},
                                  {QStringLiteral("weekly_minutes"), a.weeklyMinutes},
                                  {QStringLiteral("lessons"), a.lessons},
                                  {QStringLiteral("lessons_per_week"), a.lessonsPerWeek},
                                  {QStringLiteral("weeks"), a.weeks},
                                  {QStringLiteral("start"), a.startDate.toString(Qt::ISODate)},
                                  {QStringLiteral("end"), a.endDate.toString(Qt::ISODate)}};
    if (ctx.json()) {
        return ctx.emitObject({{QStringLiteral("assumptions"), assumptions}, {QStringLiteral("options"), options}});
    }
    ctx.out() << Tr::tr("%1 min of study needed (%2 lessons over %3 weeks, %4 to %5); every lesson held, no discounts, "
                        "amounts as the plans state them.")
                     .arg(a.minutesNeeded)
                     .arg(a.lessons)
                     .arg(a.weeks)
                     .arg(a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate))
              << u'\n';
    return ctx.emitList(options, {QStringLiteral("plan"), QStringLiteral("kind"), QStringLiteral("total"),
                                  QStringLiteral("periods"), QStringLiteral("packages")});
}

} // namespace

void registerQuoteCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("quote"),
         QString(),
         Tr::tr("Quote a learner's goal under each plan, cheapest first (the plan advisor)"),
         {{QStringLiteral("enrollment"), QStringLiteral("ID"),
           Tr::tr("the goal of this enrollment (course, E, hours held)")},
          {QStringLiteral("course"), QStringLiteral("ID"), Tr::tr("the content of this course")},
          {QStringLiteral("content-hours"), QStringLiteral("N"), Tr::tr("or this many content hours")},
          {QStringLiteral("efficiency"), QStringLiteral("E"),
           Tr::tr("efficiency, e.g. 0.8 (default: the enrollment's, else 0.8)")},
          {QStringLiteral("target"), QStringLiteral("PERCENT"), Tr::tr("progress to reach (default 100)")},
          {QStringLiteral("weekly-minutes"), QStringLiteral("N"), Tr::tr("time with the mentor per week (default 60)")},
          {QStringLiteral("lesson-minutes"), QStringLiteral("N"),
           Tr::tr("one lesson's length (default: one lesson a week)")},
          {QStringLiteral("start"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first lesson (default today)")},
          {QStringLiteral("plan-kind"), QStringLiteral("KIND"), Tr::tr("also quote a plan of this kind (repeatable)…")},
          {QStringLiteral("plan-terms"), QStringLiteral("JSON"), Tr::tr("…with these terms (docs/billing.md)")},
          {QStringLiteral("only-given"), QString(), Tr::tr("quote only the plans given, not the offered ones")}},
         QString(),
         QStringLiteral(
             "  mentordesk-cli quote --content-hours 20 --efficiency 1.0 --weekly-minutes 120 --lesson-minutes 60 "
             "--start 2026-03-02\n"
             "  mentordesk-cli quote --course ID --plan-kind hourly --plan-terms '{\"rate\":10000,"
             "\"one_off_fee\":50000}'"),
         true,
         false,
         runQuote});
}

} // namespace mentordesk::cli
