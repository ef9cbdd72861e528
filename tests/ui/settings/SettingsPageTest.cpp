// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsPage.h"

#include "Translations.h"
#include "UiTestSupport.h"
#include "settings/StudioSettingsForm.h"
#include "storage/StudioBackup.h"
#include "studio/StudioService.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTranslator>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Translates two strings of the settings page, to see the page follow a language change.
class FakeTranslator final : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "mentordesk::SettingsPage") == 0 && qstrcmp(sourceText, "Settings") == 0) {
            return u"设置"_s;
        }
        if (qstrcmp(context, "mentordesk::StudioSettingsForm") == 0 && qstrcmp(sourceText, "Studio &name:") == 0) {
            return u"工作室名称(&N):"_s;
        }
        return {};
    }
};

} // namespace

class SettingsPageTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        m_page = std::make_unique<SettingsPage>(session());
        m_page->resize(1000, 800);
        m_page->show();
    }
    void TearDown() override
    {
        m_page.reset();
        UiStudioTest::TearDown();
    }
    QLineEdit* line(const QString& key) { return qobject_cast<QLineEdit*>(m_page->form()->editor(key)); }
    StudioSettings stored() { return *StudioService(session().db(), session().clock()).settings(); }

    std::unique_ptr<SettingsPage> m_page;
};

TEST_F(SettingsPageTest, ShowsTheStudioSettings)
{
    EXPECT_EQ(m_page->pageId(), u"settings"_s);
    EXPECT_EQ(line(u"name"_s)->text(), session().settings().name);
    EXPECT_EQ(qobject_cast<QComboBox*>(m_page->form()->editor(u"time_zone"_s))->currentText(),
              session().settings().timeZone);
    EXPECT_EQ(qobject_cast<QSpinBox*>(m_page->form()->editor(u"payment_terms_days"_s))->value(),
              session().settings().paymentTermsDays);
}

TEST_F(SettingsPageTest, SavesThroughTheServiceAndReloadsTheSession)
{
    QSignalSpy changed(&session(), &StudioSession::settingsChanged);
    line(u"name"_s)->setText(u"港湾灯光音乐工作室"_s);
    line(u"email"_s)->setText(u"hello@harbour.example"_s);
    qobject_cast<QSpinBox*>(m_page->form()->editor(u"payment_terms_days"_s))->setValue(30);
    ASSERT_TRUE(m_page->save()) << m_page->statusText().toStdString();
    EXPECT_EQ(stored().name, u"港湾灯光音乐工作室"_s);
    EXPECT_EQ(stored().email, u"hello@harbour.example"_s);
    EXPECT_EQ(stored().paymentTermsDays, 30);
    EXPECT_EQ(session().settings().name, u"港湾灯光音乐工作室"_s);
    EXPECT_GE(changed.size(), 1);
    EXPECT_FALSE(m_page->statusText().isEmpty());
}

TEST_F(SettingsPageTest, ShowsValidationErrorsUnderTheFieldAndWritesNothing)
{
    const StudioSettings before = stored();
    line(u"name"_s)->setText(u"   "_s);
    EXPECT_FALSE(m_page->save());
    EXPECT_FALSE(m_page->form()->errorFor(u"name"_s).isEmpty());
    EXPECT_TRUE(m_page->form()->errorFor(u"email"_s).isEmpty());
    EXPECT_EQ(stored().name, before.name);
    EXPECT_EQ(stored().meta.version, before.meta.version);

    line(u"name"_s)->setText(before.name);
    line(u"email"_s)->setText(u"not-an-address"_s);
    EXPECT_FALSE(m_page->save());
    EXPECT_TRUE(m_page->form()->errorFor(u"name"_s).isEmpty()) << "old errors are cleared";
    EXPECT_TRUE(m_page->form()->errorFor(u"email"_s).contains(u"not-an-address"_s));

    line(u"email"_s)->clear();
    qobject_cast<QComboBox*>(m_page->form()->editor(u"time_zone"_s))->setCurrentText(u"Mars/Olympus"_s);
    EXPECT_FALSE(m_page->save());
    EXPECT_TRUE(m_page->form()->errorFor(u"time_zone"_s).contains(u"Mars/Olympus"_s));
    EXPECT_EQ(stored().timeZone, before.timeZone);
}

TEST_F(SettingsPageTest, CurrencyIsReadOnlyOnceTheStudioHasData)
{
    QWidget* currency = m_page->form()->editor(u"currency"_s);
    ASSERT_NE(currency, nullptr);
    EXPECT_FALSE(currency->isEnabled()) << "the demo studio has mentors, learners and lessons";
    EXPECT_TRUE(currency->toolTip().contains(session().settings().currency)) << currency->toolTip().toStdString();
}

TEST_F(SettingsPageTest, LanguageSwitchRetranslatesAtOnceAndIsRemembered)
{
    FakeTranslator fake;
    QCoreApplication::installTranslator(&fake);
    m_page->setLanguage(u"zh_CN"_s);
    QApplication::processEvents();
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
    EXPECT_EQ(m_page->heading()->text(), u"设置"_s);
    EXPECT_EQ(m_page->form()->label(u"name"_s)->text(), u"工作室名称(&N)："_s);
    EXPECT_EQ(m_page->languageBox()->currentData().toString(), u"zh_CN"_s);

    QCoreApplication::removeTranslator(&fake);
    m_page->setLanguage(u"en"_s);
    QApplication::processEvents();
    EXPECT_EQ(m_page->heading()->text(), u"Settings"_s);
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
}

TEST_F(SettingsPageTest, BacksUpToAVerifiedCopy)
{
    const QString target = m_dir.filePath(u"copy.mentordesk"_s);
    auto ok = m_page->backUpTo(target);
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(target));
    EXPECT_TRUE(StudioBackup::verify(target));
    // Why under a plain file: a folder there cannot exist, whoever runs the test (even root).
    auto bad = m_page->backUpTo(target + u"/folder/copy.mentordesk"_s);
    EXPECT_FALSE(bad);
}

TEST_F(SettingsPageTest, LanguageBoxShowsTheLanguageInEffectNotOnlyTheStoredOne)
{
    QSettings().setValue(u"ui/language"_s, u"en"_s);
    if (!installTranslations(*qApp, u"zh_CN"_s)) {
        GTEST_SKIP() << "no Chinese catalogue in this build";
    }
    SettingsPage page(session()); // as after `mentordesk --lang zh_CN` with English stored
    EXPECT_EQ(page.languageBox()->currentData().toString(), u"zh_CN"_s);
    installTranslations(*qApp, u"en"_s);
    SettingsPage english(session());
    EXPECT_EQ(english.languageBox()->currentData().toString(), u"en"_s);
}
