// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "feedback/RatingTarget.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace mentordesk {

class FeedbackLookup;
class StudioSession;

/// Records a learner's rating: of one of their courses, one of their mentors or one of their recent held
/// lessons, with 1–5 stars, an optional comment and the date (today by default, studio time zone). Saves
/// through FeedbackService::rate in one call; a refused value is shown under the form with its field
/// focused, and nothing is written. Rating the same thing again replaces the earlier rating.
class RecordRatingDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordRatingDialog(StudioSession& session, const Id& learnerId, QWidget* parent = nullptr);
    ~RecordRatingDialog() override;

    /// Chooses what is rated (e.g. the course of the selected enrollment); a lesson not among the recent ones
    /// is added to the list; other targets not offered are ignored.
    void preselect(RatingTarget target, const Id& id);

    /// Saves; on success the dialog is accepted and savedId() names the rating.
    void accept() override;
    [[nodiscard]] const Id& savedId() const { return m_savedId; }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox* targetBox() const { return m_target; }
    [[nodiscard]] QComboBox* starsBox() const { return m_stars; }
    [[nodiscard]] QPlainTextEdit* commentEdit() const { return m_comment; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }

    /// "★★★☆☆" for 3 stars.
    [[nodiscard]] static QString starText(int stars);

private:
    void build();
    void fillTargets();
    void showError(const QString& field, const QString& message);
    [[nodiscard]] RatingTarget kind() const;

    StudioSession& m_session;
    std::unique_ptr<FeedbackLookup> m_lookup;
    Id m_savedId;
    QComboBox* m_kind = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_stars = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
