// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "models/SuggestionModel.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace mentordesk {

/// Ranked suggestions (courses or mentors) in a table, with the selected row's explanation spelled
/// out below it. The first row is selected after every update.
class SuggestionTable final : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionTable(SuggestionModel::Kind kind, QWidget* parent = nullptr);

    void setRows(const QList<SuggestionRow>& rows);
    /// Shown in place of an explanation when there are no rows.
    void setEmptyText(const QString& text);
    [[nodiscard]] Id currentId() const;
    /// The selected row, or nullptr.
    [[nodiscard]] const SuggestionRow* currentRow() const;
    [[nodiscard]] SuggestionModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QLabel* explanation() const { return m_explanation; }

signals:
    void currentChanged(const QString& id);
    /// A row was double-clicked or activated with Enter.
    void rowActivated(const QString& id);

private:
    void showCurrent();

    SuggestionModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_explanation = nullptr;
    QString m_emptyText;
};

} // namespace mentordesk
