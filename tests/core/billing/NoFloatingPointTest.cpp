// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

/// Source files of a core folder, relative to the repository root.
QStringList sourcesUnder(const QString& folder)
{
    const QString root = QStringLiteral(MENTORDESK_TEST_DATA "/../../core/") + folder;
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.append(it.next());
    }
    return out;
}

} // namespace

// Money code computes in integers only: no floating-point type or floating-point math function may
// appear in core/money or core/billing (comments are ignored).
TEST(NoFloatingPointTest, MoneyAndBillingUseIntegersOnly)
{
    static const QRegularExpression forbidden(
        QStringLiteral("\\b(float|double|qreal|std::(floor|ceil|round|lround|llround|pow|sqrt|fmod))\\b"));
    static const QRegularExpression lineComment(QStringLiteral("//.*$"));
    QStringList files = sourcesUnder(QStringLiteral("money"));
    files.append(sourcesUnder(QStringLiteral("billing")));
    ASSERT_GT(files.size(), 20) << "the source tree was not found";
    for (const QString& path : files) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        int lineNo = 0;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            ++lineNo;
            const QString code = QString::fromUtf8(raw).remove(lineComment);
            EXPECT_FALSE(forbidden.match(code).hasMatch())
                << path.toStdString() << ":" << lineNo << ": " << code.trimmed().toStdString();
        }
    }
}
