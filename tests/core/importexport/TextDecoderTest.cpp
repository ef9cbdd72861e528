// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/TextDecoder.h"

#include "TestStudio.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values) {
        out.append(static_cast<char>(v));
    }
    return out;
}

QByteArray fixture(const QString& name)
{
    QFile f(test::testDataPath(QStringLiteral("csv/") + name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

} // namespace

TEST(TextDecoderTest, StripsUtf8ByteOrderMark)
{
    auto d = TextDecoder::decode(fixture(QStringLiteral("payers_utf8_bom.csv")));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_TRUE(d->text.startsWith(QStringLiteral("name,email")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("José Núñez")));
}

TEST(TextDecoderTest, ReadsPlainUtf8WithChineseText)
{
    auto d = TextDecoder::decode(fixture(QStringLiteral("payers_utf8_chinese.csv")));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(d->text.startsWith(QStringLiteral("姓名,邮箱")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("王芳")));
}

TEST(TextDecoderTest, FallsBackToWindows1252ForInvalidUtf8)
{
    auto d = TextDecoder::decode(fixture(QStringLiteral("payers_windows1252.csv")));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("Windows-1252"));
    EXPECT_TRUE(d->text.contains(QStringLiteral("René Müller")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("50 € im")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("„Premium“")));
}

TEST(TextDecoderTest, ReadsUtf16LittleEndianWithBom)
{
    auto d = TextDecoder::decode(fixture(QStringLiteral("payers_utf16le.csv")));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-16LE"));
    EXPECT_TRUE(d->text.startsWith(QStringLiteral("Name\tEmail\r\n")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("陈静")));
    EXPECT_TRUE(d->text.contains(QStringLiteral("Élodie")));
}

TEST(TextDecoderTest, ReadsUtf16BigEndianWithBomIncludingSurrogatePairs)
{
    // "a😀" = 0061 D83D DE00
    auto d = TextDecoder::decode(bytes({0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x00}));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-16BE"));
    EXPECT_EQ(d->text, QStringLiteral("a😀"));
}

TEST(TextDecoderTest, RefusesBrokenUtf16)
{
    auto odd = TextDecoder::decode(bytes({0xFF, 0xFE, 0x61, 0x00, 0x62}));
    ASSERT_FALSE(odd);
    EXPECT_EQ(odd.error().field, QStringLiteral("encoding"));
    auto unpaired = TextDecoder::decode(bytes({0xFF, 0xFE, 0x3D, 0xD8, 0x61, 0x00}));
    ASSERT_FALSE(unpaired);
    EXPECT_EQ(unpaired.error().field, QStringLiteral("encoding"));
}

TEST(TextDecoderTest, StrictUtf8RejectsOverlongsSurrogatesAndTruncation)
{
    EXPECT_FALSE(TextDecoder::firstInvalidUtf8(QByteArrayView("plain ascii")));
    EXPECT_FALSE(TextDecoder::firstInvalidUtf8(QStringLiteral("é€王😀").toUtf8()));
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0x41, 0xC0, 0xAF})), 1);             // overlong '/'
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0xE0, 0x80, 0xAF})), 0);             // overlong, 3 bytes
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0xF0, 0x80, 0x80, 0xAF})), 0);       // overlong, 4 bytes
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0x41, 0x42, 0xED, 0xA0, 0x80})), 2); // surrogate U+D800
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0xF4, 0x90, 0x80, 0x80})), 0);       // above U+10FFFF
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0x41, 0xE4, 0xB8})), 1);             // truncated at the end
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0xE4, 0x41, 0x41})), 0);             // truncated mid-text
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0x80})), 0);                         // lone continuation
    EXPECT_EQ(TextDecoder::firstInvalidUtf8(bytes({0xFF})), 0);
}

TEST(TextDecoderTest, InvalidUtf8IsReadAsWindows1252InAutoMode)
{
    auto d = TextDecoder::decode(bytes({0x41, 0xED, 0xA0, 0x80}));
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(d->text, QString(QStringLiteral("A") + QChar(0xED) + QChar(0xA0) + QChar(0x20AC)));
}

TEST(TextDecoderTest, Windows1252TableMapsHighBytesAndUndefinedOnesToReplacement)
{
    const QString s = TextDecoder::decodeWindows1252(
        bytes({0x80, 0x81, 0x8A, 0x8D, 0x8F, 0x90, 0x93, 0x94, 0x99, 0x9D, 0x9F, 0xA0, 0xE9, 0xFF}));
    const QList<char16_t> expected = {0x20AC, 0xFFFD, 0x0160, 0xFFFD, 0xFFFD, 0xFFFD, 0x201C,
                                      0x201D, 0x2122, 0xFFFD, 0x0178, 0x00A0, 0x00E9, 0x00FF};
    ASSERT_EQ(s.size(), expected.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        EXPECT_EQ(s[i].unicode(), expected[i]) << "at " << i;
    }
}

TEST(TextDecoderTest, ForcedUtf8FailsOnInvalidBytes)
{
    auto d = TextDecoder::decode(fixture(QStringLiteral("payers_windows1252.csv")), TextEncoding::Utf8);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().field, QStringLiteral("encoding"));
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("UTF-8")));
}

TEST(TextDecoderTest, ForcedWindows1252ReadsUtf8BytesLiterally)
{
    auto d = TextDecoder::decode(QStringLiteral("é").toUtf8(), TextEncoding::Windows1252);
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(d->text, QStringLiteral("Ã©"));
}

TEST(TextDecoderTest, EmptyInputIsEmptyUtf8)
{
    auto d = TextDecoder::decode(QByteArray());
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(d->text.isEmpty());
}

TEST(TextDecoderTest, ParsesEncodingNames)
{
    EXPECT_EQ(TextDecoder::encodingFromName(QStringLiteral("auto")), TextEncoding::Auto);
    EXPECT_EQ(TextDecoder::encodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    EXPECT_EQ(TextDecoder::encodingFromName(QStringLiteral("windows-1252")), TextEncoding::Windows1252);
    EXPECT_EQ(TextDecoder::encodingFromName(QStringLiteral("utf-16le")), TextEncoding::Utf16Le);
    EXPECT_FALSE(TextDecoder::encodingFromName(QStringLiteral("latin-9")));
}
