// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayPage.h"

#include "common/Clock.h"
#include "common/GlyphIconEngine.h"
#include "progress/ProgressService.h"
#include "reports/TodayService.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "today/FirstStepsCard.h"
#include "today/TodayCard.h"
#include "today/TodayRows.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mentordesk {

namespace {
constexpr int kMaxListed = 12;
}

TodayPage::TodayPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("TodayPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(16, 12, 16, 16);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    m_heading = new QLabel(content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    grid->addWidget(m_error, 1, 0, 1, 2);

    m_firstSteps = new FirstStepsCard(content);
    m_firstSteps->hide(); // until the first read says the studio is new
    grid->addWidget(m_firstSteps, 2, 0, 1, 2);
    m_today = new TodayCard(QStringLiteral("todayLessons"), content);
    m_tomorrow = new TodayCard(QStringLiteral("tomorrowLessons"), content);
    m_awaiting = new TodayCard(QStringLiteral("awaitingAttendance"), content);
    m_atRisk = new TodayCard(QStringLiteral("atRisk"), content);
    m_hours = new TodayCard(QStringLiteral("hoursThisWeek"), content);
    m_money = new TodayCard(QStringLiteral("money"), content);
    grid->addWidget(m_today, 3, 0);
    grid->addWidget(m_tomorrow, 3, 1);
    grid->addWidget(m_awaiting, 4, 0);
    grid->addWidget(m_atRisk, 4, 1);
    grid->addWidget(m_hours, 5, 0);
    grid->addWidget(m_money, 5, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(6, 1);
    scroll->setWidget(content);

    for (TodayCard* card : {m_today, m_tomorrow, m_awaiting, m_atRisk, m_hours, m_money}) {
        connect(card, &TodayCard::linkActivated, this, &TodayPage::followLink);
    }
    connect(m_firstSteps, &FirstStepsCard::navigate, &m_session, &StudioSession::requestNavigation);
    connect(m_firstSteps, &FirstStepsCard::dismissed, this, &TodayPage::dismissFirstSteps);
    connect(&m_summaryWatcher, &QFutureWatcherBase::finished, this, &TodayPage::summaryFinished);
    connect(&m_riskWatcher, &QFutureWatcherBase::finished, this, &TodayPage::riskCheckFinished);
    connect(&m_session, &StudioSession::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    connect(&m_session, &StudioSession::settingsChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    retranslate();
}

TodayPage::~TodayPage()
{
    // Why: the workers read the studio file; let them finish before the session (and maybe the file) goes.
    m_summaryWatcher.waitForFinished();
    m_riskWatcher.waitForFinished();
}

QString TodayPage::title()
{
    return tr("Today");
}

QIcon TodayPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Today);
}

void TodayPage::activate()
{
    if (m_stale || !m_loaded) {
        reload();
    }
}

TodayCard* TodayPage::card(const QString& objectName) const
{
    return findChild<TodayCard*>(objectName);
}

void TodayPage::followLink(const QString& href)
{
    const qsizetype colon = href.indexOf(u':');
    if (colon <= 0) {
        return;
    }
    m_session.requestNavigation(href.left(colon), href.mid(colon + 1));
}

void TodayPage::reload()
{
    m_stale = false;
    if (m_reading) {
        // Why: a read is under way and may predate the change; read again once it is done.
        m_reloadPending = true;
        return;
    }
    m_reading = true;
    m_reloadPending = false;
    const QString path = m_session.path();
    const QDateTime now = m_session.clock().nowUtc();
    const Actor actor = m_session.db().actor();
    m_summaryWatcher.setFuture(QtConcurrent::run([path, now, actor]() -> Result<TodaySummary> {
        auto db = Database::openForWorker(path, actor);
        if (!db) {
            return fail(db.error());
        }
        const FixedClock clock(now);
        return TodayService(**db, clock).summary(kMaxListed, false);
    }));
    if (!m_loaded) {
        retranslate(); // "Loading…" in every card until the first read is in.
    }
}

void TodayPage::summaryFinished()
{
    const Result<TodaySummary> summary = m_summaryWatcher.result();
    m_loaded = true;
    if (!summary) {
        m_error->setText(tr("The Today page could not be loaded: %1").arg(summary.error().message));
        m_error->show();
        finishReading();
        return;
    }
    m_error->hide();
    m_summary = *summary;
    fill();
    startRiskCheck();
}

void TodayPage::startRiskCheck()
{
    m_riskError.clear();
    const QString path = m_session.path();
    const QDateTime now = m_session.clock().nowUtc();
    const Actor actor = m_session.db().actor();
    m_riskWatcher.setFuture(QtConcurrent::run([path, now, actor]() -> Result<QList<AtRiskEntry>> {
        auto db = Database::openForWorker(path, actor);
        if (!db) {
            return fail(db.error());
        }
        const FixedClock clock(now);
        return ProgressService(**db, clock).atRisk();
    }));
    fillAtRisk();
    retranslate();
}

void TodayPage::riskCheckFinished()
{
    const Result<QList<AtRiskEntry>> risks = m_riskWatcher.result();
    if (risks) {
        m_summary.atRisk = *risks;
    } else {
        m_summary.atRisk.clear();
        m_riskError = risks.error().message;
    }
    fillAtRisk();
    retranslate();
    finishReading();
}

void TodayPage::finishReading()
{
    m_reading = false;
    if (m_reloadPending) {
        reload();
        return;
    }
    emit atRiskLoaded();
}

void TodayPage::fill()
{
    const Formatter& format = m_session.format();
    m_heading->setText(m_summary.today.isValid() ? format.locale().toString(m_summary.today, QLocale::LongFormat)
                                                 : QString());
    const auto listLessons = [&](TodayCard* card, const QList<TodayLesson>& lessons) {
        card->clearRows();
        for (const TodayLesson& l : lessons) {
            card->addRow(TodayRows::lesson(l, format));
        }
    };
    listLessons(m_today, m_summary.todayLessons);
    listLessons(m_tomorrow, m_summary.tomorrowLessons);

    m_awaiting->clearRows();
    for (const TodayLesson& l : std::as_const(m_summary.awaitingAttendance)) {
        m_awaiting->addRow(TodayRows::awaiting(l, format));
    }
    if (m_summary.awaitingTotal > m_summary.awaitingAttendance.size()) {
        m_awaiting->setFooter(
            tr("… and %n more.", "", static_cast<int>(m_summary.awaitingTotal - m_summary.awaitingAttendance.size())));
    }

    m_atRisk->clearRows();
    for (qsizetype i = 0; i < m_summary.atRisk.size() && i < kMaxListed; ++i) {
        m_atRisk->addRow(TodayRows::atRisk(m_summary.atRisk[i]));
    }
    if (m_summary.atRisk.size() > kMaxListed) {
        m_atRisk->setFooter(tr("… and %n more in the <a href=\"report:at_risk\">at-risk report</a>.", "",
                               static_cast<int>(m_summary.atRisk.size() - kMaxListed)));
    }

    m_hours->clearRows();
    m_hours->addRow(TodayRows::hours(m_summary, format));
    m_hours->addRow(tr("%1 still scheduled this week").arg(format.duration(m_summary.scheduledThisWeek)));
    m_hours->setFooter(tr("<a href=\"report:hours\">Hours per mentor per week</a>"));

    fillMoney();
    fillFirstSteps();
    retranslate();
}

QString TodayPage::firstStepsHiddenKey() const
{
    const QString studio = m_session.settings().meta.id.isEmpty() ? m_session.path() : m_session.settings().meta.id;
    return QStringLiteral("today/firstStepsHidden/") + studio;
}

void TodayPage::dismissFirstSteps()
{
    QSettings().setValue(firstStepsHiddenKey(), true);
    m_firstSteps->hide();
}

void TodayPage::fillFirstSteps()
{
    const FirstSteps& steps = m_summary.firstSteps;
    m_firstSteps->setSteps(steps);
    m_firstSteps->setVisible(!steps.empty() && !steps.complete() &&
                             !QSettings().value(firstStepsHiddenKey(), false).toBool());
}

void TodayPage::fillMoney()
{
    const Formatter& format = m_session.format();
    m_money->clearRows();
    if (!m_summary.billingAvailable) {
        return;
    }
    m_money->addRow(TodayRows::invoiced(m_summary, format));
    m_money->addRow(TodayRows::received(m_summary, format));
    if (m_summary.overdueCount > 0) {
        m_money->addRow(tr("<a href=\"receivables:\">%n overdue invoice(s)</a>: %1", "", m_summary.overdueCount)
                            .arg(format.money(m_summary.overdueMinor).toHtmlEscaped()));
    } else {
        m_money->addRow(tr("No overdue invoices."));
    }
    for (qsizetype i = 0; i < m_summary.overdue.size() && i < kMaxListed; ++i) {
        m_money->addRow(TodayRows::overdue(m_summary.overdue[i], format));
    }
    if (!m_summary.lowPackages.isEmpty()) {
        m_money->addRow(tr("<a href=\"report:packages\">Low package balances</a>:"));
    }
    for (qsizetype i = 0; i < m_summary.lowPackages.size() && i < kMaxListed; ++i) {
        m_money->addRow(TodayRows::lowPackage(m_summary.lowPackages[i], format));
    }
}

void TodayPage::fillAtRisk()
{
    m_atRisk->clearRows();
    if (m_riskWatcher.isRunning()) {
        return;
    }
    for (qsizetype i = 0; i < m_summary.atRisk.size() && i < kMaxListed; ++i) {
        m_atRisk->addRow(TodayRows::atRisk(m_summary.atRisk[i]));
    }
    if (m_summary.atRisk.size() > kMaxListed) {
        m_atRisk->setFooter(tr("… and %n more in the <a href=\"report:at_risk\">at-risk report</a>.", "",
                               static_cast<int>(m_summary.atRisk.size() - kMaxListed)));
    }
}

void TodayPage::retranslate()
{
    if (!m_loaded) {
        m_today->setTitle(tr("Today's lessons"));
        m_tomorrow->setTitle(tr("Tomorrow"));
        m_awaiting->setTitle(tr("Awaiting attendance"));
        m_atRisk->setTitle(tr("At risk"));
        m_hours->setTitle(tr("Hours this week"));
        m_money->setTitle(tr("Money"));
        for (TodayCard* card : {m_today, m_tomorrow, m_awaiting, m_atRisk, m_hours, m_money}) {
            card->setEmptyText(tr("Loading…"));
        }
        return;
    }
    m_today->setTitle(tr("Today's lessons (%1)").arg(m_summary.todayLessons.size()));
    m_tomorrow->setTitle(tr("Tomorrow (%1)").arg(m_summary.tomorrowLessons.size()));
    m_awaiting->setTitle(tr("Awaiting attendance (%1)").arg(m_summary.awaitingTotal));
    m_atRisk->setTitle(m_riskWatcher.isRunning() ? tr("At risk") : tr("At risk (%1)").arg(m_summary.atRisk.size()));
    m_hours->setTitle(tr("Hours this week"));
    m_money->setTitle(tr("Money"));
    m_today->setEmptyText(tr("No lessons today."));
    m_tomorrow->setEmptyText(tr("No lessons tomorrow."));
    m_awaiting->setEmptyText(tr("Every past lesson is recorded."));
    m_atRisk->setEmptyText(m_riskWatcher.isRunning() ? tr("Checking every learner's progress…")
                           : !m_riskError.isEmpty()  ? tr("The at-risk list could not be computed: %1").arg(m_riskError)
                                                     : tr("No learner is at risk."));
    m_hours->setEmptyText(QString());
    m_money->setEmptyText(QString());
}

void TodayPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_loaded) {
            fill();
        } else {
            retranslate();
        }
    }
    Page::changeEvent(event);
}

} // namespace mentordesk
