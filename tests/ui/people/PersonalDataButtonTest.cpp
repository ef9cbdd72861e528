// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/PersonalDataButton.h"

#include "UiTestSupport.h"
#include "people/LearnerDetailPane.h"
#include "people/PayerDetailPane.h"
#include "people/widgets/ErasePersonDialog.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace mentordesk;

class PersonalDataButtonTest : public test::UiStudioTest
{
protected:
    QString scalar(const QString& sql)
    {
        auto s = session().db().prepare(sql);
        EXPECT_TRUE(s && s->exec() && s->next()) << sql.toStdString();
        return s ? s->text(0) : QString();
    }

    /// A demo learner with no upcoming lessons (erasable).
    QString pastLearner()
    {
        return scalar(QStringLiteral(
            "SELECT id FROM learners l WHERE NOT EXISTS (SELECT 1 FROM lesson_attendees a JOIN lessons s ON "
            "s.id = a.lesson_id WHERE a.learner_id = l.id AND s.status = 'scheduled' AND s.starts_at > "
            "'2026-11-20') ORDER BY id LIMIT 1"));
    }
};

TEST_F(PersonalDataButtonTest, TheLearnerPaneExportsAndErasesAfterTheNameIsTyped)
{
    const QString id = pastLearner();
    ASSERT_FALSE(id.isEmpty());
    const QString name = scalar(QStringLiteral("SELECT name FROM learners WHERE id = '%1'").arg(id));
    LearnerDetailPane pane(session());
    pane.showLearner(id);
    auto* button = pane.findChild<PersonalDataButton*>(QStringLiteral("personalData"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    QStringList messages;
    button->setReporter([&](const QString& m, bool error) { messages.append((error ? u'!' : u'+') + m); });

    QTemporaryDir dir;
    button->setFolderPrompt([&] { return dir.path(); });
    button->exportAction()->trigger();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(u'+')) << messages.first().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);

    button->setConfirmationPrompt([](const QString&) { return QStringLiteral("someone else"); });
    button->eraseAction()->trigger();
    EXPECT_TRUE(messages.last().startsWith(u'!')); // wrong name: refused
    EXPECT_EQ(pane.title(), name);

    button->setConfirmationPrompt([](const QString&) { return QString(); }); // cancelled
    button->eraseAction()->trigger();
    EXPECT_EQ(messages.size(), 2);

    button->setConfirmationPrompt([&](const QString& asked) { return asked; });
    button->eraseAction()->trigger();
    EXPECT_TRUE(messages.last().startsWith(u'+')) << messages.last().toStdString();
    EXPECT_TRUE(pane.title().startsWith(QStringLiteral("Erased learner"))) << pane.title().toStdString();
}

TEST_F(PersonalDataButtonTest, ThePayerPaneHasTheActionsToo)
{
    const QString payer = scalar(QStringLiteral("SELECT id FROM payers ORDER BY id LIMIT 1"));
    PayerDetailPane pane(session());
    pane.showPayer(payer);
    auto* button = pane.findChild<PersonalDataButton*>(QStringLiteral("personalData"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_TRUE(button->eraseAction()->isVisible()); // the desktop acts as the owner
    button->setPerson({}, {});
    EXPECT_FALSE(button->isEnabled());
}

TEST_F(PersonalDataButtonTest, TheDialogEnablesEraseOnlyForTheName)
{
    ErasePersonDialog dialog(QStringLiteral("Zelda Zabrowski"), true);
    auto* erase = dialog.findChild<QPushButton*>(QStringLiteral("erase"));
    ASSERT_NE(erase, nullptr);
    EXPECT_FALSE(erase->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("Zelda"));
    EXPECT_FALSE(erase->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral(" zelda zabrowski "));
    EXPECT_TRUE(erase->isEnabled());
    EXPECT_EQ(dialog.typedName(), QStringLiteral("zelda zabrowski"));
}
