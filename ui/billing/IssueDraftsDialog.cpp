// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/IssueDraftsDialog.h"

#include "billing/InvoiceActions.h"
#include "common/Formatter.h"
#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

enum Role
{
    CountRole = Qt::UserRole + 1,
    TotalRole,
};

} // namespace

IssueDraftsDialog::IssueDraftsDialog(StudioSession& session, InvoiceActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("IssueDraftsDialog"));
    setWindowTitle(tr("Issue All Drafts"));
    m_period = new QComboBox(this);
    m_period->setToolTip(tr("The billing month whose drafts are all issued (numbered and locked)"));
    m_period->setObjectName(QStringLiteral("issuePeriod"));
    InvoiceFilter filter;
    filter.status = InvoiceStatus::Draft;
    filter.kind = InvoiceKind::Invoice;
    QMap<QString, QPair<int, qint64>> periods; // period → (drafts, total)
    if (auto drafts = InvoiceService(session.db(), session.clock()).list(filter, {0, 10000})) {
        for (const Invoice& d : std::as_const(drafts->items)) {
            auto& p = periods[d.period];
            ++p.first;
            p.second += d.grandTotal;
        }
    }
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        m_period->insertItem(0, it.key(), it.key()); // newest first
        m_period->setItemData(0, it->first, CountRole);
        m_period->setItemData(0, it->second, TotalRole);
    }
    m_period->setCurrentIndex(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("issueProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("issueError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Billing &month:"), m_period);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issue = buttons->addButton(tr("&Issue All"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("issueAll"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_issue, &QPushButton::clicked, this, [this] { issueAll(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { syncSummary(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    syncSummary();
    resize(480, sizeHint().height());
}

bool IssueDraftsDialog::setPeriod(const QString& period)
{
    const int index = m_period->findData(period);
    if (index < 0) {
        return false;
    }
    m_period->setCurrentIndex(index);
    return true;
}

QString IssueDraftsDialog::period() const
{
    return m_period->currentData().toString();
}

int IssueDraftsDialog::draftCount() const
{
    return m_period->currentData(CountRole).toInt();
}

QString IssueDraftsDialog::summaryText() const
{
    return m_summary->text();
}

QString IssueDraftsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IssueDraftsDialog::syncSummary()
{
    const int count = draftCount();
    m_issue->setEnabled(count > 0);
    m_issue->setText(count > 0 ? tr("&Issue %n Invoice(s)", nullptr, count) : tr("&Issue All"));
    if (count == 0) {
        m_summary->setText(tr("There are no draft invoices. Run billing for a month first."));
        return;
    }
    m_summary->setText(
        tr("Issue %n draft invoice(s) of %1 over %2 in total today?\n\nEach gets the next invoice number and can no "
           "longer be changed; mistakes are corrected with credit notes. If one cannot be issued, none is.",
           nullptr, count)
            .arg(period(), m_session.format().money(m_period->currentData(TotalRole).toLongLong())));
}

bool IssueDraftsDialog::issueAll()
{
    const int count = draftCount();
    if (count == 0) {
        return false;
    }
    m_error->hide();
    m_issue->setEnabled(false);
    m_period->setEnabled(false);
    m_progress->setRange(0, count);
    m_progress->setValue(0);
    auto issued = m_actions.issuePeriod(period(), [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    if (!issued) {
        m_progress->setValue(0);
        m_error->setText(issued.error().message);
        m_error->show();
        m_issue->setEnabled(true);
        m_period->setEnabled(true);
        return false;
    }
    m_issued = *issued;
    accept();
    return true;
}

} // namespace mentordesk
