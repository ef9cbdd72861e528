// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupCipher.h"

#include "storage/StudioLocationCheck.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class BackupCipherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 200 KiB + 3 bytes: several full chunks and a short last one.
        m_plain.resize(200 * 1024 + 3);
        QRandomGenerator gen(42);
        for (char& c : m_plain) {
            c = static_cast<char>(gen.bounded(256));
        }
        writeAll(path("plain"), m_plain);
        ASSERT_TRUE(BackupCipher::encryptFile(path("plain"), path("cipher"), QStringLiteral("correct horse")));
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QByteArray m_plain;
};

TEST_F(BackupCipherTest, RoundTripsExactly)
{
    EXPECT_TRUE(BackupCipher::isEncrypted(path("cipher")));
    EXPECT_FALSE(BackupCipher::isEncrypted(path("plain")));
    EXPECT_EQ(readAll(path("cipher")).indexOf(m_plain.left(64)), -1) << "plaintext visible in the ciphertext";
    ASSERT_TRUE(BackupCipher::decryptFile(path("cipher"), path("out"), QStringLiteral("correct horse")));
    EXPECT_EQ(readAll(path("out")), m_plain);
}

TEST_F(BackupCipherTest, WrongPassphraseFailsAndWritesNothing)
{
    auto r = BackupCipher::decryptFile(path("cipher"), path("out"), QStringLiteral("wrong horse"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("passphrase"));
    EXPECT_FALSE(QFile::exists(path("out")));
}

TEST_F(BackupCipherTest, DetectsTamperingTruncationAndAppending)
{
    QByteArray bytes = readAll(path("cipher"));
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x01);
    writeAll(path("flipped"), flipped);
    EXPECT_FALSE(BackupCipher::decryptFile(path("flipped"), path("out1"), QStringLiteral("correct horse")));
    writeAll(path("truncated"), bytes.left(bytes.size() - 100));
    EXPECT_FALSE(BackupCipher::decryptFile(path("truncated"), path("out2"), QStringLiteral("correct horse")));
    // Cut exactly at a chunk boundary: the FINAL tag is missing, which must also be caught.
    writeAll(path("chunkcut"), bytes.left(8 + 1 + 8 + 8 + 16 + 24 + (64 * 1024 + 17)));
    EXPECT_FALSE(BackupCipher::decryptFile(path("chunkcut"), path("out3"), QStringLiteral("correct horse")));
    writeAll(path("appended"), bytes + QByteArray("extra"));
    EXPECT_FALSE(BackupCipher::decryptFile(path("appended"), path("out4"), QStringLiteral("correct horse")));
    for (const char* out : {"out1", "out2", "out3", "out4"}) {
        EXPECT_FALSE(QFile::exists(path(out))) << out;
    }
}

TEST_F(BackupCipherTest, RefusesEmptyPassphraseAndForeignFiles)
{
    EXPECT_FALSE(BackupCipher::encryptFile(path("plain"), path("c2"), QString()));
    EXPECT_FALSE(BackupCipher::decryptFile(path("plain"), path("out"), QStringLiteral("x")));
}

TEST(StudioLocationCheckTest, RecognisesSyncFoldersAndLocalDisks)
{
    EXPECT_EQ(StudioLocationCheck::syncFolderName(QStringLiteral("/home/ann/Dropbox/studio.mentordesk")),
              QStringLiteral("Dropbox"));
    EXPECT_EQ(StudioLocationCheck::syncFolderName(QStringLiteral("/home/ann/OneDrive - School/studio.mentordesk")),
              QStringLiteral("OneDrive"));
    EXPECT_TRUE(StudioLocationCheck::syncFolderName(QStringLiteral("/home/ann/Documents/studio.mentordesk")).isEmpty());
    EXPECT_FALSE(StudioLocationCheck::warnings(QStringLiteral("/home/ann/Nextcloud/s.mentordesk")).isEmpty());
    QTemporaryDir dir;
    EXPECT_FALSE(StudioLocationCheck::fileSystemType(dir.filePath(QStringLiteral("s.mentordesk"))).isEmpty());
}
