// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerBrowser.h"

#include "models/LearnerListModel.h"
#include "people/LearnerDetailPane.h"
#include "people/LearnerDialog.h"
#include "people/LearnerFilterBar.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/widgets/MessageBar.h"
#include "people/widgets/RecordTable.h"
#include "shell/StudioSession.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mentordesk {

LearnerBrowser::LearnerBrowser(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm(askWithMessageBox(this))
{
    setObjectName(QStringLiteral("LearnerBrowser"));
    m_model = new LearnerListModel(session.db(), session.clock(), session.format(), this);
    buildActions();
    buildView();
    connect(m_model, &LearnerListModel::loadFailed, m_messages, &MessageBar::showError);
    connect(m_filterBar, &LearnerFilterBar::filterChanged, this, &LearnerBrowser::applyFilter);
    connect(&m_session, &StudioSession::dataChanged, this, [this] {
        if (m_notifying) {
            return;
        }
        if (isVisible()) {
            reload();
        } else {
            m_stale = true;
        }
    });
    connect(&m_session, &StudioSession::settingsChanged, this, [this] { m_model->retranslate(); });
    loadMentorChoices();
    applyFilter();
    retranslate();
}

void LearnerBrowser::buildActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_newAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this, [this] { newLearner(); });
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this,
                                        [this] { editCurrent(); });
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_pauseAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), QString(), this,
                                         [this] { togglePaused(); });
    m_archiveAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this,
                                           [this] { toggleArchived(); });
    m_archiveAction->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_newAction, m_editAction, m_pauseAction, m_archiveAction}) {
        // Why: only while this page has the focus; other pages use the same keys for their records.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void LearnerBrowser::buildView()
{
    m_filterBar = new LearnerFilterBar(this);
    m_messages = new MessageBar(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("learnerTable"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(LearnerListModel::Name, 16 * em);
    header->resizeSection(LearnerListModel::Status, 6 * em);
    header->resizeSection(LearnerListModel::Level, 4 * em);
    header->resizeSection(LearnerListModel::Mentor, 12 * em);
    header->resizeSection(LearnerListModel::Payer, 11 * em);
    header->resizeSection(LearnerListModel::WeeklyHours, 6 * em);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("learnersEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(32);
    m_empty->setTextFormat(Qt::RichText);
    connect(m_empty, &QLabel::linkActivated, this, [this] { m_filterBar->reset(); });
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("learnerCount"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_listStack, 1);
    leftLayout->addWidget(m_count);
    m_detail = new LearnerDetailPane(m_session, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    rememberSplitter(m_splitter, QStringLiteral("people/learners/splitter"), 62);
    left->setMinimumWidth(360);
    m_detail->setMinimumWidth(280);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LearnerBrowser::currentChanged);
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    setTabOrder(m_filterBar, m_view);
}

void LearnerBrowser::loadMentorChoices()
{
    QList<QPair<Id, QString>> choices;
    if (auto mentors = MentorService(m_session.db(), m_session.clock()).list({}, {0, 10000}); mentors) {
        for (const Mentor& mentor : std::as_const(mentors->items)) {
            choices.append({mentor.meta.id, mentor.name});
        }
    }
    m_filterBar->setMentors(choices);
}

void LearnerBrowser::applyFilter()
{
    const Id keep = currentId();
    m_model->setFilter(m_filterBar->filter());
    select(m_model->rowOf(keep));
    updateState();
}

void LearnerBrowser::reload()
{
    m_stale = false;
    const Id keep = currentId().isEmpty() ? m_detail->learnerId() : currentId();
    loadMentorChoices();
    m_model->setFilter(m_filterBar->filter()); // the mentor choice may have gone
    const int row = m_model->fetchUntil(keep);
    select(row);
    if (row < 0) {
        m_detail->showLearner(keep); // still show it (e.g. just archived while the filter hides archived)
    }
    updateState();
}

void LearnerBrowser::activate()
{
    if (m_stale) {
        reload();
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        select(0);
    }
}

void LearnerBrowser::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

bool LearnerBrowser::showLearner(const Id& id)
{
    m_filterBar->flush();
    int row = m_model->rowOf(id);
    if (row < 0) {
        auto learner = LearnerService(m_session.db(), m_session.clock()).get(id);
        if (!learner) {
            return false;
        }
        // Why: searching for the exact name and the learner's status brings it into the first page
        // instead of paging through the whole studio.
        const auto choice = learner->status == LearnerStatus::Archived ? LearnerFilterBar::StatusChoice::All
                                                                       : LearnerFilterBar::StatusChoice::Current;
        m_filterBar->showOnly(learner->name, choice);
        row = m_model->fetchUntil(learner->meta.id);
    }
    if (row < 0) {
        return false;
    }
    select(row);
    return true;
}

void LearnerBrowser::select(int row)
{
    selectRecordRow(m_view, row, LearnerListModel::Name);
    currentChanged();
}

Id LearnerBrowser::currentId() const
{
    const Learner* learner = m_model->learnerAt(m_view->currentIndex().row());
    return learner ? learner->meta.id : Id();
}

void LearnerBrowser::currentChanged()
{
    const Id id = currentId();
    if (id != m_detail->learnerId() || id.isEmpty()) {
        m_detail->showLearner(id);
    }
    updateActions();
}

void LearnerBrowser::updateActions()
{
    const Learner* learner = m_model->learnerAt(m_view->currentIndex().row());
    m_editAction->setEnabled(learner);
    m_archiveAction->setEnabled(learner);
    m_pauseAction->setEnabled(learner && learner->status != LearnerStatus::Archived);
    const bool archived = learner && learner->status == LearnerStatus::Archived;
    m_archiveAction->setText(archived ? tr("Restore") : tr("Archive"));
    m_archiveAction->setToolTip(archived ? tr("Make the learner active again")
                                         : tr("Hide the learner from lists and schedules; history stays (Delete)"));
    const bool paused = learner && learner->status == LearnerStatus::Paused;
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setToolTip(paused ? tr("The learner takes lessons again") : tr("The learner takes a break"));
}

void LearnerBrowser::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
    m_empty->setText(emptyText());
    m_count->setText(countText());
    updateActions();
}

QString LearnerBrowser::emptyText() const
{
    if (m_filterBar->isDefault()) {
        return tr("No learners yet — add one with <b>New Learner</b> (Ctrl+N) or import a CSV file.");
    }
    return tr("No learners match the search and filters. <a href=\"clear\">Clear the filters</a>");
}

QString LearnerBrowser::countText() const
{
    return tr("%Ln learner(s)", "", static_cast<int>(m_model->totalCount()));
}

LearnerDialog* LearnerBrowser::newLearner()
{
    auto* dialog = new LearnerDialog(m_session.db(), m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LearnerDialog::learnerSaved, this, [this](const QString& id) {
        const QString name = LearnerService(m_session.db(), m_session.clock()).get(id).value_or(Learner{}).name;
        changed(id, tr("Added %1.").arg(name), {}, true);
    });
    dialog->open();
    return dialog;
}

LearnerDialog* LearnerBrowser::editCurrent()
{
    auto learner = LearnerService(m_session.db(), m_session.clock()).get(currentId());
    if (currentId().isEmpty() || !learner) {
        return nullptr;
    }
    auto* dialog = new LearnerDialog(m_session.db(), m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLearner(*learner);
    connect(dialog, &LearnerDialog::learnerSaved, this,
            [this](const QString& id) { changed(id, tr("Saved the changes."), {}, true); });
    dialog->open();
    return dialog;
}

bool LearnerBrowser::toggleArchived()
{
    const Learner* current = m_model->learnerAt(m_view->currentIndex().row());
    if (!current) {
        return false;
    }
    const Learner learner = *current;
    LearnerService service(m_session.db(), m_session.clock());
    if (learner.status == LearnerStatus::Archived) {
        auto restored = service.restore(learner.meta.id);
        if (!restored) {
            m_messages->showError(restored.error().message);
            return false;
        }
        changed(learner.meta.id, tr("Restored %1.").arg(learner.name), {});
        return true;
    }
    if (!m_confirm(tr("Archive Learner"),
                   tr("Archive %1? Archived learners are hidden from lists and schedules; their lessons, invoices "
                      "and progress stay. You can restore them at any time.")
                       .arg(learner.name),
                   tr("Archive"))) {
        return false;
    }
    auto archived = service.archive(learner.meta.id);
    if (!archived) {
        m_messages->showError(archived.error().message);
        return false;
    }
    const bool wasPaused = learner.status == LearnerStatus::Paused;
    changed(learner.meta.id, tr("Archived %1.").arg(learner.name), [this, id = learner.meta.id, wasPaused] {
        LearnerService undo(m_session.db(), m_session.clock());
        auto restored = undo.restore(id);
        if (restored && wasPaused) {
            restored = undo.pause(id);
        }
        if (!restored) {
            m_messages->showError(restored.error().message);
            return;
        }
        changed(id, tr("Restored %1.").arg(restored->name), {});
    });
    return true;
}

bool LearnerBrowser::togglePaused()
{
    const Learner* current = m_model->learnerAt(m_view->currentIndex().row());
    if (!current || current->status == LearnerStatus::Archived) {
        return false;
    }
    const Learner learner = *current;
    LearnerService service(m_session.db(), m_session.clock());
    const bool pausing = learner.status == LearnerStatus::Active;
    auto result = pausing ? service.pause(learner.meta.id) : service.resume(learner.meta.id);
    if (!result) {
        m_messages->showError(result.error().message);
        return false;
    }
    const QString message = pausing ? tr("Paused %1.").arg(learner.name) : tr("Resumed %1.").arg(learner.name);
    changed(learner.meta.id, message, [this, id = learner.meta.id, pausing] {
        LearnerService undo(m_session.db(), m_session.clock());
        auto back = pausing ? undo.resume(id) : undo.pause(id);
        if (!back) {
            m_messages->showError(back.error().message);
            return;
        }
        changed(id, tr("Undone."), {});
    });
    return true;
}

void LearnerBrowser::changed(const Id& id, const QString& message, std::function<void()> undo, bool reveal)
{
    m_notifying = true;
    m_session.notifyDataChanged();
    m_notifying = false;
    reload();
    if (reveal) {
        showLearner(id); // selects the new or edited record, widening the filter when it hides it
    }
    m_messages->showInfo(message, std::move(undo));
}

void LearnerBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LearnerBrowser::retranslate()
{
    m_toolBar->setWindowTitle(tr("Learner actions"));
    m_newAction->setText(tr("New Learner"));
    m_newAction->setToolTip(tr("Add a learner (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected learner (F2 or Enter)"));
    m_model->retranslate();
    widenColumnsToHeaders(m_view);
    updateState();
}

} // namespace mentordesk
