// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ExportDialog.h"

#include "UiTestSupport.h"
#include "courses/TopicService.h"
#include "importexport/ExportJob.h"
#include "people/PayerService.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kJobTimeoutMs = 30000;
} // namespace

class ExportDialogTest : public test::UiStudioTest
{
protected:
    qint64 payerCount()
    {
        PayerFilter all;
        all.includeArchived = true;
        auto page = PayerService(session().db(), session().clock()).list(all, {0, 1});
        return page ? page->total : -1;
    }
    bool exportAndWait(ExportDialog& dialog)
    {
        QSignalSpy done(&dialog.job(), &ExportJob::finished);
        return dialog.startExport() && done.wait(kJobTimeoutMs);
    }
};

TEST_F(ExportDialogTest, WritesAValidStudioJsonFileAndSaysWhere)
{
    ExportDialog dialog(session());
    dialog.show();
    EXPECT_TRUE(dialog.targetPath().endsWith(u".json"_s)) << "a suggested file name";
    const QString target = m_dir.filePath(u"studio.json"_s);
    dialog.chooseJson();
    dialog.setTargetPath(target);
    ASSERT_TRUE(exportAndWait(dialog));
    ASSERT_TRUE(dialog.job().result()) << dialog.job().result().error().message.toStdString();
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(json.object().value(u"format"_s).toString(), u"mentordesk-studio"_s);
    EXPECT_EQ(json.object().value(u"tables"_s).toObject().value(u"payers"_s).toArray().size(), payerCount());
    EXPECT_TRUE(dialog.statusText().contains(QDir::toNativeSeparators(target))) << dialog.statusText().toStdString();
    const QString shots = qEnvironmentVariable("MENTORDESK_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        dialog.grab().save(QDir(shots).filePath(u"export-dialog.png"_s));
    }
}

TEST_F(ExportDialogTest, WritesOneTableAsCsv)
{
    ExportDialog dialog(session());
    dialog.chooseCsv(u"payers"_s);
    EXPECT_TRUE(dialog.targetPath().endsWith(u".csv"_s));
    const QString target = m_dir.filePath(u"payers.csv"_s);
    dialog.setTargetPath(target);
    ASSERT_TRUE(exportAndWait(dialog));
    ASSERT_TRUE(dialog.job().result());
    EXPECT_EQ(dialog.job().result()->rows, payerCount());
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray firstLine = file.readLine();
    EXPECT_TRUE(firstLine.startsWith("id,")) << firstLine.toStdString();
    EXPECT_TRUE(firstLine.contains("name"));
}

TEST_F(ExportDialogTest, RefusesAMissingFolderWithoutStarting)
{
    // Why under a plain file: a folder there cannot exist, whoever runs the test (even root).
    QFile plain(m_dir.filePath(u"plain-file"_s));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    ExportDialog dialog(session());
    dialog.setTargetPath(plain.fileName() + u"/folder/studio.json"_s);
    EXPECT_FALSE(dialog.startExport());
    EXPECT_FALSE(dialog.job().isRunning());
    EXPECT_TRUE(dialog.statusText().contains(u"does not exist"_s)) << dialog.statusText().toStdString();
    dialog.setTargetPath(QString());
    EXPECT_FALSE(dialog.startExport());
    EXPECT_FALSE(dialog.statusText().isEmpty());
}

TEST_F(ExportDialogTest, IncludesDeletedRowsOnlyWhenAsked)
{
    TopicService topics(session().db(), session().clock());
    auto gone = topics.create({u"Deleted export topic"_s, QString(), QString()});
    ASSERT_TRUE(gone);
    ASSERT_TRUE(topics.remove(gone->meta.id));
    ExportDialog dialog(session());
    dialog.chooseCsv(u"topics"_s);
    const QString live = m_dir.filePath(u"live.csv"_s);
    dialog.setTargetPath(live);
    ASSERT_TRUE(exportAndWait(dialog));
    dialog.includeDeletedBox()->setChecked(true);
    const QString all = m_dir.filePath(u"all.csv"_s);
    dialog.setTargetPath(all);
    ASSERT_TRUE(exportAndWait(dialog));
    const auto read = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    EXPECT_FALSE(read(live).contains("Deleted export topic"));
    EXPECT_TRUE(read(all).contains("Deleted export topic"));
}
