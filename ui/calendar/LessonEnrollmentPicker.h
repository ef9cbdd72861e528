// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace mentordesk {

class StudioSession;

/// Checkable list of a mentor's active and paused enrollments ("Li Wei — Python basics"). Ticking
/// several makes a group lesson.
class LessonEnrollmentPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit LessonEnrollmentPicker(StudioSession& session, QWidget* parent = nullptr);

    /// Lists the enrollments of `mentorId`, keeping the ticks of enrollments that are still listed.
    void setMentor(const Id& mentorId);
    [[nodiscard]] QStringList checkedEnrollments() const;
    /// Learner ids of the ticked enrollments.
    [[nodiscard]] QStringList checkedLearners() const;
    void setChecked(const Id& enrollmentId, bool checked);
    [[nodiscard]] int count() const;
    /// Enrollment ids in list order.
    [[nodiscard]] QStringList enrollmentIds() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void filter(const QString& text);

    StudioSession& m_session;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace mentordesk
