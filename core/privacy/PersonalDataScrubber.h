// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/PersonalDataRepository.h"

#include <QList>
#include <QRegularExpression>

namespace mentordesk {

/// Replaces mentions of a person in free text (notes, labels, draft invoice lines) with their pseudonym:
/// the full name and e-mail anywhere in any case, the phone number as written, and each part of the name of three
/// or more letters as a whole word with its capital ("Ben" in "Ben and Mia", not "bend").
class PersonalDataScrubber final
{
public:
    PersonalDataScrubber(const PersonFacts& person, QString pseudonym);

    [[nodiscard]] QString scrub(const QString& text) const;

private:
    QList<QRegularExpression> m_patterns; ///< longest first
    QString m_pseudonym;
};

} // namespace mentordesk
