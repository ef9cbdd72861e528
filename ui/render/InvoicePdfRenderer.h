// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/InvoiceDocument.h"

#include <QCoreApplication>

class QIODevice;

namespace mentordesk {

/// Lays an InvoiceDocument out on A4 pages as PDF (QPdfWriter + QPainter): studio header, title and
/// facts, bill-to block, lines grouped by learner and enrollment (headers repeated on each page), tax
/// summary, totals, notes and "page x of y". Chinese documents use a CJK font (Noto Sans CJK SC from
/// fonts-noto-cjk), others Noto Sans / DejaVu Sans with CJK fallback for names.
/// Needs a QGuiApplication (offscreen is enough); no display, no widgets.
class InvoicePdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePdfRenderer)

public:
    /// Writes the PDF to an open device; returns the number of pages.
    [[nodiscard]] static Result<int> render(const InvoiceDocument& document, QIODevice& device);
    /// Writes the PDF to `path` (replacing it); returns the number of pages.
    [[nodiscard]] static Result<int> renderToFile(const InvoiceDocument& document, const QString& path);
    /// True when a QGuiApplication exists (fonts and painting need one).
    [[nodiscard]] static bool available();
};

} // namespace mentordesk
