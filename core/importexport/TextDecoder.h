// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mentordesk {

/// How the bytes of an imported text file are to be read.
enum class TextEncoding
{
    Auto,        ///< BOM, else strict UTF-8, else Windows-1252
    Utf8,        ///< strict UTF-8 (a UTF-8 BOM is skipped)
    Utf16Le,     ///< UTF-16 little endian (a BOM is skipped)
    Utf16Be,     ///< UTF-16 big endian (a BOM is skipped)
    Windows1252, ///< Western European ANSI code page
};

/// Decoded text plus the name of the encoding that was used.
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8 (BOM)", "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
};

/// Turns the bytes of a text file into a QString. Pure: no I/O.
///
/// Detection (TextEncoding::Auto): a byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE);
/// otherwise the bytes are read as UTF-8 when they are strictly valid UTF-8 (no overlong forms,
/// no surrogates, nothing above U+10FFFF, no truncated sequences); otherwise as Windows-1252.
/// Why: a CSV saved by Excel on Windows without "UTF-8" is Windows-1252, and such bytes are
/// practically never valid UTF-8, so the fallback is safe.
///
/// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; they decode to U+FFFD
/// (replacement character) rather than failing, so one stray byte does not block an import and
/// stays visible in the preview.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    /// Decodes `bytes`. With a forced encoding, malformed input (invalid UTF-8, odd-length or
    /// badly paired UTF-16) fails with an Invalid error on the field "encoding".
    [[nodiscard]] static Result<DecodedText> decode(const QByteArray& bytes,
                                                    TextEncoding encoding = TextEncoding::Auto);

    /// Offset of the first byte that breaks strict UTF-8, or std::nullopt when all of `bytes` is valid.
    [[nodiscard]] static std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes);
    /// Windows-1252 → Unicode; never fails (undefined bytes become U+FFFD).
    [[nodiscard]] static QString decodeWindows1252(QByteArrayView bytes);

    /// "auto", "utf-8", "utf-16le", "utf-16be", "windows-1252" (case-insensitive; also "utf8", "cp1252").
    [[nodiscard]] static std::optional<TextEncoding> encodingFromName(const QString& name);
};

} // namespace mentordesk
