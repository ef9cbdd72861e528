// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

/// Drops the offscreen platform's "This plugin does not support …" lines (one per window shown), which
/// would bury what matters in the log; everything else goes to Qt's handler.
void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1StringView("This plugin does not support"))) {
        return;
    }
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or studios
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("smoke_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
