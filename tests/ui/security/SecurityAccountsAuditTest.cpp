// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecuritySettingsTestBase.h"
#include "security/AccountDialog.h"
#include "security/AccountTableModel.h"
#include "security/AccountsBox.h"
#include "security/AuditLog.h"
#include "security/AuditLogBox.h"
#include "security/AuditLogModel.h"
#include "security/SecuritySettingsForm.h"
#include "settings/SettingsPage.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

using namespace mentordesk;

namespace {

const QString kPassword = QStringLiteral("owner-password-1");

/// Counts QAbstractItemModelTester failures (reported as warnings starting with "FAIL!").
class ModelFailures
{
public:
    ModelFailures() { s_failures = 0, m_previous = qInstallMessageHandler(&ModelFailures::handle); }
    ~ModelFailures() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] int count() const { return s_failures; }

private:
    static void handle(QtMsgType, const QMessageLogContext&, const QString& message)
    {
        if (message.contains(QStringLiteral("FAIL!"))) {
            ++s_failures;
            fprintf(stderr, "%s\n", qPrintable(message));
        }
    }
    static inline int s_failures = 0;
    QtMessageHandler m_previous;
};

class SecurityAccountsAuditTest : public test::SecuritySettingsTestBase
{
protected:
    void SetUp() override
    {
        SecuritySettingsTestBase::SetUp();
        auto created = cheapAccounts().createOwner(input(QStringLiteral("olivia"), Role::Owner, kPassword));
        ASSERT_TRUE(created.has_value());
        owner = *created;
        session().setActor(AccountService::actorOf(owner));
    }

    void recordEntries(int count)
    {
        AuditLog log(session().db(), m_clock);
        auto tx = Transaction::begin(session().db());
        ASSERT_TRUE(tx.has_value());
        for (int i = 0; i < count; ++i) {
            ASSERT_TRUE(
                log.record(session().actor(), QStringLiteral("test.entry"), QStringLiteral("test"), QString::number(i))
                    .has_value());
        }
        ASSERT_TRUE(tx->commit().has_value());
    }

    Account owner;
};

} // namespace

TEST_F(SecurityAccountsAuditTest, AddResetAndRoleChangeUpdateTheTable)
{
    AccountsBox box(session());
    ModelFailures failures;
    QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(box.model()->rowCount(), 1);

    auto added = box.addAccount(input(QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("temporary-1")));
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    ASSERT_EQ(box.model()->rowCount(), 2);
    const int row = box.model()->rowOf(added->meta.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(box.model()->index(row, AccountTableModel::RoleColumn).data().toString(), roleLabel(Role::FrontDesk));
    EXPECT_EQ(box.model()->index(row, AccountTableModel::LastLogin).data().toString(), QStringLiteral("never"));

    MD_ASSERT_OK(box.changeRole(added->meta.id, Role::Owner));
    EXPECT_EQ(box.model()->index(box.model()->rowOf(added->meta.id), AccountTableModel::RoleColumn).data().toString(),
              roleLabel(Role::Owner));

    auto temporary = box.resetPassword(added->meta.id);
    ASSERT_TRUE(temporary.has_value());
    EXPECT_EQ(temporary->size(), 12);
    EXPECT_TRUE(box.messageText().contains(*temporary));
    EXPECT_TRUE(box.model()->account(box.model()->rowOf(added->meta.id)).mustChangePassword);
    EXPECT_TRUE(cheapAccounts().login(QStringLiteral("desk"), *temporary).has_value());
    EXPECT_EQ(failures.count(), 0);
}

TEST_F(SecurityAccountsAuditTest, BadAccountInputNamesTheFieldAndAddsNothing)
{
    AccountsBox box(session());
    AccountDialog dialog(AccountDialog::Mode::AddAccount, [&box](const AccountDialog& d) -> Result<void> {
        auto added = box.addAccount(d.input());
        return added ? Result<void>() : fail(added.error());
    });
    dialog.setMentors({{firstMentor(), QStringLiteral("First mentor")}});
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::FrontDesk)));
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("olivia")); // taken
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(kPassword);
    dialog.accept();
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("username")).isEmpty());
    EXPECT_EQ(box.model()->rowCount(), 1);

    // A mentor account names its mentor record: the chosen one is used.
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Mentor)));
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("mia"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorFor(QString()).toStdString();
    ASSERT_EQ(box.model()->rowCount(), 2);
    const int miaRow = box.model()->account(0).username == QStringLiteral("mia") ? 0 : 1;
    const Account& mia = box.model()->account(miaRow);
    EXPECT_EQ(mia.username, QStringLiteral("mia"));
    EXPECT_EQ(mia.mentorId.value_or(QString()), firstMentor());
    const QString mentorName = box.model()->index(miaRow, AccountTableModel::MentorColumn).data().toString();
    EXPECT_FALSE(mentorName.isEmpty());
    EXPECT_NE(mentorName, firstMentor()); // the mentor's name, not its id

    // Demoting the last owner is refused and shown.
    EXPECT_FALSE(box.changeRole(owner.meta.id, Role::Mentor).has_value());
    EXPECT_FALSE(box.messageText().isEmpty());
}

TEST_F(SecurityAccountsAuditTest, VerifyReportsATamperedChain)
{
    recordEntries(3);
    AuditLogBox box(session());
    const QString intact = box.verify();
    EXPECT_TRUE(intact.contains(QStringLiteral("intact"))) << intact.toStdString();
    const qint64 newest = box.model()->entry(0).seq;
    EXPECT_TRUE(intact.contains(QString::number(newest))) << intact.toStdString();

    // Somebody with the file and an SQLite shell drops the guard and edits an entry.
    ASSERT_TRUE(rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(
        rawExec(QStringLiteral("UPDATE audit_log SET details = '{\"amount\":1}' WHERE seq = %1").arg(newest - 1)));
    const QString broken = box.verify();
    EXPECT_TRUE(broken.contains(QStringLiteral("broken at entry %1").arg(newest - 1))) << broken.toStdString();
}

TEST_F(SecurityAccountsAuditTest, AuditBrowserFiltersNewestFirstAndFetchesMore)
{
    recordEntries(AuditLogModel::kPageSize + 30);
    AuditLogBox box(session());
    AuditLogModel* model = box.model();
    EXPECT_EQ(model->rowCount(), AuditLogModel::kPageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    EXPECT_GT(model->entry(0).seq, model->entry(1).seq);
    // The tester itself fetches more rows while it checks the model.
    ModelFailures failures;
    QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    const int all = model->rowCount();
    EXPECT_GE(all, AuditLogModel::kPageSize + 31); // + account.create of the owner

    box.actionFilter()->setText(QStringLiteral("account."));
    emit box.actionFilter()->editingFinished();
    ASSERT_GE(model->rowCount(), 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_TRUE(model->entry(row).action.startsWith(QStringLiteral("account.")));
    }
    box.actionFilter()->clear();
    box.actorFilter()->setText(QStringLiteral("nobody"));
    emit box.actorFilter()->editingFinished();
    EXPECT_EQ(model->rowCount(), 0);
    box.actorFilter()->clear();
    box.fromDate()->setDate(m_clock.nowUtc().date().addDays(1));
    EXPECT_EQ(model->rowCount(), 0);
    box.fromDate()->setDate(m_clock.nowUtc().date().addDays(-1));
    EXPECT_GE(model->rowCount(), 1);
    EXPECT_EQ(failures.count(), 0);
}

TEST_F(SecurityAccountsAuditTest, SettingsPageShowsTheSecuritySection)
{
    SettingsPage page(session());
    page.resize(1200, 1700);
    ASSERT_NE(page.securityForm(), nullptr);
    EXPECT_EQ(page.securityForm()->accounts()->model()->rowCount(), 1);
    if (const QByteArray dir = qgetenv("MENTORDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page.show();
        page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings-security.png")));
    }
}
