// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "people/widgets/Confirmation.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace mentordesk {

class MentorDetailPane;
class MentorDialog;
class MentorListModel;
class MessageBar;
class StudioSession;

/// The mentors page's content: the studio's mentors, their detail (with editable expertise and
/// availability) and the actions (new, edit, archive/restore with confirmation and undo).
class MentorBrowser final : public QWidget
{
    Q_OBJECT

public:
    enum class StatusChoice
    {
        Active,
        Archived,
        All,
    };

    explicit MentorBrowser(StudioSession& session, QWidget* parent = nullptr);

    bool showMentor(const Id& id);
    void activate();
    void focusSearch();
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    MentorDialog* newMentor();
    MentorDialog* editCurrent();
    bool toggleArchived();
    void setSearchText(const QString& text);
    void setStatusChoice(StatusChoice choice);

    [[nodiscard]] Id currentId() const;
    [[nodiscard]] MentorListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] MentorDetailPane* detail() const { return m_detail; }
    [[nodiscard]] MessageBar* messages() const { return m_messages; }
    [[nodiscard]] QString emptyText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildView();
    void applyFilter();
    void reload();
    void select(int row);
    void currentChanged();
    void updateState();
    void changed(const Id& id, const QString& message, std::function<void()> undo, bool reveal = false);
    void retranslate();

    StudioSession& m_session;
    MentorListModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    MentorDetailPane* m_detail = nullptr;
    Confirmation m_confirm;
    bool m_stale = false;
    bool m_notifying = false;
};

} // namespace mentordesk
