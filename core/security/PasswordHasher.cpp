// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include "common/Sodium.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <sodium.h>

namespace mentordesk {

PasswordHasher::PasswordHasher(PasswordCost cost)
    : m_cost{std::max(cost.opsLimit, PasswordCost::floor().opsLimit),
             std::max(cost.memLimitBytes, PasswordCost::floor().memLimitBytes)}
{}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (password.size() < minimumLength()) {
        return fail(Error::invalid(QStringLiteral("password"),
                                   tr("The password must have at least %n character(s).", nullptr, minimumLength())));
    }
    if (!sodiumReady()) {
        return fail(Error::storage(tr("The cryptography library could not be initialised.")));
    }
    const QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              m_cost.opsLimit, static_cast<size_t>(m_cost.memLimitBytes),
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(Error::storage(tr("Not enough memory to hash the password.")));
    }
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& phc, const QString& password)
{
    if (!sodiumReady() || !phc.startsWith(QStringLiteral("$argon2id$"))) {
        return false;
    }
    const QByteArray stored = phc.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& phc) const
{
    if (!sodiumReady()) {
        return true;
    }
    const QByteArray stored = phc.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit,
                                          static_cast<size_t>(m_cost.memLimitBytes)) != 0;
}

PasswordCost PasswordHasher::costOf(const QString& phc)
{
    static const QRegularExpression re(QStringLiteral(R"(^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=\d+\$)"));
    const QRegularExpressionMatch m = re.match(phc);
    if (!m.hasMatch()) {
        return {0, 0};
    }
    return {m.captured(2).toULongLong(), m.captured(1).toULongLong() * 1024U};
}

} // namespace mentordesk
