// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "people/widgets/Confirmation.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace mentordesk {

class LearnerDetailPane;
class LearnerDialog;
class LearnerFilterBar;
class LearnerListModel;
class MessageBar;
class StudioSession;

/// The learners page's content: filter bar, a paged list that stays smooth with thousands of
/// learners, a detail pane, and the actions (new, edit, pause/resume, archive/restore with undo).
class LearnerBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit LearnerBrowser(StudioSession& session, QWidget* parent = nullptr);

    /// Selects learner `id` and shows it, widening the filter when it hides the learner. False when
    /// there is no such learner.
    bool showLearner(const Id& id);
    /// Reloads when the studio changed while the page was hidden.
    void activate();
    void focusSearch();
    /// Replaces the confirmation box (tests answer without a modal dialog).
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    /// Opens the dialog for a new learner (window-modal, not blocking) and returns it.
    LearnerDialog* newLearner();
    /// Opens the dialog for the selected learner; nullptr when none is selected.
    LearnerDialog* editCurrent();
    /// Archives (after confirmation) or restores the selected learner. False when nothing happened.
    bool toggleArchived();
    /// Pauses or resumes the selected learner. False when nothing happened.
    bool togglePaused();

    [[nodiscard]] Id currentId() const;
    [[nodiscard]] LearnerListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] LearnerFilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] LearnerDetailPane* detail() const { return m_detail; }
    [[nodiscard]] MessageBar* messages() const { return m_messages; }
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QString countText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildView();
    void applyFilter();
    void reload();
    void loadMentorChoices();
    void select(int row);
    void currentChanged();
    void updateActions();
    void updateState();
    /// After a write: tells the other pages, reloads, reports `message` (with an undo action). With
    /// `reveal`, widens the filter when it hides the learner.
    void changed(const Id& id, const QString& message, std::function<void()> undo, bool reveal = false);
    void retranslate();

    StudioSession& m_session;
    LearnerListModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_archiveAction = nullptr;
    LearnerFilterBar* m_filterBar = nullptr;
    MessageBar* m_messages = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    LearnerDetailPane* m_detail = nullptr;
    Confirmation m_confirm;
    bool m_stale = false;
    bool m_notifying = false;
};

} // namespace mentordesk
