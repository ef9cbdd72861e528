// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Why: PDF output needs fonts and a paint engine (QtGui) but never a display; every other command
    // starts without the graphics system, as fast as before.
    std::unique_ptr<QCoreApplication> application;
    if (mentordesk::cli::commandNeedsGui(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    mentordesk::installTranslations(app, mentordesk::languageFromEnvironment());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    const int code = mentordesk::cli::runCli(QCoreApplication::arguments().mid(1), out, err, in,
                                             QProcessEnvironment::systemEnvironment());
    out.flush();
    err.flush();
    return code;
}
