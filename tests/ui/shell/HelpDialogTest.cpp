// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/HelpDialog.h"

#include <QTextBrowser>
#include <QUrl>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(HelpDialogTest, ShowsTheEmbeddedGuidesAndFollowsLinksBetweenThem)
{
    HelpDialog dialog(QStringLiteral("user-guide.md"));
    QTextBrowser* browser = dialog.browser();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("from a new studio to the first invoice")));
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Billing Run")));
    browser->setSource(QUrl(QStringLiteral("cli.md")), QTextDocument::MarkdownResource);
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("mentordesk-cli")));
    EXPECT_TRUE(browser->isBackwardAvailable());
    for (const char* page : {"file-formats.md", "security.md", "billing.md", "progress-model.md"}) {
        HelpDialog other(QString::fromLatin1(page));
        EXPECT_GT(other.browser()->toPlainText().size(), 500) << page;
    }
}
