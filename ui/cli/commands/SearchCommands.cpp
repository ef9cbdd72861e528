// SPDX-License-Identifier: GPL-3.0-or-later
// `search TEXT`: the desktop's global search from the command line.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "search/GlobalSearch.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommands)
};

QString rankKey(SearchRank rank)
{
    switch (rank) {
    case SearchRank::Exact:
        return QStringLiteral("exact");
    case SearchRank::Prefix:
        return QStringLiteral("prefix");
    case SearchRank::WordPrefix:
        return QStringLiteral("word_prefix");
    case SearchRank::Substring:
        break;
    }
    return QStringLiteral("substring");
}

int runSearch(CommandContext& ctx)
{
    auto limit = ctx.integer(QStringLiteral("limit"), 1, GlobalSearch::kMaxLimit, GlobalSearch::kDefaultLimit);
    if (!limit) {
        return ctx.failWith(limit.error());
    }
    // Why: `search Anna Chen` without quotes means the same as `search "Anna Chen"`.
    const QString text = ctx.positionals().join(u' ');
    auto hits = GlobalSearch(ctx.db()).search(text, static_cast<int>(*limit));
    if (!hits) {
        return ctx.failWith(hits.error());
    }
    if (hits->isEmpty() && !ctx.json()) {
        ctx.out() << Tr::tr("Nothing matches “%1”.").arg(text.trimmed()) << u'\n';
        return kExitOk;
    }
    QJsonArray rows;
    for (const SearchHit& h : std::as_const(*hits)) {
        rows.append(QJsonObject{{QStringLiteral("kind"), h.kind},
                                {QStringLiteral("id"), h.id},
                                {QStringLiteral("title"), h.title},
                                {QStringLiteral("subtitle"), h.subtitle},
                                {QStringLiteral("rank"), rankKey(h.rank)},
                                {QStringLiteral("archived"), h.archived}});
    }
    return ctx.emitList(
        rows, {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("id")});
}

} // namespace

void registerSearchCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("search"),
                  QString(),
                  Tr::tr("Find learners, payers, mentors, courses and topics by name, e-mail or phone"),
                  {{QStringLiteral("limit"), QStringLiteral("N"),
                    Tr::tr("at most N results of each kind (1–%1, default %2)")
                        .arg(GlobalSearch::kMaxLimit)
                        .arg(GlobalSearch::kDefaultLimit)}},
                  QStringLiteral("TEXT"),
                  QStringLiteral("  mentordesk-cli search anna\n"
                                 "  mentordesk-cli search \"Chen family\" --limit 10\n"
                                 "  mentordesk-cli --json search 王"),
                  true,
                  false,
                  runSearch});
}

} // namespace mentordesk::cli
