// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mentordesk {

class DetailForm;
class MentorAvailabilityEditor;
class MentorExpertiseEditor;
class StudioSession;

/// The right-hand side of the mentors page: profile (role, contact, years, default rate, colour, bio,
/// number of learners), editable expertise and editable weekly availability.
class MentorDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MentorDetailPane(StudioSession& session, QWidget* parent = nullptr);

    /// Shows mentor `id`; `learnerCount` is their number of active learners (from the list model).
    void showMentor(const Id& id, int learnerCount);
    [[nodiscard]] Id mentorId() const { return m_id; }
    [[nodiscard]] DetailForm* form() const { return m_form; }
    [[nodiscard]] MentorExpertiseEditor* expertise() const { return m_expertise; }
    [[nodiscard]] MentorAvailabilityEditor* availability() const { return m_availability; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QString title() const;

signals:
    /// Expertise or availability was saved here.
    void mentorChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StudioSession& m_session;
    Id m_id;
    int m_learnerCount = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_badges = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailForm* m_form = nullptr;
    MentorExpertiseEditor* m_expertise = nullptr;
    MentorAvailabilityEditor* m_availability = nullptr;
};

} // namespace mentordesk
