// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Conflict.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;

namespace mentordesk {

class Formatter;

/// Shows the clashes of a proposed time before anything is saved, with the explicit "Save anyway" box
/// that lets the user keep a double booking on purpose.
class LessonConflictList final : public QWidget
{
    Q_OBJECT

public:
    explicit LessonConflictList(QWidget* parent = nullptr);

    /// `lines` are the conflicts' descriptions (already prefixed with dates for series).
    void setConflicts(const QList<Conflict>& conflicts, const QStringList& lines);
    /// Shown instead of the list when the check itself could not run (e.g. an incomplete form).
    void setUnchecked(const QString& reason);
    [[nodiscard]] const QList<Conflict>& conflicts() const { return m_conflicts; }
    [[nodiscard]] bool allowConflicts() const;
    void setAllowConflicts(bool allow);
    [[nodiscard]] QString summaryText() const;

    /// One line for a clash, in the studio's time zone: "Mon 23/11/2026 15:00–16:00: Maria Santos already
    /// teaches another lesson then."
    [[nodiscard]] static QString describe(const Conflict& conflict, const Formatter& format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<Conflict> m_conflicts;
    QString m_unchecked;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QCheckBox* m_allow = nullptr;
};

} // namespace mentordesk
