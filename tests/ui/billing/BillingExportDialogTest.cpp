// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingExportDialog.h"

#include "BillingTestSupport.h"
#include "CliRunner.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mentordesk;

class BillingExportDialogTest : public test::UiStudioTest
{
protected:
    /// Runs mentordesk-cli in-process on the same studio file (clock pinned like the session's).
    int runCommandLine(const QStringList& args)
    {
        QString out;
        QString err;
        QString input;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream in(&input);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MENTORDESK_NOW"), QStringLiteral("2026-11-20T09:00:00Z"));
        const int code = cli::runCli(QStringList{QStringLiteral("--db"), studioPath()} + args, o, e, in, env);
        o.flush();
        e.flush();
        EXPECT_EQ(code, 0) << err.toStdString();
        return code;
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    QTemporaryDir m_out;
};

TEST_F(BillingExportDialogTest, InvoicesCsvMatchesTheCommandLine)
{
    BillingExportDialog dialog(session());
    EXPECT_EQ(dialog.format(), BillingExportDialog::Format::InvoicesCsv);
    EXPECT_EQ(dialog.fromEdit()->date(), QDate(2026, 1, 1));
    EXPECT_EQ(dialog.toEdit()->date(), QDate(2026, 11, 20));
    dialog.fromEdit()->setDate(QDate(2026, 9, 1));
    dialog.toEdit()->setDate(QDate(2026, 10, 31));
    const QString gui = m_out.filePath(QStringLiteral("gui.csv"));
    ASSERT_TRUE(dialog.exportTo(gui)) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("gui.csv"))) << dialog.statusText().toStdString();
    const QString fromCli = m_out.filePath(QStringLiteral("cli.csv"));
    ASSERT_EQ(runCommandLine({QStringLiteral("invoice"), QStringLiteral("export"), QStringLiteral("--from"),
                              QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                              QStringLiteral("--out"), fromCli}),
              0);
    const QByteArray csv = read(gui);
    EXPECT_GT(csv.count('\n'), 2) << "the demo issued invoices in September and October";
    EXPECT_EQ(csv, read(fromCli));

    dialog.linesBox()->setChecked(true);
    ASSERT_TRUE(dialog.exportTo(gui)) << dialog.errorText().toStdString();
    ASSERT_EQ(runCommandLine({QStringLiteral("invoice"), QStringLiteral("export"), QStringLiteral("--from"),
                              QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                              QStringLiteral("--lines"), QStringLiteral("--out"), fromCli}),
              0);
    EXPECT_EQ(read(gui), read(fromCli));
    EXPECT_GT(read(gui).size(), csv.size());
}

TEST_F(BillingExportDialogTest, JournalMatchesTheCommandLine)
{
    BillingExportDialog dialog(session());
    dialog.setFormat(BillingExportDialog::Format::Journal);
    EXPECT_FALSE(dialog.linesBox()->isEnabled());
    dialog.fromEdit()->setDate(QDate(2026, 8, 1));
    dialog.toEdit()->setDate(QDate(2026, 11, 20));
    const QString gui = m_out.filePath(QStringLiteral("gui.journal"));
    ASSERT_TRUE(dialog.exportTo(gui)) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("payments"))) << dialog.statusText().toStdString();
    const QString fromCli = m_out.filePath(QStringLiteral("cli.journal"));
    ASSERT_EQ(runCommandLine({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--from"),
                              QStringLiteral("2026-08-01"), QStringLiteral("--to"), QStringLiteral("2026-11-20"),
                              QStringLiteral("--out"), fromCli}),
              0);
    const QByteArray journal = read(gui);
    EXPECT_TRUE(journal.contains("assets:receivable"));
    EXPECT_EQ(journal, read(fromCli));
}

TEST_F(BillingExportDialogTest, RefusesAReversedRangeOrAnUnwritableFileAndWritesNothing)
{
    BillingExportDialog dialog(session());
    dialog.fromEdit()->setDate(QDate(2026, 10, 1));
    dialog.toEdit()->setDate(QDate(2026, 9, 1));
    const QString path = m_out.filePath(QStringLiteral("reversed.csv"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_EQ(dialog.errorField(), QStringLiteral("to"));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("To:"))) << dialog.errorText().toStdString();
    EXPECT_FALSE(QFile::exists(path));

    dialog.toEdit()->setDate(QDate(2026, 10, 31));
    const QString bad = m_out.filePath(QStringLiteral("no/such/folder/x.csv"));
    EXPECT_FALSE(dialog.exportTo(bad));
    EXPECT_EQ(dialog.errorField(), QStringLiteral("file"));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("File:"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.statusText().isEmpty());
}

TEST_F(BillingExportDialogTest, FitsItsDefaultSize)
{
    BillingExportDialog dialog(session());
    ASSERT_TRUE(dialog.exportTo(m_out.filePath(QStringLiteral("invoices.csv"))));
    test::expectFitsAndShoot(dialog, QStringLiteral("billing-export-dialog"));
}
