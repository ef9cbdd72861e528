// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// Everything printed on an invoice or credit note, already worded and formatted in the invoice's
/// language: a renderer only lays it out (ui/render). Built by InvoiceDocumentBuilder.
struct InvoiceDocument
{
    struct Row
    {
        QString description;
        QString quantity;
        QString unitPrice;
        QString tax;
        QString amount;
    };
    struct Group
    {
        QString label; ///< "learner — enrollment"; empty for invoice-wide lines
        QList<Row> rows;
    };
    struct TaxRow
    {
        QString label;
        QString net;
        QString tax;
        QString gross;
    };

    QString language;  ///< "en" or "zh_CN" (the renderer picks fonts for it)
    QString title;     ///< "Invoice", "Credit note"
    QString watermark; ///< "DRAFT — not a valid invoice" for drafts
    QString studioName;
    QStringList studioLines; ///< address, e-mail, phone, tax id
    QString billToLabel;
    QString payerName;
    QStringList payerLines;               ///< address, tax id
    QList<QPair<QString, QString>> facts; ///< number, issue date, due date, period, time billed
    QStringList headers;                  ///< description, quantity, unit price, tax, amount
    QList<Group> groups;
    QString taxTitle;
    QStringList taxHeaders; ///< rate, net, tax, gross
    QList<TaxRow> taxes;
    QList<QPair<QString, QString>> totals; ///< net, tax, total, paid, credited, balance due
    QStringList notes;                     ///< payment terms, correction reference, tax rule, studio note
    QString pageTemplate;                  ///< "Page {page} of {pages}"
};

} // namespace mentordesk
