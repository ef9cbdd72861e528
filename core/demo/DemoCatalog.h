// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// The fixed content of the demo studio: a topic graph across programming, maths, music and
/// languages, a course catalogue built on it, and bilingual name pools. Pure data.
struct DemoTopic
{
    QString key;               ///< stable key used by prerequisites and courses
    QString name;              ///< display name
    QString area;              ///< "programming", "maths", "music", "languages"
    QStringList prerequisites; ///< keys
};

struct DemoModule
{
    QString title;
    int minutes = 0;
};

struct DemoCourse
{
    QString title;
    QString description;
    int level = 1;        ///< 1–5
    int quality = 7;      ///< Q 1–10
    int practicality = 7; ///< U 1–10
    QStringList topics;   ///< keys
    QList<DemoModule> modules;
};

class DemoCatalog final
{
public:
    [[nodiscard]] static const QList<DemoTopic>& topics();
    [[nodiscard]] static const QList<DemoCourse>& courses();
    /// Given names and family names; the Chinese pools are written in Han characters.
    [[nodiscard]] static const QStringList& englishGivenNames();
    [[nodiscard]] static const QStringList& englishFamilyNames();
    [[nodiscard]] static const QStringList& chineseGivenNames();
    [[nodiscard]] static const QStringList& chineseFamilyNames();
    [[nodiscard]] static const QStringList& lessonNotes();
    [[nodiscard]] static const QStringList& homework();
    [[nodiscard]] static const QStringList& ratingComments();
};

} // namespace mentordesk
