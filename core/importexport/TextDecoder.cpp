// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/TextDecoder.h"

namespace mentordesk {

namespace {

const QString kUtf8Bom = QStringLiteral("UTF-8 (BOM)");
const QString kUtf8 = QStringLiteral("UTF-8");
const QString kUtf16Le = QStringLiteral("UTF-16LE");
const QString kUtf16Be = QStringLiteral("UTF-16BE");
const QString kWindows1252 = QStringLiteral("Windows-1252");

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != c) {
            return false;
        }
    }
    return true;
}

/// Windows-1252 code points for 0x80–0x9F; 0 marks the five undefined bytes.
constexpr char16_t kHighTable[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98–9F
};

/// Decodes UTF-16 code units, refusing odd lengths and unpaired surrogates.
Result<QString> decodeUtf16(QByteArrayView bytes, bool littleEndian)
{
    if (bytes.size() % 2 != 0) {
        return fail(Error::invalid(QStringLiteral("encoding"),
                                   TextDecoder::tr("The file is not valid UTF-16: it has an odd number of bytes.")));
    }
    QString out(bytes.size() / 2, Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const auto* src = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = src[2 * i];
        const unsigned char b = src[2 * i + 1];
        dst[i] = littleEndian ? static_cast<char16_t>(a | (b << 8)) : static_cast<char16_t>((a << 8) | b);
    }
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = dst[i];
        if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(dst[i + 1])) {
            ++i;
        } else if (QChar::isSurrogate(u)) {
            return fail(Error::invalid(
                QStringLiteral("encoding"),
                TextDecoder::tr("The file is not valid UTF-16: unpaired surrogate at byte %1.").arg(2 * i)));
        }
    }
    return out;
}

} // namespace

std::optional<qsizetype> TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80; // allowed range of the second byte
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            lo = 0xA0; // below is overlong
        } else if (c == 0xED) {
            length = 3;
            hi = 0x9F; // above is a surrogate (U+D800–U+DFFF)
        } else if (c >= 0xE1 && c <= 0xEF) {
            length = 3;
        } else if (c == 0xF0) {
            length = 4;
            lo = 0x90; // below is overlong
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            hi = 0x8F; // above is beyond U+10FFFF
        } else {
            return i; // continuation byte without a lead, 0xC0/0xC1 (overlong) or 0xF5–0xFF
        }
        if (i + length > n) {
            return i; // truncated at the end of the input
        }
        if (s[i + 1] < lo || s[i + 1] > hi) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const auto* src = reinterpret_cast<const unsigned char*>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = src[i];
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t mapped = kHighTable[c - 0x80];
            dst[i] = mapped != 0 ? mapped : char16_t(0xFFFD);
        } else {
            dst[i] = c; // ASCII and 0xA0–0xFF equal Latin-1 / Unicode
        }
    }
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray& bytes, TextEncoding encoding)
{
    const QByteArrayView view(bytes);
    const bool utf8Bom = startsWith(view, {0xEF, 0xBB, 0xBF});
    const bool utf16LeBom = startsWith(view, {0xFF, 0xFE});
    const bool utf16BeBom = startsWith(view, {0xFE, 0xFF});

    if (encoding == TextEncoding::Auto) {
        if (utf8Bom) {
            encoding = TextEncoding::Utf8;
        } else if (utf16LeBom) {
            encoding = TextEncoding::Utf16Le;
        } else if (utf16BeBom) {
            encoding = TextEncoding::Utf16Be;
        } else {
            encoding = firstInvalidUtf8(view) ? TextEncoding::Windows1252 : TextEncoding::Utf8;
        }
    }

    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        const QByteArrayView body = utf8Bom ? view.sliced(3) : view;
        if (const auto bad = firstInvalidUtf8(body)) {
            return fail(Error::invalid(QStringLiteral("encoding"),
                                       tr("The file is not valid UTF-8 (first bad byte at offset %1). "
                                          "Try the encoding windows-1252.")
                                           .arg(*bad + (utf8Bom ? 3 : 0))));
        }
        return DecodedText{QString::fromUtf8(body), utf8Bom ? kUtf8Bom : kUtf8};
    }
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be: {
        const bool le = encoding == TextEncoding::Utf16Le;
        const bool bom = le ? utf16LeBom : utf16BeBom;
        auto text = decodeUtf16(bom ? view.sliced(2) : view, le);
        if (!text) {
            return fail(text.error());
        }
        return DecodedText{std::move(*text), le ? kUtf16Le : kUtf16Be};
    }
    case TextEncoding::Windows1252:
        return DecodedText{decodeWindows1252(view), kWindows1252};
    }
    return fail(Error::invalid(QStringLiteral("encoding"), tr("Unknown text encoding.")));
}

std::optional<TextEncoding> TextDecoder::encodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"auto") {
        return TextEncoding::Auto;
    }
    if (n == u"utf-8" || n == u"utf8") {
        return TextEncoding::Utf8;
    }
    if (n == u"utf-16le" || n == u"utf16le") {
        return TextEncoding::Utf16Le;
    }
    if (n == u"utf-16be" || n == u"utf16be") {
        return TextEncoding::Utf16Be;
    }
    if (n == u"windows-1252" || n == u"cp1252" || n == u"windows1252") {
        return TextEncoding::Windows1252;
    }
    return std::nullopt;
}

} // namespace mentordesk
