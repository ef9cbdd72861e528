// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditLogBox.h"

#include "security/AuditLog.h"
#include "security/AuditLogModel.h"
#include "shell/StudioSession.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

/// The date edits' "no limit" value (shown as the special text).
const QDate kNoDate(2000, 1, 1);

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

AuditLogBox::AuditLogBox(StudioSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_model(new AuditLogModel(session.db(), session.clock(), session.format(), this))
    , m_notice(new QLabel(this))
    , m_browser(new QWidget(this))
    , m_actor(new QLineEdit(m_browser))
    , m_action(new QLineEdit(m_browser))
    , m_entity(new QLineEdit(m_browser))
    , m_from(dateEdit(QStringLiteral("auditFrom"), m_browser))
    , m_to(dateEdit(QStringLiteral("auditTo"), m_browser))
    , m_table(new QTableView(m_browser))
    , m_verify(new QPushButton(m_browser))
    , m_result(new QLabel(m_browser))
{
    setObjectName(QStringLiteral("auditLogBox"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_verify->setObjectName(QStringLiteral("verifyAuditLog"));
    m_notice->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(260);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = AuditLogModel::Seq; column < AuditLogModel::Details; ++column) {
            m_table->resizeColumnToContents(column);
        }
    });
    for (QLineEdit* edit : {m_actor, m_action, m_entity}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &AuditLogBox::reload);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogBox::reload);
        edit->installEventFilter(this);
    }
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_actor, m_action, m_entity, m_from, m_to}) {
        filters->addWidget(w);
    }
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify, 0, Qt::AlignTop);
    verifyRow->addWidget(m_result, 1);
    auto* browser = new QVBoxLayout(m_browser);
    browser->setContentsMargins(0, 0, 0, 0);
    browser->addLayout(filters);
    browser->addWidget(m_table);
    browser->addLayout(verifyRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_browser, 1);
    layout->addStretch(0); // keeps the notice at the top when the browser is hidden
    connect(m_verify, &QPushButton::clicked, this, [this] { (void)verify(); });
    retranslate();
    refresh();
}

void AuditLogBox::retranslate()
{
    setTitle(tr("Audit log"));
    m_actor->setPlaceholderText(tr("Account"));
    m_action->setPlaceholderText(tr("Action starts with (invoice.)"));
    m_entity->setPlaceholderText(tr("Record kind (payment)"));
    m_from->setSpecialValueText(tr("from any day"));
    m_to->setSpecialValueText(tr("to any day"));
    m_from->setToolTip(tr("Only entries on or after this day."));
    m_to->setToolTip(tr("Only entries on or before this day."));
    m_verify->setText(tr("&Verify Audit Log"));
    m_verify->setToolTip(tr("Re-check every entry's hash: any edit or removal made outside MentorDesk shows "
                            "up as a break."));
    m_notice->setText(tr("Only an owner can read the audit log."));
}

void AuditLogBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void AuditLogBox::refresh()
{
    const bool owner = m_session.actor().role == Role::Owner;
    m_browser->setVisible(owner);
    m_notice->setVisible(!owner);
    m_result->clear();
    if (owner) {
        reload();
    } else {
        m_model->clear();
    }
}

AuditFilter AuditLogBox::filter() const
{
    AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.actionPrefix = m_action->text().trimmed();
    filter.entity = m_entity->text().trimmed();
    const QTimeZone& zone = m_session.format().timeZone();
    if (m_from->date() != kNoDate) {
        filter.fromUtc = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    }
    if (m_to->date() != kNoDate) {
        filter.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC();
    }
    return filter;
}

void AuditLogBox::reload()
{
    if (m_session.actor().role != Role::Owner) {
        return;
    }
    if (!m_model->load(m_session.actor(), filter())) {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_result->setText(tr("The audit log could not be read: %1").arg(m_model->error()));
    }
}

QString AuditLogBox::verify()
{
    auto verified = AuditLog(m_session.db(), m_session.clock()).verify();
    QString text;
    if (!verified) {
        text = tr("The audit log could not be checked: %1").arg(verified.error().message);
    } else if (verified->intact()) {
        text = tr("The audit log is intact (%n entry(ies) checked).", nullptr, static_cast<int>(verified->entries));
    } else {
        text = tr("The audit log is broken at entry %1: %2").arg(verified->broken->seq).arg(verified->broken->reason);
    }
    const bool good = verified && verified->intact();
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b6e3a;") : QStringLiteral("color: #b3261e;"));
    m_result->setText(text);
    return text;
}

bool AuditLogBox::eventFilter(QObject* watched, QEvent* event)
{
    // Why: a date box showing its "any day" text has no sections for Tab to walk, and Qt then keeps the
    // Tab key there (a keyboard trap): Tab leaves it instead.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        for (QDateEdit* edit : {m_from, m_to}) {
            if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && edit->date() == kNoDate && watched == edit) {
                focusNextPrevChild(key == Qt::Key_Tab);
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace mentordesk
