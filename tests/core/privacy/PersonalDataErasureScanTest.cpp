// SPDX-License-Identifier: GPL-3.0-or-later
// After erasing a learner and their payer, none of their personal strings is left anywhere in the
// database — every text column of every table, the audit log included — except in the retained data of
// issued invoices, which must be byte-for-byte what it was.
#include "PrivacyFixture.h"
#include "privacy/PersonalDataRegistry.h"
#include "privacy/PersonalDataService.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk::test {

namespace {

/// "table.column: value" for every text value outside issued invoices that contains `needle`.
QStringList findEverywhere(Database& db, const QString& needle)
{
    QStringList tables;
    auto t = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    EXPECT_TRUE(t.has_value() && t->exec().has_value());
    while (t && t->next()) {
        tables.append(t->text(0));
    }
    EXPECT_GT(tables.size(), 20);
    const QString issued = QStringLiteral("(SELECT id FROM invoices WHERE status = 'issued')");
    QStringList hits;
    for (const QString& table : std::as_const(tables)) {
        QString retained = QStringLiteral("0");
        if (table == QStringLiteral("invoices")) {
            retained = QStringLiteral("status = 'issued'");
        } else if (table == QStringLiteral("invoice_lines") || table == QStringLiteral("invoice_taxes")) {
            retained = QStringLiteral("invoice_id IN ") + issued;
        }
        auto c = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        EXPECT_TRUE(c.has_value());
        c->bind(table);
        EXPECT_TRUE(c->exec().has_value());
        QStringList columns;
        while (c->next()) {
            columns.append(c->text(0));
        }
        for (const QString& column : std::as_const(columns)) {
            // Every column, whatever its declared type: SQLite stores text wherever it is given.
            auto s = db.prepare(QStringLiteral("SELECT CAST(") + column + QStringLiteral(" AS TEXT) FROM ") + table +
                                QStringLiteral(" WHERE instr(lower(CAST(") + column +
                                QStringLiteral(" AS TEXT)), lower(?)) > 0 AND NOT (") + retained + QStringLiteral(")"));
            EXPECT_TRUE(s.has_value()) << table.toStdString() << "." << column.toStdString();
            if (!s) {
                continue;
            }
            s->bind(needle);
            EXPECT_TRUE(s->exec().has_value());
            while (s->next()) {
                hits.append(table + u'.' + column + QStringLiteral(": ") + s->text(0));
            }
        }
    }
    return hits;
}

} // namespace

class PersonalDataErasureScanTest : public PrivacyTest
{};

TEST_F(PersonalDataErasureScanTest, ThePersonalStringsAreEverywhereBeforehand)
{
    EXPECT_TRUE(text(QStringLiteral("SELECT reference FROM payments WHERE payer_id = ?"), {payer}).contains(u"Zelda"));
    EXPECT_TRUE(text(QStringLiteral("SELECT note FROM payer_credits WHERE payer_id = ?"), {payer}).contains(u"Zelda"));
    // The scan can fail: before erasure each string is found outside the retained invoices.
    for (const QString& needle : personalStrings()) {
        EXPECT_FALSE(findEverywhere(db(), needle).isEmpty()) << needle.toStdString();
    }
    EXPECT_TRUE(retainedInvoiceData().contains(QStringLiteral("Quentin Zabrowski")));
}

TEST_F(PersonalDataErasureScanTest, NothingPersonalIsLeftOutsideIssuedInvoices)
{
    const QString retainedBefore = retainedInvoiceData();
    PersonalDataService service(db(), clock());
    MD_ASSERT_OK(service.erase(PersonKind::Learner, learner, QStringLiteral("Zelda Zabrowski")));
    MD_ASSERT_OK(service.erase(PersonKind::Payer, payer, QStringLiteral("Quentin Zabrowski")));
    for (const QString& needle : personalStrings()) {
        const QStringList hits = findEverywhere(db(), needle);
        EXPECT_TRUE(hits.isEmpty()) << needle.toStdString() << " still in "
                                    << hits.join(QStringLiteral("; ")).toStdString();
    }
    EXPECT_EQ(retainedInvoiceData(), retainedBefore); // issued invoices, lines, taxes, payment amounts: unchanged
    // The payment reference and the credit note that named the family now read only the marker.
    EXPECT_EQ(text(QStringLiteral("SELECT reference FROM payments WHERE payer_id = ?"), {payer}),
              PersonalDataRegistry::erasedMarker());
    EXPECT_EQ(text(QStringLiteral("SELECT note FROM payer_credits WHERE payer_id = ?"), {payer}),
              PersonalDataRegistry::erasedMarker());
    EXPECT_FALSE(findEverywhere(db(), QStringLiteral("Max Other")).isEmpty()); // other people are untouched
    EXPECT_EQ(text(QStringLiteral("SELECT notes FROM lessons WHERE id = ?"), {groupLesson}),
              PersonalDataService::pseudonymFor(PersonKind::Learner, learner) +
                  QStringLiteral(" and Max played a duet"));
    auto verified = AuditLog(db(), clock()).verify();
    MD_ASSERT_OK(verified);
    EXPECT_TRUE(verified->intact());
}

} // namespace mentordesk::test
