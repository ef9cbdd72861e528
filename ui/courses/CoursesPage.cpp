// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CoursesPage.h"

#include "common/GlyphIconEngine.h"
#include "courses/CourseCatalogPanel.h"
#include "courses/CourseTopicsPanel.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mentordesk {

CoursesPage::CoursesPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("CoursesPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_catalog = new CourseCatalogPanel(session, m_tabs);
    m_topics = new CourseTopicsPanel(session, m_tabs);
    m_tabs->addTab(m_catalog, QString());
    m_tabs->addTab(m_topics, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);

    // Why: our own writes already reload the panel that made them; other pages' writes mark us stale
    // and we reload on the next activation instead of on every signal.
    connect(&session, &StudioSession::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reloadIfStale();
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { focusSearch(); });
    connect(m_catalog, &CourseCatalogPanel::topicActivated, this,
            [this](const QString& id) { showRecord(QStringLiteral("topic"), id); });
    retranslate();
}

QString CoursesPage::title()
{
    return tr("Courses");
}

QIcon CoursesPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Courses);
}

void CoursesPage::retranslate()
{
    m_tabs->setTabText(0, tr("&Catalog"));
    m_tabs->setTabText(1, tr("&Topics and Prerequisites"));
    m_tabs->setTabToolTip(0, tr("Courses with their modules and topics"));
    m_tabs->setTabToolTip(1, tr("Which topic must be learned before which"));
}

void CoursesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    Page::changeEvent(event);
}

void CoursesPage::reloadIfStale()
{
    if (!m_stale || m_writing) {
        return;
    }
    m_stale = false;
    m_writing = true;
    m_catalog->reload();
    m_topics->reload();
    m_writing = false;
}

void CoursesPage::activate()
{
    reloadIfStale();
}

void CoursesPage::focusSearch()
{
    if (m_tabs->currentWidget() == m_topics) {
        m_topics->focusSearch();
    } else {
        m_catalog->focusSearch();
    }
}

bool CoursesPage::showRecord(const QString& kind, const QString& id)
{
    reloadIfStale();
    if (kind == u"course") {
        if (!m_catalog->selectCourse(id)) {
            return false;
        }
        m_tabs->setCurrentWidget(m_catalog);
        return true;
    }
    if (kind == u"topic") {
        if (!m_topics->selectTopic(id)) {
            return false;
        }
        m_tabs->setCurrentWidget(m_topics);
        return true;
    }
    return false;
}

} // namespace mentordesk
