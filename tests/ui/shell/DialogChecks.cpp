// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogChecks.h"

#include "shell/InputHints.h"
#include "shell/TabOrder.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QWidget>
#include <gtest/gtest.h>

namespace mentordesk::test {

void expectHints(QWidget* root, const char* name)
{
    const QStringList missing = inputsWithoutHint(root);
    EXPECT_TRUE(missing.isEmpty()) << name << " has fields without a tooltip or placeholder:\n  "
                                   << missing.join(QStringLiteral("\n  ")).toStdString();
}

void expectKeyboard(QWidget* root, const char* name)
{
    const QStringList problems = tabOrderProblems(root);
    EXPECT_TRUE(problems.isEmpty()) << name << " has a wrong tab order:\n  "
                                    << problems.join(QStringLiteral("\n  ")).toStdString();
    const QStringList clashes = mnemonicClashes(root);
    EXPECT_TRUE(clashes.isEmpty()) << name << " has clashing mnemonics:\n  "
                                   << clashes.join(QStringLiteral("\n  ")).toStdString();
    root->hide();
}

void expectUsable(QWidget* root, const char* name)
{
    expectHints(root, name);
    expectKeyboard(root, name);
}

Id firstLiveId(Database& db, const QString& table)
{
    auto s = db.prepare(QStringLiteral("SELECT id FROM ") + table +
                        QStringLiteral(" WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
    EXPECT_TRUE(s && s->exec() && s->next());
    return s ? s->text(0) : Id();
}

} // namespace mentordesk::test
