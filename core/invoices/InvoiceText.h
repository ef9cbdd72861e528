// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "money/Currency.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mentordesk {

/// The wording of invoice documents — line descriptions, PDF labels, reminder e-mails — in the payer's
/// invoice language, which is independent of the user interface language.
/// Why: an invoice is a document for its recipient, so its text is not tr() (the UI language) but a
/// template per document language, shipped as resources (core/invoices/templates/<language>.json) that
/// translators edit like any catalogue. Placeholders are "{name}".
class InvoiceText final
{
public:
    /// "en" or "zh_CN"; anything else falls back to English.
    [[nodiscard]] static InvoiceText forLanguage(const QString& language);

    [[nodiscard]] const QString& language() const { return m_language; }
    /// A label ("invoice_title", "balance"…) with its placeholders filled.
    [[nodiscard]] QString label(const QString& key, const QHash<QString, QString>& values = {}) const;
    /// The description of a priced line, e.g. "Lesson 2026-03-05".
    [[nodiscard]] QString describe(const PriceLine& line) const;
    /// A credit note line's description for the line it corrects.
    [[nodiscard]] QString describeCredit(const QString& originalDescription) const;
    /// The tax rule recorded on an invoice.
    [[nodiscard]] QString taxRule(bool inclusive) const;
    /// The reminder e-mail subject and body.
    [[nodiscard]] QString reminderSubject(const QHash<QString, QString>& values) const;
    [[nodiscard]] QString reminderBody(const QHash<QString, QString>& values) const;

    /// "SGD 1,234.50" (minus sign before the digits).
    [[nodiscard]] static QString money(qint64 minor, const Currency& currency);
    /// Minutes as "45 min" or "1 h 30 min" in this language.
    [[nodiscard]] QString duration(qint64 minutes) const;
    /// Basis points as a percent without trailing zeros: 1950 → "19.5".
    [[nodiscard]] static QString percent(qint64 basisPoints);

private:
    [[nodiscard]] static QString fill(QString text, const QHash<QString, QString>& values);

    QString m_language;
    QJsonObject m_labels;
    QJsonObject m_lines;
    QJsonObject m_reminder;
};

} // namespace mentordesk
