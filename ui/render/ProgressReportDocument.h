// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// Everything printed on a learner's progress report for parents, already worded and formatted
/// (tr(), the studio's locale): the renderer only lays it out. Built by ProgressReportBuilder.
struct ProgressReportDocument
{
    /// P at a day, per mille (0–1000).
    struct ChartPoint
    {
        QDate date;
        int perMille = 0;
    };
    struct Enrollment
    {
        QString heading;                        ///< "Piano Grade 3 with Anna Schmidt"
        QList<QPair<QString, QString>> figures; ///< progress, held, to go, pace, projected, planned, E
        int progressPerMille = 0;               ///< for the bar next to the heading
        QList<ChartPoint> actual;               ///< P over time up to today
        QList<ChartPoint> projected;            ///< today → projected finish at the recent pace (0 or 2 points)
        QList<ChartPoint> planned;              ///< start → planned end (0 or 2 points)
    };
    struct MasteryRow
    {
        QString topic;
        int percent = 0;     ///< for the bar
        QString percentText; ///< "80 %"
        QString trend;
        QString assessedOn;
    };

    QString language; ///< "en" or "zh_CN" (the renderer picks fonts for it)
    QString title;    ///< "Progress report"
    QString studioName;
    QStringList studioLines; ///< address, e-mail, phone
    QString learnerName;
    QString asOfLine; ///< "As of 20 Nov 2026"
    QList<Enrollment> enrollments;
    QString noEnrollments;      ///< shown when `enrollments` is empty
    QStringList legend;         ///< actual, projected, planned
    QList<QString> axisPercent; ///< "0 %", "25 %", … "100 %"
    QString masteryTitle;
    QStringList masteryHeaders; ///< topic, mastery, trend, assessed on
    QList<MasteryRow> mastery;
    QString noMastery;
    QString notesTitle;
    QStringList notes; ///< newest first: lesson notes and homework, assessment notes
    QString noNotes;
    QString pageTemplate; ///< "Page {page} of {pages}"
};

} // namespace mentordesk
