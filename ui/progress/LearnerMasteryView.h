// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/LearnerMastery.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace mentordesk {

class Formatter;

/// A learner's mastery: each course of their enrollments rolled up (mean of its topics, unassessed
/// topics counting 0 %) and every assessed topic with its latest value, trend and date.
class LearnerMasteryView final : public QWidget
{
    Q_OBJECT

public:
    explicit LearnerMasteryView(QWidget* parent = nullptr);

    void setMastery(const LearnerMastery& mastery, const Formatter& format);
    void clear();
    /// Rows shown: topics and courses.
    [[nodiscard]] int topicRows() const { return m_topicRows; }
    [[nodiscard]] int courseRows() const { return m_courseRows; }
    /// The text of a topic row ("Topic: 80 % rising, 3 Nov 2026"), for tests.
    [[nodiscard]] QString topicText(int row) const;

private:
    void addRow(const QString& name, int percent, const QString& detail, bool course);

    QLabel* m_title = nullptr;
    QGridLayout* m_grid = nullptr;
    QStringList m_topicTexts;
    int m_topicRows = 0;
    int m_courseRows = 0;
};

} // namespace mentordesk
