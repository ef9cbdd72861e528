// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "demo/DemoGenerator.h"

#include <QFile>

namespace mentordesk::test {

QString pristineDemoStudio()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("pristine-demo.mentordesk"));
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        DemoOptions options;
        options.today = QDate(2026, 11, 20);
        auto made = DemoGenerator::createFile(p, clock, options);
        if (!made) {
            qFatal("cannot generate the demo studio: %s", qPrintable(made.error().message));
        }
        return p;
    }();
    return path;
}

void UiStudioTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("studio.mentordesk"));
    ASSERT_TRUE(QFile::copy(pristineDemoStudio(), m_path));
    auto session = StudioSession::open(m_path, m_clock);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    m_session = std::move(*session);
}

void UiStudioTest::TearDown()
{
    m_session.reset();
}

} // namespace mentordesk::test
