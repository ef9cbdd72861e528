// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDateEdit;
class QLabel;

namespace mentordesk {

/// Confirms enrolling a learner in a suggested course: who mentors it (the suggested mentors,
/// best first) and when it starts. The caller enrolls through EnrollmentService when accepted.
class EnrollCourseDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `mentors` as (id, name), in the order to offer; `preferredMentor` is preselected when listed.
    EnrollCourseDialog(const QString& learnerName, const QString& courseTitle, const QList<QPair<Id, QString>>& mentors,
                       const Id& preferredMentor, QDate start, QWidget* parent = nullptr);

    [[nodiscard]] Id mentorId() const;
    [[nodiscard]] QDate startDate() const;
    [[nodiscard]] QComboBox* mentorBox() const { return m_mentor; }
    [[nodiscard]] QDateEdit* startEdit() const { return m_start; }
    [[nodiscard]] QLabel* question() const { return m_question; }

private:
    QLabel* m_question = nullptr;
    QComboBox* m_mentor = nullptr;
    QDateEdit* m_start = nullptr;
};

} // namespace mentordesk
