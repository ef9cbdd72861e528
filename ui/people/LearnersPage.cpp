// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnersPage.h"

#include "common/GlyphIconEngine.h"
#include "matcher/EnquiryMatchDialog.h"
#include "people/LearnerBrowser.h"

#include <QApplication>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mentordesk {

LearnersPage::LearnersPage(StudioSession& session, QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("LearnersPage"));
    m_browser = new LearnerBrowser(session, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    if (auto* toolBar = m_browser->findChild<QToolBar*>(); toolBar != nullptr) {
        toolBar->addSeparator();
        toolBar
            ->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("Match Enquiry…"), this,
                        [this, &session] { EnquiryMatchDialog::openFor(session, this); })
            ->setObjectName(QStringLiteral("matchEnquiryAction"));
    }
}

QString LearnersPage::pageId() const
{
    return QStringLiteral("learners");
}

QString LearnersPage::title()
{
    return tr("Learners");
}

QIcon LearnersPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Learners);
}

void LearnersPage::activate()
{
    m_browser->activate();
}

void LearnersPage::focusSearch()
{
    m_browser->focusSearch();
}

bool LearnersPage::showRecord(const QString& kind, const QString& id)
{
    if (kind == u"newLearner") { // Today's "First steps": the page, then its New Learner dialog
        QTimer::singleShot(0, m_browser, [browser = m_browser] { browser->newLearner(); });
        return true;
    }
    return kind == u"learner" && m_browser->showLearner(id);
}

} // namespace mentordesk
