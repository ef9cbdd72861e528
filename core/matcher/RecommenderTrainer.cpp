// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RecommenderTrainer.h"

#include "common/Clock.h"
#include "matcher/RecommenderRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

namespace mentordesk {

namespace {

/// The current ratings and the stored envelope text, read together.
struct Snapshot
{
    QList<RatingTriple> ratings;
    QString stored;
};

Result<Snapshot> readSnapshot(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return fail(tx.error());
    }
    RecommenderRepository repo(db);
    auto ratings = repo.courseRatings();
    if (!ratings) {
        return fail(ratings.error());
    }
    auto stored = repo.meta(ModelEnvelope::key());
    if (!stored) {
        return fail(stored.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return Snapshot{std::move(*ratings), std::move(*stored)};
}

} // namespace

RecommenderTrainer::RecommenderTrainer(Database& db, const Clock& clock, const MfParams& params)
    : m_db(db)
    , m_clock(clock)
    , m_params(params)
{}

Result<ModelStatus> RecommenderTrainer::status()
{
    auto snap = readSnapshot(m_db);
    if (!snap) {
        return fail(snap.error());
    }
    ModelStatus st;
    st.ratings = static_cast<int>(snap->ratings.size());
    st.currentFingerprint = ModelEnvelope::fingerprint(snap->ratings, m_params);
    if (auto stored = ModelEnvelope::decode(snap->stored); stored) {
        st.storedFingerprint = stored->fingerprint;
        st.storedRatings = stored->ratings;
        st.trainedAt = stored->trainedAt;
        st.freshness = stored->fingerprint == st.currentFingerprint ? ModelFreshness::Fresh : ModelFreshness::Stale;
    }
    if (snap->ratings.isEmpty()) {
        st.freshness = ModelFreshness::Missing;
    }
    return st;
}

Result<std::optional<StoredModel>> RecommenderTrainer::load()
{
    auto text = RecommenderRepository(m_db).meta(ModelEnvelope::key());
    if (!text) {
        return fail(text.error());
    }
    auto stored = ModelEnvelope::decode(*text);
    if (!stored) {
        return std::optional<StoredModel>();
    }
    return std::optional<StoredModel>(std::move(*stored));
}

Result<TrainingReport> RecommenderTrainer::train(bool force, const MatrixFactorization::EpochCallback& onEpoch)
{
    auto snap = readSnapshot(m_db);
    if (!snap) {
        return fail(snap.error());
    }
    TrainingReport report;
    report.ratings = static_cast<int>(snap->ratings.size());
    report.fingerprint = ModelEnvelope::fingerprint(snap->ratings, m_params);
    RatingMatrix matrix = RatingMatrix::fromTriples(snap->ratings);
    report.learners = matrix.userCount();
    report.courses = matrix.itemCount();
    if (snap->ratings.isEmpty()) {
        return report;
    }
    if (!force) {
        if (auto stored = ModelEnvelope::decode(snap->stored); stored && stored->fingerprint == report.fingerprint) {
            report.trainedAt = stored->trainedAt;
            return report;
        }
    }
    matrix.setRatingScale(1.0F, 5.0F);
    QElapsedTimer timer;
    timer.start();
    auto model = MatrixFactorization::train(matrix, m_params, onEpoch);
    if (!model) {
        return fail(model.error());
    }
    report.trainMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    report.trainedAt = m_clock.nowUtc();
    const StoredModel stored{std::move(*model), report.fingerprint, report.ratings, report.trainedAt};
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = RecommenderRepository(m_db).setMeta(ModelEnvelope::key(), ModelEnvelope::encode(stored)); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    report.trained = true;
    return report;
}

Result<TrainingReport> RecommenderTrainer::trainFile(const QString& path, const Clock& clock, const MfParams& params,
                                                     bool force, const MatrixFactorization::EpochCallback& onEpoch)
{
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    options.backupBeforeUpgrade = false;
    auto db = Database::open(path, options);
    if (!db) {
        return fail(db.error());
    }
    return RecommenderTrainer(**db, clock, params).train(force, onEpoch);
}

} // namespace mentordesk
