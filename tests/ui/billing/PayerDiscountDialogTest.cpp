// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PayerDiscountDialog.h"

#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/PayerDiscountService.h"
#include "billing/PlanRepository.h"
#include "people/PayerService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTreeWidget>

using namespace mentordesk;

class PayerDiscountDialogTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        auto page = PayerService(session().db(), session().clock()).list({}, {0, 1});
        ASSERT_TRUE(page && !page->items.isEmpty());
        m_payer = page->items.first().meta.id;
    }
    QList<StoredDiscount> discounts()
    {
        auto list = PayerDiscountService(session().db(), session().clock()).discountsOf(m_payer);
        EXPECT_TRUE(list);
        return list ? *list : QList<StoredDiscount>{};
    }
    qsizetype allDiscounts()
    {
        auto list = PlanRepository(session().db()).discounts();
        return list ? list->size() : -1;
    }

    Id m_payer;
};

TEST_F(PayerDiscountDialogTest, AddsAPercentAndAFixedDiscount)
{
    const qsizetype before = discounts().size();
    PayerDiscountDialog dialog(session(), m_payer);
    dialog.labelEdit()->setText(QStringLiteral("Family discount"));
    dialog.valueEdit()->setText(QStringLiteral("12.5"));
    ASSERT_TRUE(dialog.addDiscount()) << dialog.errorText().toStdString();
    dialog.labelEdit()->setText(QStringLiteral("Loyalty"));
    dialog.kindBox()->setCurrentIndex(1);
    dialog.valueEdit()->setText(QStringLiteral("25.00"));
    ASSERT_TRUE(dialog.addDiscount()) << dialog.errorText().toStdString();
    const QList<StoredDiscount> stored = discounts();
    ASSERT_EQ(stored.size(), before + 2);
    // Why by label: both rows carry the test clock's instant, so their order is the random ids'.
    const auto find = [&](const QString& label) {
        const auto it =
            std::find_if(stored.cbegin(), stored.cend(), [&](const StoredDiscount& d) { return d.label == label; });
        return it == stored.cend() ? StoredDiscount{} : *it;
    };
    const StoredDiscount family = find(QStringLiteral("Family discount"));
    const StoredDiscount loyalty = find(QStringLiteral("Loyalty"));
    EXPECT_EQ(family.payerId, m_payer);
    EXPECT_TRUE(family.percent);
    EXPECT_EQ(family.value, 1250);
    EXPECT_EQ(loyalty.payerId, m_payer);
    EXPECT_FALSE(loyalty.percent);
    EXPECT_EQ(loyalty.value, 2500);
    EXPECT_EQ(dialog.list()->topLevelItemCount(), before + 2);
    EXPECT_TRUE(dialog.labelEdit()->text().isEmpty());
}

TEST_F(PayerDiscountDialogTest, RefusesBadValuesAndNamesTheField)
{
    const qsizetype before = allDiscounts();
    PayerDiscountDialog dialog(session(), m_payer);
    dialog.labelEdit()->setText(QStringLiteral("Too much"));
    dialog.valueEdit()->setText(QStringLiteral("150"));
    EXPECT_FALSE(dialog.addDiscount());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("value"));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Value:"))) << dialog.errorText().toStdString();

    dialog.valueEdit()->setText(QStringLiteral("ten"));
    EXPECT_FALSE(dialog.addDiscount());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("value"));

    dialog.kindBox()->setCurrentIndex(1);
    dialog.valueEdit()->setText(QStringLiteral("-5"));
    EXPECT_FALSE(dialog.addDiscount());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("value"));

    dialog.labelEdit()->setText(QStringLiteral("   "));
    dialog.valueEdit()->setText(QStringLiteral("5"));
    EXPECT_FALSE(dialog.addDiscount());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("label"));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Name on invoice:"))) << dialog.errorText().toStdString();
    EXPECT_EQ(allDiscounts(), before);
}

TEST_F(PayerDiscountDialogTest, RemovesTheSelectedDiscount)
{
    auto added = PayerDiscountService(session().db(), session().clock())
                     .add(m_payer, QStringLiteral("Family discount"), true, 1000);
    ASSERT_TRUE(added);
    const qsizetype before = discounts().size();
    PayerDiscountDialog dialog(session(), m_payer);
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        if (dialog.list()->topLevelItem(i)->text(0) == QStringLiteral("Family discount")) {
            row = dialog.list()->topLevelItem(i);
        }
    }
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text(1), QStringLiteral("10 %"));
    dialog.list()->setCurrentItem(row);
    ASSERT_TRUE(dialog.removeSelected(false)) << dialog.errorText().toStdString();
    EXPECT_EQ(discounts().size(), before - 1);
    EXPECT_FALSE(PayerDiscountService(session().db(), session().clock()).remove(added->meta.id));
}

TEST_F(PayerDiscountDialogTest, ServiceRefusesUnknownIdsAndPayers)
{
    PayerDiscountService service(session().db(), session().clock());
    auto removed = service.remove(QStringLiteral("nope"));
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().field, QStringLiteral("id"));
    auto added = service.add(QString(), QStringLiteral("X"), true, 1000);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().field, QStringLiteral("payer_id"));
    auto unknown = service.add(QStringLiteral("no-such-payer"), QStringLiteral("X"), true, 1000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("payer_id"));
}

TEST_F(PayerDiscountDialogTest, FitsItsDefaultSize)
{
    ASSERT_TRUE(PayerDiscountService(session().db(), session().clock())
                    .add(m_payer, QStringLiteral("Family discount"), true, 1000));
    PayerDiscountDialog dialog(session(), m_payer);
    dialog.valueEdit()->setText(QStringLiteral("150"));
    dialog.labelEdit()->setText(QStringLiteral("Sibling"));
    EXPECT_FALSE(dialog.addDiscount());
    test::expectFitsAndShoot(dialog, QStringLiteral("payer-discount-dialog"));
}
