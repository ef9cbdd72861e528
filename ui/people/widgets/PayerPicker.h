// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace mentordesk {

class Clock;
class Database;

/// Chooses a payer by typing: suggestions come from PayerService::list with the typed text (at most
/// kSuggestions, never the whole table), so it stays quick with thousands of families. Empty text
/// means "no payer".
class PayerPicker final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kSuggestions = 50;

    PayerPicker(Database& db, const Clock& clock, QWidget* parent = nullptr);

    /// Shows `name` and remembers `id` (an empty id clears the choice).
    void setPayer(const Id& id, const QString& name);
    /// The chosen payer, or empty when none is chosen (also while typed text matches no choice).
    [[nodiscard]] Id payerId() const { return m_payerId; }
    /// True when text was typed but no payer chosen for it.
    [[nodiscard]] bool isUnresolved() const { return m_payerId.isEmpty() && !text().trimmed().isEmpty(); }
    /// Chooses the payer whose name equals the typed text (ignoring case) when exactly one does.
    /// Returns false when the text stays unresolved.
    bool resolveTypedName();
    /// Reads suggestions for the current text now (normally done shortly after typing).
    void refreshSuggestions();
    [[nodiscard]] QStandardItemModel* suggestions() const { return m_suggestions; }

signals:
    void payerChosen(const QString& id);

private:
    void choose(const QModelIndex& index);

    Database& m_db;
    const Clock& m_clock;
    QStandardItemModel* m_suggestions = nullptr;
    QCompleter* m_completer = nullptr;
    QTimer* m_refresh = nullptr;
    Id m_payerId;
    QString m_payerName;
};

} // namespace mentordesk
