// SPDX-License-Identifier: GPL-3.0-or-later
// `recommender evaluate`, `recommender synth`: offline evaluation of the collaborative filter on a
// ratings file, and synthetic rating sets to try it on (neither touches the studio database).
// `recommender train`, `recommender status`: the studio's stored model.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "RecommendCommandSupport.h"
#include "matcher/EvaluationHarness.h"
#include "matcher/RatingsFileReader.h"
#include "matcher/RatingsFileWriter.h"
#include "matcher/RecommenderService.h"
#include "matcher/SyntheticRatings.h"

#include <limits>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecommenderCommands)
};

constexpr int kShownBadLines = 10;
constexpr qint64 kMaxSeed = std::numeric_limits<qint64>::max();

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QJsonObject modelJson(const ModelEvaluation& m, bool json)
{
    const auto metric = [json](bool applies, double value) -> QJsonValue {
        if (!applies) {
            return json ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("–"));
        }
        return json ? QJsonValue(value) : QJsonValue(fixed(value, 4));
    };
    return {{QStringLiteral("model"), m.model},
            {QStringLiteral("rmse"), metric(m.hasRatingMetrics, m.rmse)},
            {QStringLiteral("mae"), metric(m.hasRatingMetrics, m.mae)},
            {QStringLiteral("precision_at_k"), metric(m.hasRankingMetrics, m.precision)},
            {QStringLiteral("recall_at_k"), metric(m.hasRankingMetrics, m.recall)},
            {QStringLiteral("ndcg_at_k"), metric(m.hasRankingMetrics, m.ndcg)},
            {QStringLiteral("train_ms"), json ? QJsonValue(m.trainMs) : QJsonValue(fixed(m.trainMs, 1))}};
}

int runEvaluate(CommandContext& ctx)
{
    const QString path = ctx.value(QStringLiteral("ratings"));
    EvaluationOptions options;
    auto folds = ctx.integer(QStringLiteral("folds"), 2, 20, options.folds);
    auto k = ctx.integer(QStringLiteral("k"), 1, 1000, options.k);
    auto seed = ctx.integer(QStringLiteral("seed"), 0, kMaxSeed, static_cast<qint64>(options.seed));
    auto factors = ctx.integer(QStringLiteral("factors"), 1, 500, options.mf.factors);
    auto epochs = ctx.integer(QStringLiteral("epochs"), 1, 1000, options.mf.epochs);
    for (const Result<qint64>* r : {&folds, &k, &seed, &factors, &epochs}) {
        if (!*r) {
            return ctx.failWith(r->error());
        }
    }
    options.folds = static_cast<int>(*folds);
    options.k = static_cast<int>(*k);
    options.seed = static_cast<std::uint64_t>(*seed);
    options.mf.factors = static_cast<int>(*factors);
    options.mf.epochs = static_cast<int>(*epochs);
    if (ctx.has(QStringLiteral("weights"))) {
        auto weights = BlendWeights::parse(ctx.value(QStringLiteral("weights")), options.blendWeights);
        if (!weights) {
            return ctx.failWith(weights.error());
        }
        options.blendWeights = *weights;
    }

    auto content = RatingsFileReader::readFile(path);
    if (!content) {
        return ctx.failWith(content.error());
    }
    if (!ctx.json()) {
        for (const BadRatingLine& bad : content->badLines.mid(0, kShownBadLines)) {
            ctx.err() << Tr::tr("warning: line %1 skipped: %2").arg(bad.line).arg(bad.reason) << u'\n';
        }
        if (content->badLineCount > kShownBadLines) {
            ctx.err() << Tr::tr("warning: %n more bad line(s) skipped", nullptr, content->badLineCount - kShownBadLines)
                      << u'\n';
        }
    }
    if (content->ratings.isEmpty()) {
        return ctx.failWith(Error::invalid(QStringLiteral("ratings"), Tr::tr("No ratings found in “%1”.").arg(path)));
    }
    const RatingMatrix matrix = RatingMatrix::fromTriples(content->ratings);
    auto report = EvaluationHarness::run(matrix, options);
    if (!report) {
        return ctx.failWith(report.error());
    }

    QJsonArray rows;
    for (const ModelEvaluation& m : report->models) {
        rows.append(modelJson(m, ctx.json()));
    }
    if (ctx.json()) {
        QJsonArray badLines;
        for (const BadRatingLine& bad : content->badLines) {
            badLines.append(QJsonObject{{QStringLiteral("line"), bad.line}, {QStringLiteral("reason"), bad.reason}});
        }
        return ctx.emitObject({{QStringLiteral("file"), path},
                               {QStringLiteral("ratings"), report->ratings},
                               {QStringLiteral("users"), report->users},
                               {QStringLiteral("items"), report->items},
                               {QStringLiteral("folds"), report->folds},
                               {QStringLiteral("k"), report->k},
                               {QStringLiteral("relevance_threshold"), report->relevanceThreshold},
                               {QStringLiteral("seed"), QString::number(options.seed)},
                               {QStringLiteral("factors"), options.mf.factors},
                               {QStringLiteral("epochs"), options.mf.epochs},
                               {QStringLiteral("blend_weights"), BlendWeights::format(options.blendWeights)},
                               {QStringLiteral("bad_line_count"), content->badLineCount},
                               {QStringLiteral("bad_lines"), badLines},
                               {QStringLiteral("models"), rows}});
    }
    ctx.out() << Tr::tr("%1: %2 ratings, %3 users, %4 items; %5-fold cross-validation, top-%6 lists, relevant = "
                        "rating ≥ %7")
                     .arg(path)
                     .arg(report->ratings)
                     .arg(report->users)
                     .arg(report->items)
                     .arg(report->folds)
                     .arg(report->k)
                     .arg(static_cast<double>(report->relevanceThreshold))
              << u'\n';
    QJsonArray textRows;
    const QString suffix = u'@' + QString::number(report->k);
    for (const QJsonValue& row : std::as_const(rows)) {
        QJsonObject o = row.toObject();
        o.insert(u"precision" + suffix, o.take(QStringLiteral("precision_at_k")));
        o.insert(u"recall" + suffix, o.take(QStringLiteral("recall_at_k")));
        o.insert(u"ndcg" + suffix, o.take(QStringLiteral("ndcg_at_k")));
        textRows.append(o);
    }
    return ctx.emitList(textRows,
                        {QStringLiteral("model"), QStringLiteral("rmse"), QStringLiteral("mae"), u"precision" + suffix,
                         u"recall" + suffix, u"ndcg" + suffix, QStringLiteral("train_ms")});
}

int runSynth(CommandContext& ctx)
{
    const QString shape = ctx.value(QStringLiteral("shape"), QStringLiteral("movielens100k"));
    if (shape != u"movielens100k" && shape != u"planted") {
        return ctx.failWith(Error::invalid(QStringLiteral("shape"),
                                           Tr::tr("Unknown shape “%1”; use movielens100k or planted.").arg(shape)));
    }
    const bool planted = shape == u"planted";
    const std::uint64_t defaultSeed = planted ? PlantedFactorsSpec{}.seed : MovieLensShapeSpec{}.seed;
    auto seed = ctx.integer(QStringLiteral("seed"), 0, kMaxSeed, static_cast<qint64>(defaultSeed));
    if (!seed) {
        return ctx.failWith(seed.error());
    }
    RatingMatrix ratings;
    if (planted) {
        PlantedFactorsSpec spec;
        spec.seed = static_cast<std::uint64_t>(*seed);
        ratings = SyntheticRatings::planted(spec).ratings;
    } else {
        MovieLensShapeSpec spec;
        spec.seed = static_cast<std::uint64_t>(*seed);
        ratings = SyntheticRatings::movieLens100kShaped(spec);
    }
    const QString out = ctx.value(QStringLiteral("out"));
    auto written = RatingsFileWriter::writeCsv(out, ratings);
    if (!written) {
        return ctx.failWith(written.error());
    }
    return ctx.emitDone(Tr::tr("Wrote %1 ratings (%2 users, %3 items) to %4.")
                            .arg(*written)
                            .arg(ratings.userCount())
                            .arg(ratings.itemCount())
                            .arg(out),
                        {{QStringLiteral("file"), out},
                         {QStringLiteral("shape"), shape},
                         {QStringLiteral("seed"), QString::number(*seed)},
                         {QStringLiteral("ratings"), *written},
                         {QStringLiteral("users"), ratings.userCount()},
                         {QStringLiteral("items"), ratings.itemCount()},
                         {QStringLiteral("mean"), ratings.mean()}});
}

int runTrain(CommandContext& ctx)
{
    RecommenderService service(ctx.db(), ctx.clock());
    auto r = service.trainModel(!ctx.has(QStringLiteral("if-stale")));
    if (!r) {
        return ctx.failWith(r.error());
    }
    const QJsonObject o{{QStringLiteral("trained"), r->trained},
                        {QStringLiteral("ratings"), r->ratings},
                        {QStringLiteral("learners"), r->learners},
                        {QStringLiteral("courses"), r->courses},
                        {QStringLiteral("fingerprint"), r->fingerprint},
                        {QStringLiteral("trained_at"), r->trainedAt.isValid()
                                                           ? QJsonValue(r->trainedAt.toString(Qt::ISODate))
                                                           : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("train_ms"), fixed(r->trainMs, 1).toDouble()}};
    if (r->ratings == 0) {
        return ctx.emitDone(Tr::tr("No course ratings yet: nothing to train on."), o);
    }
    if (!r->trained) {
        return ctx.emitDone(Tr::tr("The stored model is up to date (%n rating(s)).", nullptr, r->ratings), o);
    }
    return ctx.emitDone(Tr::tr("Trained the course recommender on %n rating(s) (%1 learners, %2 courses) in %3 ms.",
                               nullptr, r->ratings)
                            .arg(r->learners)
                            .arg(r->courses)
                            .arg(fixed(r->trainMs, 1)),
                        o);
}

int runStatus(CommandContext& ctx)
{
    RecommenderService service(ctx.db(), ctx.clock());
    auto st = service.modelStatus();
    if (!st) {
        return ctx.failWith(st.error());
    }
    return ctx.emitObject(
        {{QStringLiteral("state"), RecommendCommandSupport::freshnessKey(st->freshness)},
         {QStringLiteral("ratings"), st->ratings},
         {QStringLiteral("trained_on_ratings"), st->storedRatings},
         {QStringLiteral("trained_at"),
          st->trainedAt.isValid() ? QJsonValue(st->trainedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
         {QStringLiteral("fingerprint"), st->currentFingerprint},
         {QStringLiteral("stored_fingerprint"), st->storedFingerprint}});
}

} // namespace

void registerRecommenderCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("recommender");
    CommandSpec evaluate{
        noun,
        QStringLiteral("evaluate"),
        Tr::tr("Cross-validate matrix factorisation against baselines on a ratings file"),
        {{QStringLiteral("ratings"), QStringLiteral("FILE"),
          Tr::tr("user,item,rating[,timestamp] CSV or whitespace-separated (MovieLens u.data)"), true},
         {QStringLiteral("folds"), QStringLiteral("N"), Tr::tr("cross-validation folds, 2–20 (default 5)")},
         {QStringLiteral("k"), QStringLiteral("N"), Tr::tr("length of the top-k lists, 1–1000 (default 10)")},
         {QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("seed of the fold split (default 42)")},
         {QStringLiteral("factors"), QStringLiteral("N"), Tr::tr("latent factors, 1–500 (default 50)")},
         {QStringLiteral("epochs"), QStringLiteral("N"), Tr::tr("training epochs, 1–1000 (default 25)")},
         {QStringLiteral("weights"), QStringLiteral("LIST"),
          Tr::tr("weights of the \"blend\" row (default cf=0.2,popularity=0.8; content is dropped)")}},
        QString(),
        QStringLiteral("  mentordesk-cli recommender evaluate --ratings ratings.csv\n"
                       "  mentordesk-cli --json recommender evaluate --ratings ml-100k/u.data --folds 5 --k 10"),
        false,
        false,
        runEvaluate};
    registry.add(evaluate);
    CommandSpec synth{noun,
                      QStringLiteral("synth"),
                      Tr::tr("Write a synthetic ratings file (MovieLens-100k-shaped or planted factors)"),
                      {{QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("CSV file to write"), true},
                       {QStringLiteral("shape"), QStringLiteral("movielens100k|planted"),
                        Tr::tr("data set shape (default movielens100k)")},
                       {QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("generator seed")}},
                      QString(),
                      QStringLiteral("  mentordesk-cli recommender synth --out ratings.csv\n"
                                     "  mentordesk-cli recommender synth --out planted.csv --shape planted --seed 3"),
                      false,
                      false,
                      runSynth};
    registry.add(synth);
    registry.add(
        {noun,
         QStringLiteral("train"),
         Tr::tr("Train the studio's course recommender on its course ratings and store it"),
         {{QStringLiteral("if-stale"), QString(), Tr::tr("only when the ratings changed since the last training")}},
         QString(),
         QStringLiteral("  mentordesk-cli recommender train\n"
                        "  mentordesk-cli --json recommender train --if-stale"),
         true,
         false,
         runTrain});
    registry.add({noun,
                  QStringLiteral("status"),
                  Tr::tr("Show whether the stored course recommender matches the current ratings"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli recommender status"),
                  true,
                  false,
                  runStatus});
}

} // namespace mentordesk::cli
