// SPDX-License-Identifier: GPL-3.0-or-later
// Payments and the payer credit ledger are insert-only; schema migration 5 allows exactly one update:
// replacing a reference / note by the erasure marker. Erasure uses it for text that names the person.
#include "PrivacyFixture.h"
#include "invoices/PaymentService.h"
#include "privacy/PersonalDataRegistry.h"
#include "privacy/PersonalDataService.h"
#include "storage/Database.h"

namespace mentordesk::test {

class ErasablePaymentReferenceTest : public PrivacyTest
{
protected:
    /// Runs one statement; true when the database accepted it.
    bool accepted(const QString& sql) { return db().exec(sql.arg(QStringLiteral("'") + payer + u'\'')).has_value(); }
    QString reference() { return text(QStringLiteral("SELECT reference FROM payments WHERE payer_id = ?"), {payer}); }
    QString note() { return text(QStringLiteral("SELECT note FROM payer_credits WHERE payer_id = ?"), {payer}); }
};

TEST_F(ErasablePaymentReferenceTest, ErasingTheLearnerMarksOnlyTextThatNamesThem)
{
    MD_ASSERT_OK(
        PaymentService(db(), clock())
            .record(januaryInvoice, {QDate(2026, 2, 4), 100, QStringLiteral("cash"), QStringLiteral("TILL-7")}));
    MD_ASSERT_OK(
        PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral("Zelda Zabrowski")));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM payments WHERE payer_id = ? AND reference = ?"),
                     {payer, PersonalDataRegistry::erasedMarker()}),
              1);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM payments WHERE reference = 'TILL-7'")), 1);
    EXPECT_EQ(note(), PersonalDataRegistry::erasedMarker());
    EXPECT_EQ(number(QStringLiteral("SELECT version FROM payer_credits WHERE payer_id = ?"), {payer}), 2);
    EXPECT_EQ(number(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE payer_id = ?"), {payer}), 3100);
}

TEST_F(ErasablePaymentReferenceTest, ErasingThePayerMarksTheirReferenceAndKeepsTheAmounts)
{
    MD_ASSERT_OK(
        PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral("Zelda Zabrowski")));
    auto erased =
        PersonalDataService(db(), clock()).erase(PersonKind::Payer, payer, QStringLiteral("Quentin Zabrowski"));
    MD_ASSERT_OK(erased);
    EXPECT_EQ(reference(), PersonalDataRegistry::erasedMarker());
    EXPECT_EQ(number(QStringLiteral("SELECT amount_minor FROM payments WHERE payer_id = ?"), {payer}), 3000);
    EXPECT_EQ(number(QStringLiteral("SELECT amount_minor FROM payer_credits WHERE payer_id = ?"), {payer}), 500);
}

TEST_F(ErasablePaymentReferenceTest, EveryOtherUpdateOfAPaymentIsRefused)
{
    const QString before = reference();
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET amount_minor = amount_minor + 1, version = version + 1 "
                                         "WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = 'edited', version = version + 1 "
                                         "WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '', version = version + 1 "
                                         "WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]', applied_minor = 0, "
                                         "version = version + 1 WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]', paid_on = '2026-02-04', "
                                         "version = version + 1 WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]', deleted_at = '2026-03-01' , "
                                         "version = version + 1 WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]' WHERE payer_id = %1")))
        << "the version must be bumped";
    EXPECT_FALSE(accepted(QStringLiteral("DELETE FROM payments WHERE payer_id = %1")));
    EXPECT_EQ(reference(), before);

    EXPECT_TRUE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]', version = version + 1, "
                                        "updated_at = '2026-03-10T09:00:00Z', updated_by = 'x' WHERE payer_id = %1")));
    EXPECT_EQ(reference(), PersonalDataRegistry::erasedMarker());
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = '[erased]', version = version + 1 "
                                         "WHERE payer_id = %1")))
        << "an erased reference cannot be touched again";
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payments SET reference = 'back', version = version + 1 "
                                         "WHERE payer_id = %1")));
}

TEST_F(ErasablePaymentReferenceTest, EveryOtherUpdateOfACreditEntryIsRefused)
{
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payer_credits SET amount_minor = 1, version = version + 1 "
                                         "WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payer_credits SET note = 'edited', version = version + 1 "
                                         "WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("UPDATE payer_credits SET note = '[erased]', kind = 'refund', "
                                         "version = version + 1 WHERE payer_id = %1")));
    EXPECT_FALSE(accepted(QStringLiteral("DELETE FROM payer_credits WHERE payer_id = %1")));
    EXPECT_EQ(note(), QStringLiteral("Quentin paid twice for Zelda"));
    EXPECT_TRUE(accepted(QStringLiteral("UPDATE payer_credits SET note = '[erased]', version = version + 1 "
                                        "WHERE payer_id = %1")));
    EXPECT_EQ(note(), PersonalDataRegistry::erasedMarker());
}

} // namespace mentordesk::test
