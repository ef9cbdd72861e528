// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace mentordesk {

namespace {
const QString kSuffix = QStringLiteral(".mentordesk-backup");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

BackupSchedule::BackupSchedule(int everyHours)
    : m_everyHours(std::max(everyHours, 0))
{}

bool BackupSchedule::isDue(const QDateTime& lastBackupUtc, const QDateTime& lastFailureUtc,
                           const QDateTime& nowUtc) const
{
    const QDateTime next = nextDue(lastBackupUtc, lastFailureUtc, nowUtc);
    return next.isValid() && next <= nowUtc;
}

QDateTime BackupSchedule::nextDue(const QDateTime& lastBackupUtc, const QDateTime& lastFailureUtc,
                                  const QDateTime& nowUtc) const
{
    if (!isActive()) {
        return {};
    }
    const qint64 interval = qint64(m_everyHours) * 3600;
    QDateTime next = nowUtc;
    if (lastBackupUtc.isValid() && lastBackupUtc <= nowUtc) {
        next = lastBackupUtc.addSecs(interval);
    }
    if (lastFailureUtc.isValid() && lastFailureUtc <= nowUtc) {
        next = std::max(next, lastFailureUtc.addSecs(std::min(interval, kRetrySeconds)));
    }
    return std::max(next, nowUtc);
}

QDateTime BackupSchedule::stampOf(const QString& fileName, const QString& studioPath)
{
    const QString prefix = QFileInfo(studioPath).completeBaseName() + u'-';
    if (!fileName.startsWith(prefix) || !fileName.endsWith(kSuffix)) {
        return {};
    }
    const QString stamp = fileName.mid(prefix.size(), fileName.size() - prefix.size() - kSuffix.size());
    QDateTime at = QDateTime::fromString(stamp, kStampFormat);
    if (!at.isValid()) {
        return {};
    }
    at.setTimeSpec(Qt::UTC);
    return at;
}

QDateTime BackupSchedule::lastAutomaticBackup(const QString& folder, const QString& studioPath)
{
    const QDir dir(folder);
    if (folder.trimmed().isEmpty() || !dir.exists()) {
        return {};
    }
    const QString pattern = QFileInfo(studioPath).completeBaseName() + QStringLiteral("-*") + kSuffix;
    QDateTime newest;
    for (const QString& name : dir.entryList({pattern}, QDir::Files)) {
        const QDateTime at = stampOf(name, studioPath);
        if (at.isValid() && (!newest.isValid() || at > newest)) {
            newest = at;
        }
    }
    return newest;
}

} // namespace mentordesk
