// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingSettingsPanel.h"

#include "UiTestSupport.h"
#include "billing/BillingSettingsService.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace mentordesk;

class BillingSettingsPanelTest : public test::UiStudioTest
{
protected:
    BillingSettings stored()
    {
        auto s = BillingSettingsService(session().db(), session().clock()).settings();
        EXPECT_TRUE(s);
        return s ? *s : BillingSettings{};
    }
    QString prefixOf(const Id& series)
    {
        auto s = BillingSettingsService(session().db(), session().clock()).series(series);
        return s ? s->prefix : QString();
    }
};

TEST_F(BillingSettingsPanelTest, ShowsAndSavesTheSettings)
{
    BillingSettingsPanel panel(session());
    const BillingSettings before = stored();
    EXPECT_EQ(panel.lateHoursSpin()->value(), before.attendance.lateCancelHours);
    EXPECT_EQ(panel.invoicePrefixEdit()->text(), prefixOf(before.invoiceSeriesId));
    EXPECT_GE(panel.taxTable()->rowCount(), 1); // the demo's GST
    if (const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR"); !dir.isEmpty()) {
        panel.resize(760, 820);
        panel.show();
        QApplication::processEvents();
        panel.grab().save(dir + QStringLiteral("/billing-settings.png"));
    }

    panel.taxModeBox()->setCurrentIndex(panel.taxModeBox()->findData(static_cast<int>(TaxMode::Inclusive)));
    panel.lateHoursSpin()->setValue(12);
    panel.latePercentEdit()->setText(QStringLiteral("50"));
    panel.noShowPercentEdit()->setText(QStringLiteral("75.5"));
    panel.makeUpBox()->setChecked(true);
    panel.termsEdit()->setPlainText(QStringLiteral("Bank: Example Bank, account 123"));
    ASSERT_TRUE(panel.save()) << panel.errorText().toStdString();
    const BillingSettings after = stored();
    EXPECT_EQ(after.taxMode, TaxMode::Inclusive);
    EXPECT_EQ(after.attendance.lateCancelHours, 12);
    EXPECT_EQ(after.attendance.lateCancelPercentBp, 5000);
    EXPECT_EQ(after.attendance.noShowPercentBp, 7550);
    EXPECT_TRUE(after.attendance.makeUpCredits);
    EXPECT_EQ(after.paymentTermsNote, QStringLiteral("Bank: Example Bank, account 123"));
    EXPECT_EQ(after.invoiceSeriesId, before.invoiceSeriesId) << "an unchanged prefix keeps its series";
}

TEST_F(BillingSettingsPanelTest, RefusesABadPercentageAndAnOverlongPrefixWritingNothing)
{
    BillingSettingsPanel panel(session());
    const BillingSettings before = stored();
    panel.lateHoursSpin()->setValue(6);
    panel.noShowPercentEdit()->setText(QStringLiteral("half"));
    EXPECT_FALSE(panel.save());
    EXPECT_EQ(panel.errorField(), QStringLiteral("no_show_percent"));
    EXPECT_TRUE(panel.noShowPercentEdit()->property("invalid").toBool());
    panel.noShowPercentEdit()->setText(QStringLiteral("150"));
    EXPECT_FALSE(panel.save()); // the core's range check
    EXPECT_EQ(panel.errorField(), QStringLiteral("no_show_percent"));
    panel.noShowPercentEdit()->setText(QStringLiteral("100"));
    panel.invoicePrefixEdit()->setText(QString(30, u'X'));
    EXPECT_FALSE(panel.save());
    EXPECT_EQ(panel.errorField(), QStringLiteral("invoice_prefix"));
    EXPECT_FALSE(panel.errorText().isEmpty());
    EXPECT_EQ(stored().attendance.lateCancelHours, before.attendance.lateCancelHours);
    EXPECT_EQ(stored().invoiceSeriesId, before.invoiceSeriesId);
}

TEST_F(BillingSettingsPanelTest, AddsATaxRateAndRefusesADuplicate)
{
    BillingSettingsPanel panel(session());
    const int rows = panel.taxTable()->rowCount();
    panel.newRateLabelEdit()->setText(QStringLiteral("Reduced 5 %"));
    panel.newRateEdit()->setText(QStringLiteral("5"));
    ASSERT_TRUE(panel.addTaxRate()) << panel.errorText().toStdString();
    EXPECT_EQ(panel.taxTable()->rowCount(), rows + 1);
    panel.newRateLabelEdit()->setText(QStringLiteral("Reduced 5 %"));
    panel.newRateEdit()->setText(QStringLiteral("5"));
    EXPECT_FALSE(panel.addTaxRate());
    EXPECT_EQ(panel.errorField(), QStringLiteral("label"));
    panel.newRateLabelEdit()->setText(QStringLiteral("Odd"));
    panel.newRateEdit()->setText(QStringLiteral("x"));
    EXPECT_FALSE(panel.addTaxRate());
    EXPECT_EQ(panel.errorField(), QStringLiteral("rate"));
    auto rates = BillingSettingsService(session().db(), session().clock()).taxRates();
    ASSERT_TRUE(rates);
    EXPECT_EQ(rates->size(), rows + 1);
}
