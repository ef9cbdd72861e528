// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or studios
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Why a folder per process: ctest runs tests in parallel processes, and settings one test stores
    // (backup folder, last page, hidden cards) must not reach a test running next to it.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
