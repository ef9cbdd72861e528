// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DesktopLauncher.h"

#include "AppIcon.h"
#include "Translations.h"
#include "common/Clock.h"
#include "security/SessionLock.h"
#include "shell/DialogScreenshots.h"
#include "shell/FirstFrame.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/PageRegistry.h"
#include "shell/StartupProbe.h"
#include "shell/StartupTrace.h"
#include "storage/StudioLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <QTimer>

namespace mentordesk {

namespace {

/// Saves a PNG of the welcome screen or of every page, then quits (used for docs/screenshots).
void takeScreenshots(MainWindow& window, const QString& dir, const QString& language)
{
    QDir().mkpath(dir);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
    };
    settle();
    if (window.sessionLock().isLocked()) {
        // Nothing of a studio with sign-in is shown (or built) before someone signs in.
        window.grab().save(QStringLiteral("%1/%2-sign-in.png").arg(dir, language));
        return;
    }
    const QList<Page*> pages = window.pages();
    if (pages.isEmpty()) {
        window.grab().save(QStringLiteral("%1/%2-welcome.png").arg(dir, language));
    }
    for (Page* page : pages) {
        window.showPage(page->pageId());
        QElapsedTimer waited;
        waited.start();
        while (page->isLoading() && waited.elapsed() < 60000) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        settle();
        window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, page->pageId()));
    }
    DialogScreenshots::save(window, dir, language);
}

} // namespace

int runDesktop(QApplication& app)
{
    StartupTrace::mark("runDesktop");
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    QGuiApplication::setDesktopFileName(AppIcon::applicationId());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("DesktopLauncher", "MentorDesk — studio manager for mentors"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("DesktopLauncher", "Open the studio database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("DesktopLauncher", "Open the demo studio (created if missing)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("DesktopLauncher", "Interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("DesktopLauncher", "Write a PNG of every page to DIR and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("DesktopLauncher", "Window size WxH (e.g. 1366x768)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QApplication::translate("DesktopLauncher",
                                "Print the time to the first painted window and quit (start-up benchmark)."));
    parser.addOptions({dbOption, demoOption, langOption, screenshotOption, sizeOption, probeOption});
    parser.process(app);

    QString language = parser.value(langOption);
    if (language.isEmpty()) {
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    }
    if (language.isEmpty()) {
        language = languageFromEnvironment();
    }
    installTranslations(app, language);
    StartupTrace::mark("translations");

    static const SystemClock clock;
    MainWindow window(clock);
    StartupTrace::mark("window");
    if (parser.isSet(probeOption)) {
        new StartupProbe(
            &window,
            [&window] {
                const Page* page = window.currentPage();
                return page != nullptr && page->isLoading();
            },
            &window);
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        if (wh.size() == 2) {
            window.resize(wh[0].toInt(), wh[1].toInt());
        }
    }
    // Why the studio opens before the window shows: the first frame is then the studio, not the
    // welcome screen (which is only built when no studio opens).
    QElapsedTimer traceTimer;
    traceTimer.start();
    window.deferFirstPageLoad();
    if (parser.isSet(dbOption)) {
        window.openStudio(resolveStudioPath(parser.value(dbOption), QProcessEnvironment::systemEnvironment()));
    } else if (parser.isSet(demoOption)) {
        const QString demo = demoStudioPath();
        if (!QFileInfo::exists(demo)) {
            window.show(); // behind the progress dialog
            createDemoStudio(demo, clock, &window);
        }
        if (QFileInfo::exists(demo)) {
            window.openStudio(demo);
        }
    } else if (const QString env = qEnvironmentVariable("MENTORDESK_DB"); !env.isEmpty() && QFileInfo::exists(env)) {
        window.openStudio(env);
    } else {
        const QStringList recent = QSettings().value(QStringLiteral("studios/recent")).toStringList();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
            window.openStudio(recent.first());
        }
    }
    window.show();
    StartupTrace::mark("shown");
    FirstFrame::after(&window, [] { QGuiApplication::setWindowIcon(AppIcon::icon()); });

    if (qEnvironmentVariableIsSet("MENTORDESK_TRACE_PAGES")) {
        qInfo("studio opened in %lld ms", traceTimer.elapsed());
    }
    if (parser.isSet(screenshotOption)) {
        const QString dir = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, dir, language] {
            takeScreenshots(window, dir, language);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mentordesk
