// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/ModelEnvelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// Whether the stored model matches the studio's ratings.
enum class ModelFreshness
{
    Missing, ///< no usable model (never trained, unreadable, or no course ratings at all)
    Stale,   ///< stored, but the ratings (or parameters) changed since
    Fresh,   ///< stored and trained on exactly the current ratings
};

/// The stored model's state.
struct ModelStatus
{
    ModelFreshness freshness = ModelFreshness::Missing;
    QString currentFingerprint;
    QString storedFingerprint;
    int ratings = 0;       ///< current course ratings
    int storedRatings = 0; ///< ratings the stored model was trained on
    QDateTime trainedAt;   ///< of the stored model (invalid when none)
};

/// What a training run did.
struct TrainingReport
{
    bool trained = false; ///< false when the stored model was already fresh (or there was nothing to learn)
    QString fingerprint;
    int ratings = 0;
    int learners = 0;
    int courses = 0;
    QDateTime trainedAt;
    double trainMs = 0.0; ///< wall time of the training alone
};

/// Trains the collaborative filter on the studio's course ratings and keeps it in `meta`
/// (ModelEnvelope). Reads the ratings in one transaction, trains outside it, writes the model in
/// another: a model always carries the fingerprint of the ratings it saw, so ratings that change
/// meanwhile simply make it stale again. Use one trainer per connection; for a worker thread, use
/// trainFile(), which opens its own connection (DESIGN: a connection stays on its thread).
class RecommenderTrainer final
{
    Q_DECLARE_TR_FUNCTIONS(RecommenderTrainer)

public:
    RecommenderTrainer(Database& db, const Clock& clock, const MfParams& params = {});

    /// Compares the stored fingerprint with the current ratings.
    [[nodiscard]] Result<ModelStatus> status();
    /// The stored model, whatever its freshness; nullopt when there is none or it is unreadable.
    [[nodiscard]] Result<std::optional<StoredModel>> load();
    /// Trains and stores the model unless it is fresh (or `force`). With no course ratings at all
    /// there is nothing to learn: trained stays false (and status() says Missing).
    /// Refused when `onEpoch` cancels; Invalid for bad parameters.
    [[nodiscard]] Result<TrainingReport> train(bool force = false,
                                               const MatrixFactorization::EpochCallback& onEpoch = {});

    /// For a worker thread: opens the studio file at `path` on the calling thread (no migration),
    /// then train(force, onEpoch). The GUI's connection sees the new model on its next read.
    [[nodiscard]] static Result<TrainingReport> trainFile(const QString& path, const Clock& clock,
                                                          const MfParams& params = {}, bool force = false,
                                                          const MatrixFactorization::EpochCallback& onEpoch = {});

private:
    Database& m_db;
    const Clock& m_clock;
    MfParams m_params;
};

} // namespace mentordesk
