// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/LessonChecks.h"

#include "billing/FieldKey.h"

#include <QSet>

namespace mentordesk {

Result<void> LessonChecks::lessons(const QList<BillableLesson>& lessons)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QString prefix = FieldKey::indexed(QStringLiteral("lessons"), i);
        if (auto ok = lessons[i].validate(); !ok) {
            return fail(FieldKey::prefixed(ok.error(), prefix));
        }
        if (ids.contains(lessons[i].lessonId)) {
            return fail(Error::invalid(prefix + QStringLiteral(".lesson_id"),
                                       tr("Lesson %1 is listed twice.").arg(lessons[i].lessonId)));
        }
        ids.insert(lessons[i].lessonId);
    }
    return {};
}

Result<void> LessonChecks::progressModel(int efficiencyPermille, qint64 contentMinutes)
{
    if (efficiencyPermille < 50 || efficiencyPermille > 2000) {
        return fail(Error::invalid(QStringLiteral("efficiency_permille"),
                                   tr("Efficiency must be between 0.05 and 2.0 (got %1 ‰).").arg(efficiencyPermille)));
    }
    if (contentMinutes < 1 || contentMinutes > 10000LL * 60) {
        return fail(Error::invalid(QStringLiteral("content_minutes"),
                                   tr("Content hours must be between 1 minute and 10,000 hours.")));
    }
    return {};
}

} // namespace mentordesk
