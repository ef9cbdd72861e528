// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerBrowser.h"

#include "models/PayerListModel.h"
#include "people/LearnerDialog.h"
#include "people/PayerDetailPane.h"
#include "people/PayerDialog.h"
#include "people/PayerService.h"
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
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kDebounceMilliseconds = 250;
}

PayerBrowser::PayerBrowser(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm(askWithMessageBox(this))
{
    setObjectName(QStringLiteral("PayerBrowser"));
    m_model = new PayerListModel(session.db(), session.clock(), this);
    buildView();
    connect(m_model, &PayerListModel::loadFailed, m_messages, &MessageBar::showError);
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
    applyFilter();
    retranslate();
}

void PayerBrowser::buildView()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_newAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this, [this] { newPayer(); });
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
    m_search->setObjectName(QStringLiteral("payerSearch"));
    m_search->setClearButtonEnabled(true);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("payerStatusFilter"));
    for (int i = 0; i < 3; ++i) {
        m_status->addItem(QString());
    }
    m_statusLabel->setBuddy(m_status);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &PayerBrowser::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &PayerBrowser::applyFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);

    m_messages = new MessageBar(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("payerTable"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(PayerListModel::Name, 13 * em);
    header->resizeSection(PayerListModel::Email, 16 * em);
    header->resizeSection(PayerListModel::Phone, 10 * em);
    header->resizeSection(PayerListModel::Learners, 6 * em);
    header->resizeSection(PayerListModel::InvoiceLanguage, 14 * em);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(32);
    m_empty->setTextFormat(Qt::RichText);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_status->setCurrentIndex(0);
        applyFilter();
    });
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    m_count = new QLabel(this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_listStack, 1);
    leftLayout->addWidget(m_count);
    left->setMinimumWidth(360);
    m_detail = new PayerDetailPane(m_session, this);
    m_detail->setMinimumWidth(280);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    rememberSplitter(splitter, QStringLiteral("people/payers/splitter"), 64);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PayerBrowser::currentChanged);
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_detail, &PayerDetailPane::addLearnerRequested, this, &PayerBrowser::addLearnerFor);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
}

void PayerBrowser::applyFilter()
{
    m_debounce->stop();
    const Id keep = currentId();
    PayerFilter filter;
    filter.text = m_search->text().trimmed();
    const auto choice = static_cast<StatusChoice>(m_status->currentIndex());
    filter.archivedOnly = choice == StatusChoice::Archived;
    filter.includeArchived = choice == StatusChoice::All;
    m_model->setFilter(filter);
    select(m_model->rowOf(keep));
    updateState();
}

void PayerBrowser::reload()
{
    m_stale = false;
    const Id keep = currentId().isEmpty() ? m_detail->payerId() : currentId();
    m_model->reload();
    const int row = m_model->fetchUntil(keep);
    select(row);
    if (row < 0) {
        m_detail->showPayer(keep);
    }
    updateState();
}

void PayerBrowser::activate()
{
    if (m_stale) {
        reload();
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        select(0);
    }
}

void PayerBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PayerBrowser::setSearchText(const QString& text)
{
    m_search->setText(text);
    applyFilter();
}

void PayerBrowser::setStatusChoice(StatusChoice choice)
{
    m_status->setCurrentIndex(static_cast<int>(choice)); // applies through currentIndexChanged
}

bool PayerBrowser::showPayer(const Id& id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        auto payer = PayerService(m_session.db(), m_session.clock()).get(id);
        if (!payer) {
            return false;
        }
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(static_cast<int>(payer->isArchived() ? StatusChoice::All : StatusChoice::Active));
        const QSignalBlocker searchBlocker(m_search);
        m_search->setText(payer->name);
        applyFilter();
        row = m_model->fetchUntil(payer->meta.id);
    }
    if (row < 0) {
        return false;
    }
    select(row);
    return true;
}

void PayerBrowser::select(int row)
{
    selectRecordRow(m_view, row, PayerListModel::Name);
    currentChanged();
}

Id PayerBrowser::currentId() const
{
    const Payer* payer = m_model->payerAt(m_view->currentIndex().row());
    return payer ? payer->meta.id : Id();
}

void PayerBrowser::currentChanged()
{
    const Id id = currentId();
    if (id != m_detail->payerId() || id.isEmpty()) {
        m_detail->showPayer(id);
    }
    const Payer* payer = m_model->payerAt(m_view->currentIndex().row());
    m_editAction->setEnabled(payer);
    m_archiveAction->setEnabled(payer);
    const bool archived = payer && payer->isArchived();
    m_archiveAction->setText(archived ? tr("Restore") : tr("Archive"));
    m_archiveAction->setToolTip(archived ? tr("Make the payer active again")
                                         : tr("Hide the payer from lists; invoices and history stay (Delete)"));
}

bool PayerBrowser::isDefaultFilter() const
{
    return m_search->text().trimmed().isEmpty() && m_status->currentIndex() == 0;
}

void PayerBrowser::updateState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    m_empty->setText(emptyText());
    m_count->setText(tr("%Ln payer(s)", "", static_cast<int>(m_model->totalCount())));
    currentChanged();
}

QString PayerBrowser::emptyText() const
{
    if (isDefaultFilter()) {
        return tr("No payers yet — add one with <b>New Payer</b> (Ctrl+N). A payer is whoever pays: a parent, "
                  "a company or the learner.");
    }
    return tr("No payers match the search. <a href=\"clear\">Clear the filters</a>");
}

PayerDialog* PayerBrowser::newPayer()
{
    auto* dialog = new PayerDialog(m_session.db(), m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayerDialog::payerSaved, this, [this, dialog](const QString& id) {
        changed(id, tr("Added %1.").arg(dialog->input().name.trimmed()), {}, true);
    });
    dialog->open();
    return dialog;
}

PayerDialog* PayerBrowser::editCurrent()
{
    auto payer = PayerService(m_session.db(), m_session.clock()).get(currentId());
    if (currentId().isEmpty() || !payer) {
        return nullptr;
    }
    auto* dialog = new PayerDialog(m_session.db(), m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPayer(*payer);
    connect(dialog, &PayerDialog::payerSaved, this,
            [this](const QString& id) { changed(id, tr("Saved the changes."), {}, true); });
    dialog->open();
    return dialog;
}

LearnerDialog* PayerBrowser::addLearnerFor(const Id& payerId)
{
    auto payer = PayerService(m_session.db(), m_session.clock()).get(payerId);
    if (!payer) {
        return nullptr;
    }
    auto* dialog = new LearnerDialog(m_session.db(), m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPayer(payer->meta.id, payer->name);
    connect(dialog, &LearnerDialog::learnerSaved, this,
            [this, payerId, dialog] { changed(payerId, tr("Added %1.").arg(dialog->input().name.trimmed()), {}); });
    dialog->open();
    return dialog;
}

bool PayerBrowser::toggleArchived()
{
    const Payer* current = m_model->payerAt(m_view->currentIndex().row());
    if (!current) {
        return false;
    }
    const Payer payer = *current;
    PayerService service(m_session.db(), m_session.clock());
    if (payer.isArchived()) {
        auto restored = service.restore(payer.meta.id);
        if (!restored) {
            m_messages->showError(restored.error().message);
            return false;
        }
        changed(payer.meta.id, tr("Restored %1.").arg(payer.name), {});
        return true;
    }
    if (!m_confirm(tr("Archive Payer"),
                   tr("Archive %1? Archived payers are hidden from lists and cannot be chosen for new learners; "
                      "their invoices and history stay. You can restore them at any time.")
                       .arg(payer.name),
                   tr("Archive"))) {
        return false;
    }
    auto archived = service.archive(payer.meta.id);
    if (!archived) {
        m_messages->showError(archived.error().message);
        return false;
    }
    changed(payer.meta.id, tr("Archived %1.").arg(payer.name), [this, id = payer.meta.id] {
        auto restored = PayerService(m_session.db(), m_session.clock()).restore(id);
        if (!restored) {
            m_messages->showError(restored.error().message);
            return;
        }
        changed(id, tr("Restored %1.").arg(restored->name), {});
    });
    return true;
}

void PayerBrowser::changed(const Id& id, const QString& message, std::function<void()> undo, bool reveal)
{
    m_notifying = true;
    m_session.notifyDataChanged();
    m_notifying = false;
    reload();
    if (reveal) {
        showPayer(id); // selects the new or edited record, widening the filter when it hides it
    }
    m_detail->refresh();
    m_messages->showInfo(message, std::move(undo));
}

void PayerBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PayerBrowser::retranslate()
{
    m_status->setToolTip(tr("Show active or archived payers, or both"));
    m_toolBar->setWindowTitle(tr("Payer actions"));
    m_newAction->setText(tr("New Payer"));
    m_newAction->setToolTip(tr("Add a payer (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected payer (F2 or Enter)"));
    m_search->setPlaceholderText(tr("Search name, e-mail or phone"));
    m_statusLabel->setText(tr("&Show:"));
    m_status->setItemText(static_cast<int>(StatusChoice::Active), tr("Active payers"));
    m_status->setItemText(static_cast<int>(StatusChoice::Archived), tr("Archived payers"));
    m_status->setItemText(static_cast<int>(StatusChoice::All), tr("All payers"));
    m_model->retranslate();
    widenColumnsToHeaders(m_view);
    updateState();
}

} // namespace mentordesk
