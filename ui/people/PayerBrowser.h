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
class QTimer;
class QToolBar;

namespace mentordesk {

class LearnerDialog;
class MessageBar;
class PayerDetailPane;
class PayerDialog;
class PayerListModel;
class StudioSession;

/// The payers page's content: search and archive filter, a paged list, the detail pane, and the
/// actions (new, edit, archive/restore with confirmation and undo, add a learner to the family).
class PayerBrowser final : public QWidget
{
    Q_OBJECT

public:
    /// The archive choices, in combo-box order.
    enum class StatusChoice
    {
        Active,
        Archived,
        All,
    };

    explicit PayerBrowser(StudioSession& session, QWidget* parent = nullptr);

    bool showPayer(const Id& id);
    void activate();
    void focusSearch();
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    PayerDialog* newPayer();
    PayerDialog* editCurrent();
    /// Opens a new-learner dialog with payer `payerId` chosen.
    LearnerDialog* addLearnerFor(const Id& payerId);
    bool toggleArchived();

    void setSearchText(const QString& text);
    void setStatusChoice(StatusChoice choice);

    [[nodiscard]] Id currentId() const;
    [[nodiscard]] PayerListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] PayerDetailPane* detail() const { return m_detail; }
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
    [[nodiscard]] bool isDefaultFilter() const;
    void retranslate();

    StudioSession& m_session;
    PayerListModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QTimer* m_debounce = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    PayerDetailPane* m_detail = nullptr;
    Confirmation m_confirm;
    bool m_stale = false;
    bool m_notifying = false;
};

} // namespace mentordesk
