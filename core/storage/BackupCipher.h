// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Passphrase encryption of backup files with libsodium: Argon2id derives the key (parameters
/// and salt stored in the header), XChaCha20-Poly1305 secretstream encrypts 64 KiB chunks, each
/// authenticated, the last one tagged FINAL — so any change, truncation or reordering is detected.
///
/// File layout: "MDBACKUP" magic, format version (1 byte), opslimit (u64 LE), memlimit (u64 LE),
/// salt (16 bytes), secretstream header (24 bytes), then the chunks (ciphertext + 17-byte tag).
class BackupCipher final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)

public:
    /// Encrypts `plainPath` into `cipherPath` (overwritten). The passphrase must not be empty.
    [[nodiscard]] static Result<void> encryptFile(const QString& plainPath, const QString& cipherPath,
                                                  const QString& passphrase);
    /// Decrypts and authenticates; fails (and leaves no output) on a wrong passphrase or any tampering.
    [[nodiscard]] static Result<void> decryptFile(const QString& cipherPath, const QString& plainPath,
                                                  const QString& passphrase);
    /// True when the file starts with the encrypted-backup magic.
    [[nodiscard]] static bool isEncrypted(const QString& path);
};

} // namespace mentordesk
