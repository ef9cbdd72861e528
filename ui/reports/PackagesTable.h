// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QTableWidget>

namespace mentordesk {

class Formatter;

/// The packages report (ReportService::packages columns) as a table: learner, plan, purchased, valid
/// until, bought, used, remaining, status (expired / low balance). Activating a row emits
/// learnerActivated with the learner's id.
class PackagesTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit PackagesTable(QWidget* parent = nullptr);

    void setReport(const ReportTable& table, const Formatter& format);
    void retranslate();

signals:
    void learnerActivated(const QString& learnerId);
};

} // namespace mentordesk
