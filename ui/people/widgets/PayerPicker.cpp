// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/PayerPicker.h"

#include "people/PayerService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kRefreshMilliseconds = 150;
} // namespace

PayerPicker::PayerPicker(Database& db, const Clock& clock, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_clock(clock)
{
    setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // Why: the suggestions are already filtered by the database (name, e-mail, phone); the completer
    // must show them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMilliseconds);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        refreshSuggestions();
        if (hasFocus() && m_suggestions->rowCount() > 0) {
            m_completer->complete();
        }
    });
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed() != m_payerName) {
            m_payerId.clear();
            m_payerName.clear();
        }
        m_refresh->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &PayerPicker::choose);
}

void PayerPicker::setPayer(const Id& id, const QString& name)
{
    m_payerId = id;
    m_payerName = id.isEmpty() ? QString() : name;
    setText(m_payerName);
}

void PayerPicker::refreshSuggestions()
{
    PayerFilter filter;
    filter.text = text().trimmed();
    auto page = PayerService(m_db, m_clock).list(filter, {0, kSuggestions});
    m_suggestions->clear();
    if (!page) {
        return;
    }
    for (const Payer& payer : std::as_const(page->items)) {
        auto* item = new QStandardItem(payer.name);
        item->setData(payer.meta.id, kIdRole);
        item->setToolTip(payer.email.isEmpty() ? payer.name : tr("%1 (%2)").arg(payer.name, payer.email));
        m_suggestions->appendRow(item);
    }
}

void PayerPicker::choose(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    m_payerId = index.data(kIdRole).toString();
    m_payerName = index.data(Qt::DisplayRole).toString();
    setText(m_payerName);
    emit payerChosen(m_payerId);
}

bool PayerPicker::resolveTypedName()
{
    if (!isUnresolved()) {
        return true;
    }
    refreshSuggestions();
    const QString typed = text().trimmed();
    QModelIndex match;
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const QModelIndex index = m_suggestions->index(row, 0);
        if (index.data().toString().compare(typed, Qt::CaseInsensitive) == 0) {
            if (match.isValid()) {
                return false; // two families share the name: the user has to pick one
            }
            match = index;
        }
    }
    if (!match.isValid()) {
        return false;
    }
    choose(match);
    return true;
}

} // namespace mentordesk
