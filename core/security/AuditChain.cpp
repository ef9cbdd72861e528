// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditChain.h"

#include "storage/Statement.h"

#include <QCryptographicHash>

namespace mentordesk {

namespace {

void addField(QCryptographicHash& h, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    h.addData(QByteArray::number(utf8.size()));
    h.addData(QByteArrayView(":"));
    h.addData(utf8);
    h.addData(QByteArrayView("\n"));
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::hashOf(const AuditEntry& entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, entry.prevHash);
    addField(h, entry.id);
    addField(h, toSqlTime(entry.at));
    addField(h, entry.actor);
    addField(h, entry.action);
    addField(h, entry.entity);
    addField(h, entry.entityId);
    addField(h, entry.details);
    return QString::fromLatin1(h.result().toHex());
}

std::optional<AuditBreak> AuditChain::check(const AuditEntry& entry)
{
    if (entry.seq != m_lastSeq + 1) {
        return AuditBreak{entry.seq,
                          tr("Entry %1 follows entry %2: entries are missing.").arg(entry.seq).arg(m_lastSeq)};
    }
    if (entry.prevHash != m_lastHash) {
        return AuditBreak{entry.seq, tr("Entry %1 does not continue the chain: the entry before it was changed "
                                        "or removed.")
                                         .arg(entry.seq)};
    }
    if (hashOf(entry) != entry.hash) {
        return AuditBreak{entry.seq, tr("Entry %1 was changed after it was written.").arg(entry.seq)};
    }
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
    ++m_checked;
    return std::nullopt;
}

} // namespace mentordesk
