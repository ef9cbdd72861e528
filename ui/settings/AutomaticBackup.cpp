// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AutomaticBackup.h"

#include "common/Clock.h"
#include "shell/StudioSession.h"
#include "storage/StudioBackup.h"

#include <QDir>
#include <QSettings>
#include <algorithm>

namespace mentordesk {

namespace {

const QString kEnabledKey = QStringLiteral("backup/automatic");
const QString kFolderKey = QStringLiteral("backup/folder");
const QString kKeepKey = QStringLiteral("backup/keep");
const QString kEveryHoursKey = QStringLiteral("backup/everyHours");

} // namespace

AutomaticBackup::Options AutomaticBackup::load()
{
    const QSettings settings;
    Options options;
    options.enabled = settings.value(kEnabledKey, false).toBool();
    options.folder = settings.value(kFolderKey).toString();
    options.keep = std::clamp<int>(settings.value(kKeepKey, kDefaultKeep).toInt(), 1, kMaxKeep);
    options.everyHours = std::clamp<int>(settings.value(kEveryHoursKey, 0).toInt(), 0, 24 * 7);
    return options;
}

void AutomaticBackup::store(const Options& options)
{
    QSettings settings;
    settings.setValue(kEnabledKey, options.enabled);
    settings.setValue(kFolderKey, options.folder);
    settings.setValue(kKeepKey, std::clamp<int>(options.keep, 1, kMaxKeep));
    settings.setValue(kEveryHoursKey, std::clamp<int>(options.everyHours, 0, 24 * 7));
}

QList<int> AutomaticBackup::scheduleChoices()
{
    return {0, 1, 2, 4, 8, 24};
}

Result<QString> AutomaticBackup::run(StudioSession& session, const Options& options)
{
    return run(session.db(), session.path(), session.clock().nowUtc(), options);
}

Result<QString> AutomaticBackup::run(Database& db, const QString& studioPath, const QDateTime& nowUtc,
                                     const Options& options)
{
    if (options.folder.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("folder"), tr("Choose a folder for the automatic backups.")));
    }
    const QDir folder(options.folder);
    if (!QDir().mkpath(folder.absolutePath())) {
        return fail(
            Error::invalid(QStringLiteral("folder"),
                           tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.folder))));
    }
    const QString target = folder.filePath(StudioBackup::automaticFileName(studioPath, nowUtc));
    if (auto ok = StudioBackup::automaticBackup(db, target); !ok) {
        return fail(ok.error());
    }
    if (auto pruned = StudioBackup::prune(folder.absolutePath(), std::clamp<int>(options.keep, 1, kMaxKeep)); !pruned) {
        return fail(pruned.error());
    }
    return target;
}

Result<QString> AutomaticBackup::runIfEnabled(StudioSession& session)
{
    const Options options = load();
    if (!options.enabled) {
        return QString();
    }
    return run(session, options);
}

} // namespace mentordesk
