// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace mentordesk {

class Database;

/// What the demo generator has created so far and shares between its steps.
struct DemoContext
{
    struct CourseInfo
    {
        Id id;
        QString title;
        QString area;
        int level = 1;
        int contentMinutes = 0;
        int quality = 7;
        QList<Id> topics;
        QList<Id> moduleIds;
    };
    struct MentorInfo
    {
        Id id;
        QStringList areas;
        int bias = 0; ///< how learners tend to rate this mentor, in tenths of a star
    };

    Database& db;
    DemoOptions options;
    DemoSummary summary;
    DemoRandom random;
    QDateTime stamp; ///< created_at / updated_at of every generated row (deterministic)
    QTimeZone zone;
    QDate firstDay;              ///< first day of history
    QHash<QString, Id> topicIds; ///< DemoTopic::key → id
    QHash<Id, QString> topicArea;
    QList<CourseInfo> courses;
    QList<MentorInfo> mentors;
};

} // namespace mentordesk
