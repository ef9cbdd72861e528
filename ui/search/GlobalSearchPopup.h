// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QCompleter;
class QLineEdit;
class QTimer;

namespace mentordesk {

class SearchHitModel;
class StudioSession;

/// Turns a line edit into the global search: typing (debounced) runs GlobalSearch and shows the
/// hits in a popup under the field, grouped by kind; Enter, a click or Tab+Enter opens the chosen
/// hit through StudioSession::requestNavigation(). Enter with the popup closed opens the best hit.
///
/// Why on the GUI thread: at design scale (2,000 learners) a search takes a few milliseconds (see
/// docs/cli/search.md), well under one frame; a worker thread with its own connection would cost
/// more than it saves.
class GlobalSearchPopup final : public QObject
{
    Q_OBJECT

public:
    /// Hits per kind shown in the popup.
    static constexpr int kHitsPerKind = 6;
    /// Milliseconds of quiet typing before a search runs.
    static constexpr int kDebounceMs = 150;

    GlobalSearchPopup(QLineEdit* field, QObject* parent);

    /// The studio to search; nullptr while none is open (the field is then inert).
    void setSession(StudioSession* session);

    /// Runs the search for the field's text now (instead of after the debounce) and shows the popup.
    void searchNow();
    /// Opens the hit in `row` of model(): asks the session to navigate, hides the popup and clears the
    /// field. False for the "no matches" row or an invalid row.
    bool activateRow(int row);

    [[nodiscard]] SearchHitModel* model() const { return m_model; }
    [[nodiscard]] QAbstractItemView* popup() const;
    /// True while a typed text waits for its search.
    [[nodiscard]] bool searchPending() const;

signals:
    /// The hit `kind`/`id` was chosen (after the session was asked to show it).
    void hitActivated(const QString& kind, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textEdited();
    void showPopup();

    QLineEdit* m_field;
    QPointer<StudioSession> m_session;
    SearchHitModel* m_model;
    QCompleter* m_completer;
    QTimer* m_debounce;
};

} // namespace mentordesk
