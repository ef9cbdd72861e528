// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"

#include <QTableWidget>

namespace mentordesk {

/// The at-risk list as a table: learner, enrollment, mentor, progress, reasons. Activating a row
/// emits learnerActivated with the learner's id.
class AtRiskTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit AtRiskTable(QWidget* parent = nullptr);

    void setEntries(const QList<AtRiskEntry>& entries, const QLocale& locale);
    void retranslate();

signals:
    void learnerActivated(const QString& learnerId);
};

} // namespace mentordesk
