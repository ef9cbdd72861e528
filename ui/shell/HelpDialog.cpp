// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/HelpDialog.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace mentordesk {

HelpDialog::HelpDialog(const QString& page, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("MentorDesk Help"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    auto* forward = buttons->addButton(tr("&Forward"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(860, 680);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/") + page), QTextDocument::MarkdownResource);
}

void HelpDialog::showPage(const QString& page, QWidget* parent)
{
    static QPointer<HelpDialog> open;
    if (open.isNull()) {
        open = new HelpDialog(page, parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        open->browser()->setSource(QUrl(QStringLiteral("qrc:/help/") + page), QTextDocument::MarkdownResource);
    }
    open->show();
    open->raise();
    open->activateWindow();
}

} // namespace mentordesk
