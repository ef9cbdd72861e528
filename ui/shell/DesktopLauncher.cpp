// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DesktopLauncher.h"

#include "Translations.h"
#include "common/Clock.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/StudioLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace mentordesk {

int runDesktop(QApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("DesktopLauncher", "MentorDesk — studio manager for mentors"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("DesktopLauncher", "Studio database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("DesktopLauncher", "Interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("DesktopLauncher", "Write PNGs of every page to DIR and quit."),
        QStringLiteral("DIR"));
    parser.addOptions({dbOption, langOption, screenshotOption});
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : languageFromEnvironment();
    installTranslations(app, language);

    const QString path = resolveStudioPath(parser.value(dbOption), QProcessEnvironment::systemEnvironment());
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("DesktopLauncher", "MentorDesk"), db.error().message);
        return 3;
    }
    static const SystemClock clock;
    MainWindow window(**db, clock);
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString dir = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, dir] {
            QDir().mkpath(dir);
            window.grab().save(dir + QStringLiteral("/main.png"));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mentordesk
