// SPDX-License-Identifier: GPL-3.0-or-later
// `backup create|auto|restore|verify|prune`, `studio check`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "common/Clock.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/StudioBackup.h"
#include "storage/StudioLocationCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

const QString kDefaultPassphraseVar = QStringLiteral("MENTORDESK_BACKUP_PASSPHRASE");

QList<OptionSpec> passphraseOptions()
{
    return {
        {QStringLiteral("passphrase-env"), QStringLiteral("VAR"),
         Tr::tr("read the passphrase from environment variable VAR (default MENTORDESK_BACKUP_PASSPHRASE)")},
        {QStringLiteral("passphrase-stdin"), QString(), Tr::tr("read the passphrase from the first line of stdin")}};
}

/// The passphrase from --passphrase-stdin or the environment; empty when none was given.
QString passphrase(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("passphrase-stdin"))) {
        return ctx.in().readLine();
    }
    return QProcessEnvironment::systemEnvironment().value(
        ctx.value(QStringLiteral("passphrase-env"), kDefaultPassphraseVar));
}

int runCreate(CommandContext& ctx)
{
    const bool encrypt = ctx.has(QStringLiteral("encrypt"));
    const QString secret = encrypt ? passphrase(ctx) : QString();
    if (encrypt && secret.isEmpty()) {
        return ctx.failWith(
            Error::invalid(QStringLiteral("passphrase"),
                           Tr::tr("--encrypt needs a passphrase: set %1 or use --passphrase-stdin.")
                               .arg(ctx.value(QStringLiteral("passphrase-env"), kDefaultPassphraseVar))));
    }
    const QString out = ctx.value(QStringLiteral("out"));
    if (auto ok = StudioBackup::backup(ctx.db(), out, secret); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(
        encrypt ? Tr::tr("Wrote an encrypted, verified backup to %1.").arg(QDir::toNativeSeparators(out))
                : Tr::tr("Wrote a verified backup to %1.").arg(QDir::toNativeSeparators(out)),
        {{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()}, {QStringLiteral("encrypted"), encrypt}});
}

int runAuto(CommandContext& ctx)
{
    auto keep = ctx.integer(QStringLiteral("keep"), 1, 10000, 14);
    if (!keep) {
        return ctx.failWith(keep.error());
    }
    const bool encrypt = ctx.has(QStringLiteral("encrypt"));
    const QString secret = encrypt ? passphrase(ctx) : QString();
    if (encrypt && secret.isEmpty()) {
        return ctx.failWith(Error::invalid(QStringLiteral("passphrase"), Tr::tr("--encrypt needs a passphrase.")));
    }
    const QString dir = ctx.value(QStringLiteral("dir"));
    const QString target = QDir(dir).filePath(StudioBackup::automaticFileName(ctx.studioPath(), ctx.clock().nowUtc()));
    if (auto ok = StudioBackup::backup(ctx.db(), target, secret); !ok) {
        return ctx.failWith(ok.error());
    }
    auto removed = StudioBackup::prune(dir, static_cast<int>(*keep));
    if (!removed) {
        return ctx.failWith(removed.error());
    }
    return ctx.emitDone(
        Tr::tr("Wrote %1; removed %2 old backup(s).").arg(QDir::toNativeSeparators(target)).arg(*removed),
        {{QStringLiteral("path"), target}, {QStringLiteral("removed"), *removed}});
}

int runRestore(CommandContext& ctx)
{
    const QString from = ctx.value(QStringLiteral("from"));
    const QString secret = BackupCipher::isEncrypted(from) ? passphrase(ctx) : QString();
    auto previous = StudioBackup::restore(from, ctx.studioPath(), secret);
    if (!previous) {
        return ctx.failWith(previous.error());
    }
    QJsonObject object{{QStringLiteral("studio"), ctx.studioPath()}, {QStringLiteral("previous"), *previous}};
    return ctx.emitDone(previous->isEmpty()
                            ? Tr::tr("Restored %1.").arg(QDir::toNativeSeparators(ctx.studioPath()))
                            : Tr::tr("Restored %1; the previous file was kept as %2.")
                                  .arg(QDir::toNativeSeparators(ctx.studioPath()), QDir::toNativeSeparators(*previous)),
                        object);
}

int runVerify(CommandContext& ctx)
{
    const QString file = ctx.value(QStringLiteral("file"));
    if (!QFileInfo::exists(file)) {
        return ctx.failWith(Error::storage(Tr::tr("There is no file “%1”.").arg(QDir::toNativeSeparators(file))));
    }
    QString plain = file;
    QTemporaryDir tmp;
    if (BackupCipher::isEncrypted(file)) {
        plain = tmp.filePath(QStringLiteral("verify.mentordesk"));
        if (auto ok = BackupCipher::decryptFile(file, plain, passphrase(ctx)); !ok) {
            return ctx.failWith(ok.error());
        }
    }
    if (auto ok = StudioBackup::verify(plain); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("%1 is intact.").arg(QDir::toNativeSeparators(file)), {{QStringLiteral("ok"), true}});
}

int runPrune(CommandContext& ctx)
{
    auto keep = ctx.integer(QStringLiteral("keep"), 1, 10000, 14);
    if (!keep) {
        return ctx.failWith(keep.error());
    }
    auto removed = StudioBackup::prune(ctx.value(QStringLiteral("dir")), static_cast<int>(*keep));
    if (!removed) {
        return ctx.failWith(removed.error());
    }
    return ctx.emitDone(Tr::tr("Removed %1 old backup(s).").arg(*removed), {{QStringLiteral("removed"), *removed}});
}

int runCheck(CommandContext& ctx)
{
    const QStringList warnings = StudioLocationCheck::warnings(ctx.studioPath());
    QJsonArray list;
    for (const QString& w : warnings) {
        list.append(w);
    }
    if (ctx.json()) {
        return ctx.emitObject({{QStringLiteral("path"), ctx.studioPath()},
                               {QStringLiteral("file_system"), StudioLocationCheck::fileSystemType(ctx.studioPath())},
                               {QStringLiteral("warnings"), list}});
    }
    if (warnings.isEmpty()) {
        ctx.out() << Tr::tr("The studio file is on a local disk (%1); nothing to worry about.")
                         .arg(StudioLocationCheck::fileSystemType(ctx.studioPath()))
                  << u'\n';
    }
    for (const QString& w : warnings) {
        ctx.out() << Tr::tr("warning: %1").arg(w) << u'\n';
    }
    return kExitOk;
}

} // namespace

void registerBackupCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("backup");
    QList<OptionSpec> create = {
        {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("where to write the backup"), true},
        {QStringLiteral("encrypt"), QString(), Tr::tr("encrypt with a passphrase")}};
    create += passphraseOptions();
    registry.add(
        {noun, QStringLiteral("create"),
         Tr::tr("Write a consistent, verified copy of the studio (safe while it is in use)"), create, QString(),
         QStringLiteral(
             "  mentordesk-cli backup create --out ~/backups/studio.mentordesk-backup\n"
             "  MENTORDESK_BACKUP_PASSPHRASE=… mentordesk-cli backup create --out b.mentordesk-backup --encrypt"),
         true, false, runCreate});
    QList<OptionSpec> automatic = {
        {QStringLiteral("dir"), QStringLiteral("DIR"), Tr::tr("backup folder"), true},
        {QStringLiteral("keep"), QStringLiteral("N"), Tr::tr("how many backups to keep (default 14)")},
        {QStringLiteral("encrypt"), QString(), Tr::tr("encrypt with a passphrase")}};
    automatic += passphraseOptions();
    registry.add({noun, QStringLiteral("auto"),
                  Tr::tr("Write a time-stamped backup into a folder and delete the oldest beyond --keep (for cron)"),
                  automatic, QString(), QStringLiteral("  mentordesk-cli backup auto --dir ~/backups --keep 30"), true,
                  false, runAuto});
    QList<OptionSpec> restore = {
        {QStringLiteral("from"), QStringLiteral("FILE"), Tr::tr("the backup to restore"), true}};
    restore += passphraseOptions();
    registry.add({noun, QStringLiteral("restore"),
                  Tr::tr("Replace the studio (--db) by a verified backup; the old file is kept aside"), restore,
                  QString(),
                  QStringLiteral("  mentordesk-cli --db ~/studio.mentordesk backup restore --from b.mentordesk-backup"),
                  false, false, runRestore});
    QList<OptionSpec> verify = {{QStringLiteral("file"), QStringLiteral("FILE"), Tr::tr("the backup to check"), true}};
    verify += passphraseOptions();
    registry.add({noun, QStringLiteral("verify"), Tr::tr("Decrypt (if needed) and integrity-check a backup"), verify,
                  QString(), QStringLiteral("  mentordesk-cli backup verify --file b.mentordesk-backup"), false, false,
                  runVerify});
    registry.add({noun,
                  QStringLiteral("prune"),
                  Tr::tr("Delete the oldest automatic backups in a folder"),
                  {{QStringLiteral("dir"), QStringLiteral("DIR"), Tr::tr("backup folder"), true},
                   {QStringLiteral("keep"), QStringLiteral("N"), Tr::tr("how many to keep (default 14)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli backup prune --dir ~/backups --keep 10"),
                  false,
                  false,
                  runPrune});
    registry.add({QStringLiteral("studio"),
                  QStringLiteral("check"),
                  Tr::tr("Warn when the studio file is on a network drive or in a file-sync folder"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli studio check"),
                  false,
                  false,
                  runCheck});
}

} // namespace mentordesk::cli
