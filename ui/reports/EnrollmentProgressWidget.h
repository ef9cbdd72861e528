// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Formatter.h"
#include "progress/EnrollmentProgress.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace mentordesk {

class StudioSession;

/// One enrollment's progress at a glance, for embedding (learner detail, reports): a progress bar
/// with P, held and remaining time, pace and projected finish against the plan, the default and the
/// calibrated efficiency (and which one is in use), mastery per topic and the at-risk reasons.
class EnrollmentProgressWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EnrollmentProgressWidget(const Formatter& format, QWidget* parent = nullptr);

    /// Shows `progress`; `topicNames` names the topics of its mastery list (ids are shown otherwise).
    void setProgress(const EnrollmentProgress& progress, const QHash<Id, QString>& topicNames = {});
    /// Loads and shows the enrollment through ProgressService; false (and an error text) on failure.
    bool showEnrollment(StudioSession& session, const Id& enrollmentId);

    [[nodiscard]] const EnrollmentProgress& progress() const { return m_progress; }
    /// The texts shown, for tests and accessibility: "title", "progress", "time", "projection",
    /// "efficiency", "risks".
    [[nodiscard]] QString text(const QString& part) const;
    /// Number of topic rows in the mastery list.
    [[nodiscard]] int masteryRows() const { return m_masteryCount; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Formatter m_format;
    EnrollmentProgress m_progress;
    QHash<Id, QString> m_topicNames;
    bool m_hasProgress = false;
    QLabel* m_title = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_projection = nullptr;
    QLabel* m_efficiency = nullptr;
    QLabel* m_masteryTitle = nullptr;
    QGridLayout* m_mastery = nullptr;
    QLabel* m_risks = nullptr;
    int m_masteryCount = 0;
};

} // namespace mentordesk
