// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/TodaySummary.h"
#include "shell/Page.h"

#include <QFutureWatcher>

class QLabel;

namespace mentordesk {

class FirstStepsCard;
class StudioSession;
class TodayCard;

/// The default page: today's and tomorrow's lessons, lessons awaiting attendance, learners at
/// risk, hours this week against last week, and the money figures (placeholders until billing is
/// set up). Every name and time is a link to where it can be acted on (session.requestNavigation).
/// "Today" comes from the session's clock, in the studio's time zone.
class TodayPage final : public Page
{
    Q_OBJECT

public:
    explicit TodayPage(StudioSession& session, QWidget* parent = nullptr);
    ~TodayPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("today"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    /// True while the cards or the at-risk list are read off the GUI thread.
    [[nodiscard]] bool isLoading() const override
    {
        // Why a flag and not the watchers: a finished future whose signal is still queued is no
        // longer "running", yet its result is not shown yet.
        return m_reading || m_reloadPending;
    }

    /// Reloads every card from the database off the GUI thread, on a connection of its own (the
    /// cards say "Loading…" meanwhile, so the window paints at once even on a large studio). The
    /// at-risk card follows: the progress model then runs on every active enrollment, also off the
    /// GUI thread. atRiskLoaded() is emitted when everything is filled.
    void reload();
    /// True until every card, the at-risk list included, is filled.
    [[nodiscard]] bool checkingRisks() const { return isLoading(); }
    /// What the cards show (after the last reload).
    [[nodiscard]] const TodaySummary& summary() const { return m_summary; }
    /// The card named `objectName`: "todayLessons", "tomorrowLessons", "awaitingAttendance", "atRisk",
    /// "hoursThisWeek", "money".
    [[nodiscard]] TodayCard* card(const QString& objectName) const;
    /// The "First steps" checklist at the top: shown after the first read while a step the account may
    /// take is open, until the user hides it (remembered per studio in QSettings).
    [[nodiscard]] FirstStepsCard* firstSteps() const { return m_firstSteps; }
    /// Hides the checklist for this studio from now on (its "Hide" button).
    void dismissFirstSteps();

signals:
    /// The at-risk card is filled (also after a failure, which it then shows).
    void atRiskLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void followLink(const QString& href);
    void retranslate();
    void fill();
    void fillAtRisk();
    /// Shows the checklist unless it is complete, empty for the role, or dismissed.
    void fillFirstSteps();
    /// QSettings key remembering the dismissal, per studio id.
    [[nodiscard]] QString firstStepsHiddenKey() const;
    /// The money card: revenue this month vs last, overdue invoices (each links to the invoice on the
    /// Billing page), low package balances.
    void fillMoney();
    void summaryFinished();
    void startRiskCheck();
    void riskCheckFinished();
    /// The read (cards, then at-risk list) is done: reads again if a change came meanwhile, else says so.
    void finishReading();

    StudioSession& m_session;
    TodaySummary m_summary;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    FirstStepsCard* m_firstSteps = nullptr;
    TodayCard* m_today = nullptr;
    TodayCard* m_tomorrow = nullptr;
    TodayCard* m_awaiting = nullptr;
    TodayCard* m_atRisk = nullptr;
    TodayCard* m_hours = nullptr;
    TodayCard* m_money = nullptr;
    QFutureWatcher<Result<TodaySummary>> m_summaryWatcher;
    QFutureWatcher<Result<QList<AtRiskEntry>>> m_riskWatcher;
    bool m_reading = false; ///< from reload() until the at-risk list is in
    bool m_reloadPending = false;
    QString m_riskError;
    bool m_loaded = false;
    bool m_stale = true;
};

} // namespace mentordesk
