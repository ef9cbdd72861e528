// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarMentorFilter.h"

#include "calendar/CalendarPalette.h"

#include <QCoreApplication>
#include <QSignalBlocker>

namespace mentordesk {

namespace {
QString allMentors()
{
    return QCoreApplication::translate("mentordesk::CalendarPage", "All mentors");
}
} // namespace

CalendarMentorFilter::CalendarMentorFilter(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("mentorFilter"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
}

void CalendarMentorFilter::fill(const QList<Mentor>& mentors, const Id& current)
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(allMentors(), QString());
    for (const Mentor& m : mentors) {
        if (m.isArchived() && m.meta.id != current) {
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(CalendarPalette::mentorColor(m.color));
        addItem(QIcon(swatch), m.name, m.meta.id);
    }
    setCurrentIndex(std::max(0, findData(current)));
}

void CalendarMentorFilter::retranslate()
{
    if (count() > 0) {
        setItemText(0, allMentors());
    }
}

} // namespace mentordesk
