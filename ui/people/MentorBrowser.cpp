// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorBrowser.h"

#include "models/MentorListModel.h"
#include "people/MentorDetailPane.h"
#include "people/MentorDialog.h"
#include "people/MentorService.h"
#include "people/widgets/MessageBar.h"
#include "people/widgets/RecordTable.h"
#include "shell/StudioSession.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mentordesk {

MentorBrowser::MentorBrowser(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm(askWithMessageBox(this))
{
    setObjectName(QStringLiteral("MentorBrowser"));
    m_model = new MentorListModel(session.db(), session.clock(), session.format(), this);
    buildView();
    connect(m_model, &MentorListModel::loadFailed, m_messages, &MessageBar::showError);
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
    connect(&m_session, &StudioSession::settingsChanged, this, [this] { m_model->reload(); });
    applyFilter();
    retranslate();
}

void MentorBrowser::buildView()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_newAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this, [this] { newMentor(); });
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this,
                                        [this] { editCurrent(); });
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_archiveAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this,
                                           [this] { toggleArchived(); });
    m_archiveAction->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_newAction, m_editAction, m_archiveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mentorSearch"));
    m_search->setClearButtonEnabled(true);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    for (int i = 0; i < 3; ++i) {
        m_status->addItem(QString());
    }
    m_statusLabel->setBuddy(m_status);
    // Mentors are few: filtering as you type needs no delay.
    connect(m_search, &QLineEdit::textChanged, this, &MentorBrowser::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MentorBrowser::applyFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);

    m_messages = new MessageBar(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("mentorTable"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(MentorListModel::Name, 14 * em);
    header->resizeSection(MentorListModel::Role, 7 * em);
    header->resizeSection(MentorListModel::Learners, 6 * em);
    header->resizeSection(MentorListModel::YearsTeaching, 8 * em);
    header->resizeSection(MentorListModel::DefaultRate, 8 * em);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(32);
    m_empty->setTextFormat(Qt::RichText);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_status->setCurrentIndex(0);
    });
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_listStack, 1);
    left->setMinimumWidth(320);
    m_detail = new MentorDetailPane(m_session, this);
    m_detail->setMinimumWidth(320);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    rememberSplitter(splitter, QStringLiteral("people/mentors/splitter"), 52);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MentorBrowser::currentChanged);
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_detail, &MentorDetailPane::mentorChanged, this, [this] {
        m_notifying = true;
        m_session.notifyDataChanged();
        m_notifying = false;
    });
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
}

void MentorBrowser::applyFilter()
{
    const Id keep = currentId();
    MentorFilter filter;
    filter.text = m_search->text().trimmed();
    const auto choice = static_cast<StatusChoice>(m_status->currentIndex());
    filter.archivedOnly = choice == StatusChoice::Archived;
    filter.includeArchived = choice == StatusChoice::All;
    m_model->setFilter(filter);
    select(m_model->rowOf(keep));
    updateState();
}

void MentorBrowser::reload()
{
    m_stale = false;
    const Id keep = currentId().isEmpty() ? m_detail->mentorId() : currentId();
    m_model->reload();
    const int row = m_model->rowOf(keep);
    select(row);
    if (row < 0 && !keep.isEmpty()) {
        m_detail->showMentor(keep, m_model->learnerCount(keep));
    }
    updateState();
}

void MentorBrowser::activate()
{
    if (m_stale) {
        reload();
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        select(0);
    }
}

void MentorBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MentorBrowser::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void MentorBrowser::setStatusChoice(StatusChoice choice)
{
    m_status->setCurrentIndex(static_cast<int>(choice));
}

bool MentorBrowser::showMentor(const Id& id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        auto mentor = MentorService(m_session.db(), m_session.clock()).get(id);
        if (!mentor) {
            return false;
        }
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker statusBlocker(m_status);
        m_search->clear();
        m_status->setCurrentIndex(static_cast<int>(mentor->isArchived() ? StatusChoice::All : StatusChoice::Active));
        applyFilter();
        row = m_model->rowOf(mentor->meta.id);
    }
    if (row < 0) {
        return false;
    }
    select(row);
    return true;
}

void MentorBrowser::select(int row)
{
    selectRecordRow(m_view, row, MentorListModel::Name);
    currentChanged();
}

Id MentorBrowser::currentId() const
{
    const Mentor* mentor = m_model->mentorAt(m_view->currentIndex().row());
    return mentor ? mentor->meta.id : Id();
}

void MentorBrowser::currentChanged()
{
    const Id id = currentId();
    m_detail->showMentor(id, m_model->learnerCount(id));
    const Mentor* mentor = m_model->mentorAt(m_view->currentIndex().row());
    m_editAction->setEnabled(mentor);
    m_archiveAction->setEnabled(mentor);
    const bool archived = mentor && mentor->isArchived();
    m_archiveAction->setText(archived ? tr("Restore") : tr("Archive"));
    m_archiveAction->setToolTip(archived ? tr("Make the mentor active again")
                                         : tr("Hide the mentor from lists and new schedules; history stays (Delete)"));
}

void MentorBrowser::updateState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    m_empty->setText(emptyText());
}

QString MentorBrowser::emptyText() const
{
    if (m_search->text().trimmed().isEmpty() && m_status->currentIndex() == 0) {
        return tr("No mentors yet — add the people who teach with <b>New Mentor</b> (Ctrl+N).");
    }
    return tr("No mentors match the search. <a href=\"clear\">Clear the filters</a>");
}

MentorDialog* MentorBrowser::newMentor()
{
    auto* dialog = new MentorDialog(m_session.db(), m_session.clock(), m_session.format(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorDialog::mentorSaved, this,
            [this](const QString& id) { changed(id, tr("Added the mentor."), {}, true); });
    dialog->open();
    return dialog;
}

MentorDialog* MentorBrowser::editCurrent()
{
    auto mentor = MentorService(m_session.db(), m_session.clock()).get(currentId());
    if (currentId().isEmpty() || !mentor) {
        return nullptr;
    }
    auto* dialog = new MentorDialog(m_session.db(), m_session.clock(), m_session.format(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMentor(*mentor);
    connect(dialog, &MentorDialog::mentorSaved, this,
            [this](const QString& id) { changed(id, tr("Saved the changes."), {}, true); });
    dialog->open();
    return dialog;
}

bool MentorBrowser::toggleArchived()
{
    const Mentor* current = m_model->mentorAt(m_view->currentIndex().row());
    if (!current) {
        return false;
    }
    const Mentor mentor = *current;
    MentorService service(m_session.db(), m_session.clock());
    if (mentor.isArchived()) {
        auto restored = service.restore(mentor.meta.id);
        if (!restored) {
            m_messages->showError(restored.error().message);
            return false;
        }
        changed(mentor.meta.id, tr("Restored %1.").arg(mentor.name), {});
        return true;
    }
    const int learners = m_model->learnerCount(mentor.meta.id);
    const QString text =
        learners > 0
            ? tr("Archive %1? They are the primary mentor of %n active learner(s), who keep them until you choose "
                 "another mentor. Lessons and history stay.",
                 "", learners)
                  .arg(mentor.name)
            : tr("Archive %1? Archived mentors are hidden from lists and new schedules; lessons and history stay.")
                  .arg(mentor.name);
    if (!m_confirm(tr("Archive Mentor"), text, tr("Archive"))) {
        return false;
    }
    auto archived = service.archive(mentor.meta.id);
    if (!archived) {
        m_messages->showError(archived.error().message);
        return false;
    }
    changed(mentor.meta.id, tr("Archived %1.").arg(mentor.name), [this, id = mentor.meta.id] {
        auto restored = MentorService(m_session.db(), m_session.clock()).restore(id);
        if (!restored) {
            m_messages->showError(restored.error().message);
            return;
        }
        changed(id, tr("Restored %1.").arg(restored->name), {});
    });
    return true;
}

void MentorBrowser::changed(const Id& id, const QString& message, std::function<void()> undo, bool reveal)
{
    m_notifying = true;
    m_session.notifyDataChanged();
    m_notifying = false;
    reload();
    if (reveal) {
        showMentor(id); // selects the new or edited record, widening the filter when it hides it
    }
    m_messages->showInfo(message, std::move(undo));
}

void MentorBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MentorBrowser::retranslate()
{
    m_status->setToolTip(tr("Show active or archived mentors, or both"));
    m_toolBar->setWindowTitle(tr("Mentor actions"));
    m_newAction->setText(tr("New Mentor"));
    m_newAction->setToolTip(tr("Add a mentor (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected mentor (F2 or Enter)"));
    m_search->setPlaceholderText(tr("Search name, e-mail or phone"));
    m_statusLabel->setText(tr("&Show:"));
    m_status->setItemText(static_cast<int>(StatusChoice::Active), tr("Active mentors"));
    m_status->setItemText(static_cast<int>(StatusChoice::Archived), tr("Archived mentors"));
    m_status->setItemText(static_cast<int>(StatusChoice::All), tr("All mentors"));
    m_model->retranslate();
    widenColumnsToHeaders(m_view);
    updateState();
}

} // namespace mentordesk
