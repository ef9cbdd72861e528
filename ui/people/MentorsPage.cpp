// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorsPage.h"

#include "common/GlyphIconEngine.h"
#include "people/MentorBrowser.h"

#include <QApplication>
#include <QStyle>
#include <QVBoxLayout>

namespace mentordesk {

MentorsPage::MentorsPage(StudioSession& session, QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("MentorsPage"));
    m_browser = new MentorBrowser(session, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

QString MentorsPage::pageId() const
{
    return QStringLiteral("mentors");
}

QString MentorsPage::title()
{
    return tr("Mentors");
}

QIcon MentorsPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Mentors);
}

void MentorsPage::activate()
{
    m_browser->activate();
}

void MentorsPage::focusSearch()
{
    m_browser->focusSearch();
}

bool MentorsPage::showRecord(const QString& kind, const QString& id)
{
    return kind == u"mentor" && m_browser->showMentor(id);
}

} // namespace mentordesk
