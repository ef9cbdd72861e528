// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayersPage.h"

#include "common/GlyphIconEngine.h"
#include "people/PayerBrowser.h"

#include <QApplication>
#include <QStyle>
#include <QVBoxLayout>

namespace mentordesk {

PayersPage::PayersPage(StudioSession& session, QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("PayersPage"));
    m_browser = new PayerBrowser(session, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

QString PayersPage::pageId() const
{
    return QStringLiteral("payers");
}

QString PayersPage::title()
{
    return tr("Payers");
}

QIcon PayersPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Payers);
}

void PayersPage::activate()
{
    m_browser->activate();
}

void PayersPage::focusSearch()
{
    m_browser->focusSearch();
}

bool PayersPage::showRecord(const QString& kind, const QString& id)
{
    return kind == u"payer" && m_browser->showPayer(id);
}

} // namespace mentordesk
