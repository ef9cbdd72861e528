// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AuditEntry.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

/// Where a chain check found the first break.
struct AuditBreak
{
    qint64 seq = 0;
    QString reason; ///< Translated.
};

/// The audit log's hash chain, pure: hashing and checking entries one after the other.
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    /// The previous hash of the first entry.
    [[nodiscard]] static QString genesisHash();
    /// Hex SHA-256 of `entry.prevHash` and every content field of `entry` (not `seq` or `hash`), each
    /// length-prefixed so no two different entries serialise alike.
    [[nodiscard]] static QString hashOf(const AuditEntry& entry);

    /// Feeds the entries in `seq` order; returns the first break (wrong sequence, wrong previous hash,
    /// or a hash that does not match the content).
    [[nodiscard]] std::optional<AuditBreak> check(const AuditEntry& entry);
    [[nodiscard]] qint64 checked() const { return m_checked; }
    [[nodiscard]] const QString& lastHash() const { return m_lastHash; }

private:
    QString m_lastHash = genesisHash();
    qint64 m_lastSeq = 0;
    qint64 m_checked = 0;
};

} // namespace mentordesk
