// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace mentordesk::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

/// A studio (EUR, Europe/Berlin, clock 2026-01-15) with a payer, a learner enrolled with a mentor, VAT 19 %,
/// an hourly plan of 100.00/h plus a 50.00 one-off fee, and three held December lessons (60, 60, 45 min).
class BillingCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        payer = createId({s("payer"), s("add"), s("--name"), s("Anna Schmidt"), s("--email"), s("anna@example.com")});
        const QString mentor = createId({s("mentor"), s("add"), s("--name"), s("Alice Tan")});
        const QString learner = createId({s("learner"), s("add"), s("--name"), s("Ben"), s("--payer"), payer});
        enrollment = createId({s("enroll"), s("--learner"), learner, s("--mentor"), mentor, s("--title"),
                               s("Python coaching"), s("--target-hours"), s("30"), s("--start"), s("2025-12-01")});
        vat = createId({s("billing"), s("tax-rate"), s("add"), s("--label"), s("VAT 19 %"), s("--rate"), s("19")});
        ASSERT_EQ(cli({s("plan"), s("set"), s("--enrollment"), enrollment, s("--kind"), s("hourly"), s("--from"),
                       s("2025-12-01"), s("--rate"), s("100"), s("--one-off-fee"), s("50"), s("--tax-rate"), vat})
                      .code,
                  0);
        for (const auto& [day, minutes] : {std::pair{s("2025-12-02 15:00"), 60}, std::pair{s("2025-12-09 15:00"), 60},
                                           std::pair{s("2025-12-16 15:00"), 45}}) {
            const QString lesson = createId({s("lesson"), s("add"), s("--mentor"), mentor, s("--enrollment"),
                                             enrollment, s("--start"), day, s("--minutes"), QString::number(minutes)});
            ASSERT_EQ(cli({s("lesson"), s("complete"), s("--id"), lesson}).code, 0);
        }
    }

    QJsonObject json(const QStringList& args)
    {
        const CliRun r = cli(QStringList{s("--json")} + args);
        EXPECT_EQ(r.code, 0) << args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString();
        return r.json().object();
    }

    /// Runs the real binary (PDF output needs the graphics system, which the in-process runner lacks).
    int binary(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("MENTORDESK_NOW"), s("2026-01-15T10:00:00Z"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MENTORDESK_CLI_BINARY), QStringList{s("--db"), m_db} + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return p.exitCode();
    }

    QString payer, enrollment, vat;
};

// 100.00 + 100.00 + 75.00 + one-off 50.00 = 325.00 net, 61.75 VAT, 386.75 total.
TEST_F(BillingCommandsTest, RunIssuePayCreditEndToEnd)
{
    QJsonObject run = json({s("billing"), s("run"), s("--period"), s("2025-12"), s("--dry-run")});
    EXPECT_TRUE(run.value(s("dry_run")).toBool());
    EXPECT_EQ(run.value(s("total_minor")).toInteger(), 38675);
    EXPECT_EQ(json({s("invoice"), s("list")}).value(s("total")).toInt(), 0);

    run = json({s("billing"), s("run"), s("--period"), s("2025-12")});
    ASSERT_EQ(run.value(s("drafts")).toArray().size(), 1);
    EXPECT_EQ(run.value(s("lessons_billed")).toInt(), 3);
    run = json({s("billing"), s("run"), s("--period"), s("2025-12")});
    EXPECT_EQ(run.value(s("total_minor")).toInteger(), 38675) << "a second run refreshes, never duplicates";
    EXPECT_EQ(json({s("invoice"), s("list")}).value(s("total")).toInt(), 1);

    const CliRun issued =
        cli({s("--json"), s("invoice"), s("issue"), s("--period"), s("2025-12"), s("--date"), s("2026-01-02")});
    ASSERT_EQ(issued.code, 0) << issued.err.toStdString();
    EXPECT_EQ(issued.json().array().first().toObject().value(s("number")).toString(), s("INV-0001"));
    QJsonObject inv = json({s("invoice"), s("show"), s("--id"), s("INV-0001")});
    EXPECT_EQ(inv.value(s("status")).toString(), s("issued"));
    EXPECT_EQ(inv.value(s("due_date")).toString(), s("2026-01-16"));
    EXPECT_EQ(inv.value(s("lines")).toArray().size(), 4);

    inv = json({s("invoice"), s("pay"), s("--id"), s("INV-0001"), s("--amount"), s("100"), s("--method"), s("cash")});
    EXPECT_EQ(inv.value(s("status")).toString(), s("partly_paid"));
    inv = json({s("invoice"), s("pay"), s("--id"), s("INV-0001"), s("--amount"), s("300")});
    EXPECT_EQ(inv.value(s("status")).toString(), s("paid"));
    EXPECT_EQ(inv.value(s("to_payer_credit")).toString(), s("13.25"));
    const QJsonObject balance = json({s("payer"), s("balance"), s("--id"), payer});
    EXPECT_EQ(balance.value(s("credit_minor")).toInteger(), 1325);
    EXPECT_EQ(balance.value(s("balance")).toString(), s("-13.25"));

    const QJsonObject note =
        json({s("invoice"), s("credit"), s("--id"), s("INV-0001"), s("--reason"), s("Wrong rate")});
    EXPECT_EQ(note.value(s("number")).toString(), s("CN-0001"));
    EXPECT_EQ(note.value(s("total_minor")).toInteger(), -38675);
    EXPECT_EQ(json({s("invoice"), s("show"), s("--id"), s("INV-0001")}).value(s("status")).toString(), s("credited"));
    // Voided: the lessons can be billed again, on a new draft.
    run = json({s("billing"), s("run"), s("--period"), s("2025-12")});
    EXPECT_EQ(run.value(s("total_minor")).toInteger(), 38675);
}

TEST_F(BillingCommandsTest, JournalBalancesAndCsvListsTheInvoices)
{
    ASSERT_EQ(cli({s("billing"), s("run"), s("--period"), s("2025-12")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("issue"), s("--period"), s("2025-12"), s("--date"), s("2026-01-02")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("pay"), s("--id"), s("INV-0001"), s("--amount"), s("400")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("credit"), s("--id"), s("INV-0001")}).code, 0);
    const QString journal = m_dir.filePath(s("studio.journal"));
    ASSERT_EQ(cli({s("export"), s("journal"), s("--out"), journal}).code, 0);
    QFile f(journal);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(s("(INV-0001) Anna Schmidt")));
    EXPECT_TRUE(text.contains(s("liabilities:tax:VAT 19 %  -61.75 EUR")));
    const QString hledger = QStandardPaths::findExecutable(s("hledger"));
    if (!hledger.isEmpty()) {
        QProcess p;
        p.start(hledger, {s("-f"), journal, s("balance"), s("--no-total"), s("--flat")});
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        QProcess total;
        total.start(hledger, {s("-f"), journal, s("balance"), s("-O"), s("csv")});
        ASSERT_TRUE(total.waitForFinished(60000));
        const QString csv = QString::fromUtf8(total.readAllStandardOutput());
        // hledger ≥ 1.30 writes "Total:", older versions "total".
        EXPECT_TRUE(csv.contains(QRegularExpression(s("\"[Tt]otal:?\",\"0\"")))) << csv.toStdString();
    }
    const CliRun csv = cli({s("invoice"), s("export")});
    ASSERT_EQ(csv.code, 0);
    EXPECT_TRUE(csv.out.startsWith(s("number,kind,status")));
    EXPECT_TRUE(csv.out.contains(s("INV-0001,invoice,credited,2026-01-02")));
    EXPECT_TRUE(csv.out.contains(s("CN-0001,credit_note,issued")));
}

TEST_F(BillingCommandsTest, PdfInEnglishAndChinese)
{
    ASSERT_EQ(cli({s("billing"), s("run"), s("--period"), s("2025-12")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("issue"), s("--period"), s("2025-12"), s("--date"), s("2026-01-02")}).code, 0);
    const QString pdf = m_dir.filePath(s("inv.pdf"));
    ASSERT_EQ(binary({s("invoice"), s("pdf"), s("--id"), s("INV-0001"), s("--out"), pdf}), 0);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(s("pdftotext"));
    const auto textOf = [&](const QString& file) {
        QProcess p;
        p.start(pdftotext, {file, s("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    if (!pdftotext.isEmpty()) {
        const QString text = textOf(pdf);
        EXPECT_TRUE(text.contains(s("INV-0001"))) << text.toStdString();
        EXPECT_TRUE(text.contains(s("386.75")));
    }
    // A Chinese payer's invoice is worded in Chinese.
    ASSERT_EQ(cli({s("payer"), s("edit"), s("--id"), payer, s("--invoice-language"), s("zh_CN")}).code, 0);
    const QString zh = m_dir.filePath(s("zh.pdf"));
    ASSERT_EQ(cli({s("invoice"), s("credit"), s("--id"), s("INV-0001")}).code, 0);
    ASSERT_EQ(cli({s("billing"), s("run"), s("--period"), s("2025-12")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("issue"), s("--period"), s("2025-12"), s("--date"), s("2026-01-10")}).code, 0);
    ASSERT_EQ(binary({s("invoice"), s("pdf"), s("--id"), s("INV-0002"), s("--out"), zh}), 0);
    if (!pdftotext.isEmpty()) {
        const QString text = textOf(zh);
        EXPECT_TRUE(text.contains(s("发票"))) << text.toStdString();
        // Why only the prefix: pdftotext loses some digit runs set in the CJK font (its ToUnicode map of
        // Qt's font subsets); the rendered page shows "INV-0002" (checked by eye with pdftoppm).
        EXPECT_TRUE(text.contains(s("INV-"))) << text.toStdString();
    }
}

TEST_F(BillingCommandsTest, QuoteFoundingExample)
{
    const QJsonObject q =
        json({s("quote"), s("--content-hours"), s("20"), s("--efficiency"), s("1.0"), s("--weekly-minutes"), s("120"),
              s("--lesson-minutes"), s("60"), s("--start"), s("2026-03-02"), s("--only-given"), s("--plan-kind"),
              s("hourly"), s("--plan-terms"), s("{\"rate\":10000,\"one_off_fee\":50000}")});
    const QJsonArray options = q.value(s("options")).toArray();
    ASSERT_EQ(options.size(), 1);
    EXPECT_EQ(options.first().toObject().value(s("total")).toString(), s("2500.00"));
    EXPECT_EQ(q.value(s("assumptions")).toObject().value(s("minutes_needed")).toInt(), 1200);
}

TEST_F(BillingCommandsTest, BadInputExitCodes)
{
    CliRun r = cli({s("--json"), s("billing"), s("run"), s("--period"), s("December")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("period"));
    EXPECT_EQ(cli({s("billing"), s("run")}).code, 2);
    EXPECT_EQ(cli({s("invoice"), s("pay"), s("--id"), s("INV-0001")}).code, 2);
    EXPECT_EQ(cli({s("invoice"), s("pay"), s("--id"), s("INV-9999"), s("--amount"), s("5")}).code, 1);
    r = cli({s("--json"), s("plan"), s("set"), s("--enrollment"), enrollment, s("--kind"), s("hourly"), s("--from"),
             s("2026-02-01"), s("--rate"), s("12.345")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("rate"));
    r = cli({s("--json"), s("plan"), s("set"), s("--enrollment"), enrollment, s("--kind"), s("package"), s("--from"),
             s("2026-02-01"), s("--terms"), s("{\"price\":100,\"minutes\":60,\"colour\":\"red\"}")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("terms.colour"));
    EXPECT_EQ(cli({s("invoice"), s("issue")}).code, 2);
    EXPECT_EQ(cli({s("invoice"), s("list"), s("--status"), s("lost")}).code, 1);
    r = cli({s("--json"), s("plan"), s("show"), s("--enrollment"), enrollment});
    EXPECT_EQ(r.json().array().size(), 1) << "the failed plan sets stored nothing";
}

// Issued 2 January (due 16 January), 100.00 paid on 15 January: 286.75 still open.
TEST_F(BillingCommandsTest, ReportsRevenueAgingAndPackagesFromInvoices)
{
    ASSERT_EQ(cli({s("billing"), s("run"), s("--period"), s("2025-12")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("issue"), s("--period"), s("2025-12"), s("--date"), s("2026-01-02")}).code, 0);
    ASSERT_EQ(cli({s("invoice"), s("pay"), s("--id"), s("INV-0001"), s("--amount"), s("100")}).code, 0);

    const QJsonArray months =
        json({s("report"), s("revenue"), s("--from"), s("2025-12-01")}).value(s("rows")).toArray();
    ASSERT_EQ(months.size(), 2);
    EXPECT_EQ(months[0].toObject().value(s("issued_minor")).toInteger(), 0);
    EXPECT_EQ(months[1].toObject().value(s("issued_minor")).toInteger(), 38675);
    EXPECT_EQ(months[1].toObject().value(s("paid_minor")).toInteger(), 10000);
    EXPECT_EQ(months[1].toObject().value(s("currency")).toString(), s("EUR"));
    // Text shows money in the studio currency; JSON (above) and CSV keep minor units.
    const CliRun revenueText = cli({s("report"), s("revenue"), s("--from"), s("2025-12-01")});
    ASSERT_EQ(revenueText.code, 0) << revenueText.err.toStdString();
    EXPECT_TRUE(revenueText.out.contains(s("386.75"))) << revenueText.out.toStdString();
    EXPECT_TRUE(revenueText.out.contains(s("100.00"))) << revenueText.out.toStdString();
    EXPECT_FALSE(revenueText.out.contains(s("38675"))) << revenueText.out.toStdString();
    EXPECT_FALSE(revenueText.out.contains(s("issued_minor"))) << revenueText.out.toStdString();
    const CliRun revenueCsv = cli({s("report"), s("revenue"), s("--from"), s("2025-12-01"), s("--csv")});
    ASSERT_EQ(revenueCsv.code, 0);
    EXPECT_TRUE(revenueCsv.out.contains(s("issued_minor"))) << revenueCsv.out.toStdString();
    EXPECT_TRUE(revenueCsv.out.contains(s("38675"))) << revenueCsv.out.toStdString();

    // One `report aging`: text/JSON in money with totals, CSV in minor units, --as-of moves the buckets.
    const QJsonObject aging = json({s("report"), s("aging")});
    EXPECT_EQ(aging.value(s("as_of")).toString(), s("2026-01-15"));
    ASSERT_EQ(aging.value(s("rows")).toArray().size(), 1);
    EXPECT_EQ(aging.value(s("totals")).toObject().value(s("payer")).toString(), s("Total"));
    CliRun csv = cli({s("report"), s("aging"), s("--csv")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(s("payer_id,payer,current_minor,"))) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(s("Anna Schmidt,28675,0,0,0,0,28675"))) << csv.out.toStdString();
    csv = cli({s("report"), s("aging"), s("--as-of"), s("2026-02-20"), s("--csv")}); // 35 days past due
    ASSERT_EQ(csv.code, 0);
    EXPECT_TRUE(csv.out.contains(s("Anna Schmidt,0,0,28675,0,0,28675"))) << csv.out.toStdString();
    const CliRun text = cli({s("report"), s("aging")});
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(s("Anna Schmidt")));

    // No package plan: no packages.
    EXPECT_TRUE(json({s("report"), s("packages")}).value(s("rows")).toArray().isEmpty());
}
