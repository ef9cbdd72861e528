// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupCipher.h"

#include "common/Sodium.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <array>
#include <sodium.h>
#include <vector>

namespace mentordesk {

namespace {

const QByteArray kMagic("MDBACKUP");
constexpr char kFormatVersion = 1;
constexpr qsizetype kChunk = 64 * 1024;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int kPrefixBytes = 8 + 1 + 8 + 8 + kSaltBytes + kHeaderBytes;

void putU64(QByteArray& out, quint64 v)
{
    for (int i = 0; i < 8; ++i) {
        out.append(static_cast<char>((v >> (8 * i)) & 0xffU));
    }
}

quint64 getU64(const QByteArray& in, qsizetype at)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i) {
        v = (v << 8U) | static_cast<quint8>(in[at + i]);
    }
    return v;
}

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool deriveKey(const QString& passphrase, const unsigned char* salt, quint64 opslimit, quint64 memlimit, Key& key)
{
    const QByteArray pass = passphrase.toUtf8();
    return crypto_pwhash(key.data(), key.size(), pass.constData(), static_cast<unsigned long long>(pass.size()), salt,
                         opslimit, static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

bool BackupCipher::isEncrypted(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

Result<void> BackupCipher::encryptFile(const QString& plainPath, const QString& cipherPath, const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("passphrase"), tr("The backup passphrase must not be empty.")));
    }
    if (!sodiumReady()) {
        return fail(Error::storage(tr("The encryption library could not be initialised.")));
    }
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(Error::storage(tr("Cannot read “%1”.").arg(QDir::toNativeSeparators(plainPath))));
    }
    QSaveFile out(cipherPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(Error::storage(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(cipherPath))));
    }
    // Why: libsodium's "interactive" Argon2id (64 MiB, 2 passes) is above the OWASP floor (19 MiB, t=2)
    // and keeps backup/restore responsive on small machines; the parameters travel in the header.
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    std::array<unsigned char, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    Key key{};
    if (!deriveKey(passphrase, salt.data(), opslimit, memlimit, key)) {
        return fail(Error::storage(tr("Not enough memory to derive the backup key.")));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, kHeaderBytes> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.data());
    sodium_memzero(key.data(), key.size());

    QByteArray prefix = kMagic;
    prefix.append(kFormatVersion);
    putU64(prefix, opslimit);
    putU64(prefix, memlimit);
    prefix.append(reinterpret_cast<const char*>(salt.data()), kSaltBytes);
    prefix.append(reinterpret_cast<const char*>(header.data()), kHeaderBytes);
    out.write(prefix);

    std::vector<unsigned char> cipher(static_cast<size_t>(kChunk + kTagBytes));
    QByteArray chunk = in.read(kChunk);
    while (true) {
        const QByteArray next = chunk.size() == kChunk ? in.read(kChunk) : QByteArray();
        const unsigned char tag = next.isEmpty() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher.data(), &written,
                                                   reinterpret_cast<const unsigned char*>(chunk.constData()),
                                                   static_cast<unsigned long long>(chunk.size()), nullptr, 0, tag);
        out.write(reinterpret_cast<const char*>(cipher.data()), static_cast<qint64>(written));
        if (next.isEmpty()) {
            break;
        }
        chunk = next;
    }
    if (in.error() != QFileDevice::NoError || !out.commit()) {
        return fail(
            Error::storage(tr("Writing the encrypted backup “%1” failed.").arg(QDir::toNativeSeparators(cipherPath))));
    }
    return {};
}

Result<void> BackupCipher::decryptFile(const QString& cipherPath, const QString& plainPath, const QString& passphrase)
{
    if (!sodiumReady()) {
        return fail(Error::storage(tr("The encryption library could not be initialised.")));
    }
    QFile in(cipherPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(Error::storage(tr("Cannot read “%1”.").arg(QDir::toNativeSeparators(cipherPath))));
    }
    const QByteArray prefix = in.read(kPrefixBytes);
    if (prefix.size() != kPrefixBytes || !prefix.startsWith(kMagic)) {
        return fail(Error::invalid(
            QStringLiteral("file"),
            tr("“%1” is not an encrypted MentorDesk backup.").arg(QDir::toNativeSeparators(cipherPath))));
    }
    if (prefix[8] != kFormatVersion) {
        return fail(
            Error::refused(tr("The backup was encrypted by a newer MentorDesk (format %1).").arg(int(prefix[8]))));
    }
    const quint64 opslimit = getU64(prefix, 9);
    const quint64 memlimit = getU64(prefix, 17);
    if (opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE * 4ULL || memlimit > 4ULL * 1024 * 1024 * 1024) {
        return fail(Error::invalid(QStringLiteral("file"), tr("The backup header is damaged.")));
    }
    const auto* salt = reinterpret_cast<const unsigned char*>(prefix.constData() + 25);
    const auto* header = reinterpret_cast<const unsigned char*>(prefix.constData() + 25 + kSaltBytes);
    Key key{};
    if (!deriveKey(passphrase, salt, opslimit, memlimit, key)) {
        return fail(Error::storage(tr("Not enough memory to derive the backup key.")));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    const bool headerOk = crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    if (!headerOk) {
        return fail(Error::invalid(QStringLiteral("file"), tr("The backup header is damaged.")));
    }
    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(Error::storage(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(plainPath))));
    }
    std::vector<unsigned char> plain(static_cast<size_t>(kChunk));
    bool finalSeen = false;
    while (!finalSeen) {
        const QByteArray chunk = in.read(kChunk + kTagBytes);
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (chunk.size() < kTagBytes ||
            crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &length, &tag, reinterpret_cast<const unsigned char*>(chunk.constData()),
                static_cast<unsigned long long>(chunk.size()), nullptr, 0) != 0) {
            out.cancelWriting();
            return fail(Error::invalid(QStringLiteral("passphrase"),
                                       tr("The backup could not be decrypted: the passphrase is wrong or the file was "
                                          "changed or cut short.")));
        }
        out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(length));
        finalSeen = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!in.atEnd()) {
        out.cancelWriting();
        return fail(
            Error::invalid(QStringLiteral("file"), tr("The backup has extra data after its end; it was changed.")));
    }
    if (!out.commit()) {
        return fail(Error::storage(tr("Writing “%1” failed.").arg(QDir::toNativeSeparators(plainPath))));
    }
    return {};
}

} // namespace mentordesk
