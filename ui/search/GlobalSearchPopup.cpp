// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearchPopup.h"

#include "models/SearchHitModel.h"
#include "search/GlobalSearch.h"
#include "search/SearchHitDelegate.h"
#include "shell/StudioSession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

namespace mentordesk {

namespace {
constexpr int kPopupWidth = 440;
constexpr int kVisibleRows = 12;
} // namespace

GlobalSearchPopup::GlobalSearchPopup(QLineEdit* field, QObject* parent)
    : QObject(parent)
    , m_field(field)
    , m_model(new SearchHitModel(this))
    , m_completer(new QCompleter(this))
    , m_debounce(new QTimer(this))
{
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kVisibleRows);
    // Why setWidget() and not QLineEdit::setCompleter(): the line edit would replace its text with
    // the highlighted title, which would start a new search while the user moves through the list.
    m_completer->setWidget(m_field);
    auto* view = new QListView;
    view->setObjectName(QStringLiteral("globalSearchPopup"));
    view->setUniformItemSizes(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_completer->setPopup(view); // the completer takes ownership
    // Why after setPopup(): the completer puts its own delegate on the view.
    view->setItemDelegate(new SearchHitDelegate(view));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { activateRow(index.row()); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchPopup::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, &GlobalSearchPopup::textEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible()) {
            return; // the completer opens the highlighted hit (activated)
        }
        if (m_debounce->isActive() || m_model->hitCount() == 0) {
            searchNow();
        }
        activateRow(0);
    });
    m_field->installEventFilter(this);
}

void GlobalSearchPopup::setSession(StudioSession* session)
{
    m_session = session;
    m_debounce->stop();
    m_model->clear();
    m_completer->popup()->hide();
    m_field->clear();
}

QAbstractItemView* GlobalSearchPopup::popup() const
{
    return m_completer->popup();
}

bool GlobalSearchPopup::searchPending() const
{
    return m_debounce->isActive();
}

void GlobalSearchPopup::textEdited()
{
    if (m_field->text().trimmed().isEmpty()) {
        m_debounce->stop();
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    m_debounce->start();
}

void GlobalSearchPopup::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text().trimmed();
    if (!m_session || text.isEmpty()) {
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    auto hits = GlobalSearch(m_session->db()).search(text.left(GlobalSearch::kMaxTextLength), kHitsPerKind);
    if (!hits) {
        m_model->setHits({}, hits.error().message);
    } else {
        m_model->setHits(*hits, tr("Nothing matches “%1”.").arg(text));
    }
    showPopup();
}

void GlobalSearchPopup::showPopup()
{
    if (!m_field->isVisible() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const int width = std::max(kPopupWidth, m_field->width());
    // Right-aligned with the field, which sits at the right end of the tool bar.
    m_completer->complete(QRect(m_field->width() - width, 0, width, m_field->height()));
    if (m_model->hitCount() > 0) {
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

bool GlobalSearchPopup::activateRow(int row)
{
    const SearchHit* hit = m_model->hit(row);
    if (!hit || !m_session) {
        return false;
    }
    const QString kind = hit->kind;
    const QString id = hit->id;
    m_completer->popup()->hide();
    m_field->clear();
    m_model->clear();
    m_session->requestNavigation(kind, id);
    emit hitActivated(kind, id);
    return true;
}

bool GlobalSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && !m_completer->popup()->isVisible() &&
            !m_field->text().trimmed().isEmpty()) {
            searchNow();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            m_model->clear();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mentordesk
