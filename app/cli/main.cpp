// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "Translations.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
