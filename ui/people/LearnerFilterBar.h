// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Learner.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace mentordesk {

/// Search field, status choice and mentor choice above the learner list. Typing is debounced
/// (kDebounceMilliseconds); the choices apply at once. The filter itself is core's LearnerFilter.
class LearnerFilterBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMilliseconds = 250;
    /// The status choices, in combo-box order.
    enum class StatusChoice
    {
        Current, ///< active and paused (the default)
        Active,
        Paused,
        Archived,
        All,
    };

    explicit LearnerFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] LearnerFilter filter() const;
    /// True when nothing narrows the list beyond the default (current learners, any mentor, no text).
    [[nodiscard]] bool isDefault() const;
    /// Offers these mentors (id, name) in the mentor choice, keeping the current choice when possible.
    void setMentors(const QList<QPair<Id, QString>>& mentors);
    void setText(const QString& text);
    void setStatusChoice(StatusChoice choice);
    void setMentorId(const Id& mentorId);
    /// Back to the default filter (emits filterChanged once).
    void reset();
    /// Any mentor, `choice` of statuses and `text` (emits filterChanged once, without delay).
    void showOnly(const QString& text, StatusChoice choice);
    /// Applies pending typing now instead of after the debounce delay.
    void flush();
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_search = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_mentorLabel = nullptr;
    QComboBox* m_mentor = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_quiet = false;
};

} // namespace mentordesk
