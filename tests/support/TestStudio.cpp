// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStudio.h"

#include "studio/StudioService.h"

namespace mentordesk::test {

void StudioTest::SetUp()
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    m_db = std::move(*db);
    StudioSettings settings;
    settings.name = QStringLiteral("Test Studio");
    settings.currency = QStringLiteral("EUR");
    settings.timeZone = QStringLiteral("Europe/Berlin");
    settings.locale = QStringLiteral("de_DE");
    auto created = StudioService(*m_db, m_clock).initialize(settings);
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(MENTORDESK_TEST_DATA "/") + relative;
}

} // namespace mentordesk::test
