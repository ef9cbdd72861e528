// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataScrubber.h"

namespace mentordesk {

PersonalDataScrubber::PersonalDataScrubber(const PersonFacts& person, QString pseudonym)
    : m_pseudonym(std::move(pseudonym))
{
    const auto add = [this](const QString& text, bool wholeWord, bool anyCase) {
        const QString t = text.trimmed();
        if (t.size() < 3) {
            return;
        }
        QString pattern = QRegularExpression::escape(t);
        if (wholeWord) {
            pattern = QStringLiteral("\\b") + pattern + QStringLiteral("\\b");
        }
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (anyCase) {
            re.setPatternOptions(re.patternOptions() | QRegularExpression::CaseInsensitiveOption);
        }
        m_patterns.append(re);
    };
    add(person.email, false, true);
    add(person.name, false, true); // anywhere: CJK text has no word boundaries between names and words
    add(person.phone, false, false);
    for (const QString& part :
         person.name.split(QRegularExpression(QStringLiteral("[\\s,.\\-]+")), Qt::SkipEmptyParts)) {
        add(part, true, false);
    }
}

QString PersonalDataScrubber::scrub(const QString& text) const
{
    if (text.isEmpty()) {
        return text;
    }
    QString out = text;
    for (const QRegularExpression& re : m_patterns) {
        out.replace(re, m_pseudonym);
    }
    return out;
}

} // namespace mentordesk
