// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/FirstSteps.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace mentordesk {

/// The "First steps" card at the top of the Today page of a new studio: add a learner, schedule a
/// lesson, record attendance (optional), run billing — each checked off from the studio's data
/// (FirstSteps), each with a button that asks to navigate where the step is done. Steps the account's
/// role cannot take are not shown. "Hide" asks to dismiss the card (TodayPage remembers it per studio).
class FirstStepsCard final : public QFrame
{
    Q_OBJECT

public:
    /// The step keys, in order: "learner", "lesson", "attendance", "billing".
    [[nodiscard]] static QStringList stepKeys();

    explicit FirstStepsCard(QWidget* parent = nullptr);

    /// Shows `steps`: hides the rows the account cannot take, checks the done ones.
    void setSteps(const FirstSteps& steps);
    [[nodiscard]] const FirstSteps& steps() const { return m_steps; }

    /// Whether the step `key` is listed / checked.
    [[nodiscard]] bool isStepShown(const QString& key) const;
    [[nodiscard]] bool isStepDone(const QString& key) const;
    /// The step's "go there" button (nullptr for an unknown key).
    [[nodiscard]] QPushButton* stepButton(const QString& key) const;
    [[nodiscard]] QPushButton* hideButton() const { return m_hide; }

signals:
    /// A step's button: show `kind`/`id` (StudioSession::requestNavigation): "newLearner", "calendar",
    /// "billingRun".
    void navigate(const QString& kind, const QString& id);
    /// The user asked to hide the card for good.
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString key;
        QWidget* widget = nullptr;
        QLabel* mark = nullptr;
        QLabel* text = nullptr;
        QPushButton* button = nullptr;
        bool done = false;
    };

    void addRow(const QString& key, const QString& kind);
    void retranslate();
    void refresh();
    [[nodiscard]] const Row* row(const QString& key) const;

    FirstSteps m_steps;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_hide = nullptr;
    QList<Row> m_rows;
};

} // namespace mentordesk
