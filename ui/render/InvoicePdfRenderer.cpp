// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicePdfRenderer.h"

#include "PdfFont.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace mentordesk {

namespace {

constexpr qreal kWidth = 595.0; // A4 in points (the writer works at 72 dpi)
constexpr qreal kHeight = 842.0;
constexpr qreal kMargin = 42.0;
constexpr qreal kBottom = kHeight - kMargin - 18.0; // leave room for the page footer
// Column right edges / left starts of the line table (points).
constexpr qreal kQuantityRight = 350.0;
constexpr qreal kPriceRight = 440.0;
constexpr qreal kTaxRight = 480.0;
constexpr qreal kAmountRight = kWidth - kMargin;

QFont font(const QString& language, qreal points, bool bold = false)
{
    return PdfFont::forLanguage(language, points, bold);
}

/// One layout pass: measures (and, when painting, draws) the document page by page.
class Layout final
{
public:
    Layout(const InvoiceDocument& doc, QPdfWriter& writer, QPainter* painter, int pages)
        : m_doc(doc)
        , m_writer(writer)
        , m_painter(painter)
        , m_pages(pages)
    {}

    int run()
    {
        header();
        table();
        summary();
        footer();
        return m_page;
    }

private:
    qreal textHeight(const QFont& f, const QString& text, qreal width) const
    {
        const QFontMetricsF fm(f, &m_writer);
        return fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
    }
    void draw(const QRectF& r, const QFont& f, const QString& text, int flags = Qt::AlignLeft | Qt::TextWordWrap)
    {
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->drawText(r, flags, text);
        }
    }
    void line(qreal y, qreal width = 0.6)
    {
        if (m_painter) {
            m_painter->setPen(QPen(QColor(120, 120, 120), width));
            m_painter->drawLine(QPointF(kMargin, y), QPointF(kWidth - kMargin, y));
            m_painter->setPen(Qt::black);
        }
    }
    void footer()
    {
        QString text = m_doc.pageTemplate;
        text.replace(QStringLiteral("{page}"), QString::number(m_page))
            .replace(QStringLiteral("{pages}"), QString::number(qMax(m_pages, m_page)));
        draw(QRectF(kMargin, kHeight - kMargin, kWidth - 2 * kMargin, 14), font(m_doc.language, 8), text,
             Qt::AlignRight);
        if (!m_doc.watermark.isEmpty() && m_painter) {
            m_painter->save();
            m_painter->translate(kWidth / 2, kHeight / 2);
            m_painter->rotate(-35);
            m_painter->setPen(QColor(200, 60, 60, 70));
            m_painter->setFont(font(m_doc.language, 30, true));
            m_painter->drawText(QRectF(-350, -40, 700, 80), Qt::AlignCenter, m_doc.watermark);
            m_painter->restore();
        }
    }
    /// Starts a new page when `needed` points do not fit; returns true when it did.
    bool ensure(qreal needed)
    {
        if (m_y + needed <= kBottom) {
            return false;
        }
        footer();
        if (m_painter) {
            m_writer.newPage();
        }
        ++m_page;
        m_y = kMargin;
        return true;
    }
    void header()
    {
        const qreal half = (kWidth - 2 * kMargin) / 2;
        const QFont name = font(m_doc.language, 15, true);
        const QFont small = font(m_doc.language, 8.5);
        qreal left = kMargin;
        draw(QRectF(kMargin, left, half, 24), name, m_doc.studioName);
        left += textHeight(name, m_doc.studioName, half) + 2;
        for (const QString& l : m_doc.studioLines) {
            const qreal h = textHeight(small, l, half);
            draw(QRectF(kMargin, left, half, h), small, l);
            left += h;
        }
        const QFont title = font(m_doc.language, 20, true);
        draw(QRectF(kMargin + half, kMargin, half, 30), title, m_doc.title, Qt::AlignRight);
        qreal right = kMargin + 32;
        const QFont fact = font(m_doc.language, 9);
        const QFont factBold = font(m_doc.language, 9, true);
        for (const auto& [label, value] : m_doc.facts) {
            draw(QRectF(kMargin + half, right, half - 110, 14), fact, label, Qt::AlignRight);
            draw(QRectF(kWidth - kMargin - 105, right, 105, 14), factBold, value, Qt::AlignRight);
            right += 14;
        }
        m_y = qMax(left, right) + 18;
        draw(QRectF(kMargin, m_y, half, 12), small, m_doc.billToLabel);
        m_y += 12;
        const QFont payer = font(m_doc.language, 11, true);
        draw(QRectF(kMargin, m_y, half * 1.5, 16), payer, m_doc.payerName);
        m_y += 16;
        for (const QString& l : m_doc.payerLines) {
            const qreal h = textHeight(fact, l, half * 1.5);
            draw(QRectF(kMargin, m_y, half * 1.5, h), fact, l);
            m_y += h;
        }
        m_y += 18;
    }
    void tableHeader()
    {
        const QFont f = font(m_doc.language, 8.5, true);
        const QStringList& h = m_doc.headers;
        draw(QRectF(kMargin, m_y, 250, 14), f, h.value(0));
        draw(QRectF(kQuantityRight - 80, m_y, 80, 14), f, h.value(1), Qt::AlignRight);
        draw(QRectF(kPriceRight - 85, m_y, 85, 14), f, h.value(2), Qt::AlignRight);
        draw(QRectF(kTaxRight - 38, m_y, 38, 14), f, h.value(3), Qt::AlignRight);
        draw(QRectF(kAmountRight - 90, m_y, 90, 14), f, h.value(4), Qt::AlignRight);
        m_y += 15;
        line(m_y);
        m_y += 4;
    }
    void table()
    {
        tableHeader();
        const QFont f = font(m_doc.language, 8.5);
        const QFont g = font(m_doc.language, 9, true);
        const qreal descWidth = kQuantityRight - 80 - kMargin - 6;
        for (const InvoiceDocument::Group& group : m_doc.groups) {
            if (!group.label.isEmpty()) {
                if (ensure(32)) {
                    tableHeader();
                }
                m_y += 3;
                draw(QRectF(kMargin, m_y, kWidth - 2 * kMargin, 14), g, group.label);
                m_y += 15;
            }
            for (const InvoiceDocument::Row& row : group.rows) {
                const qreal h = qMax<qreal>(13, textHeight(f, row.description, descWidth));
                if (ensure(h + 2)) {
                    tableHeader();
                }
                draw(QRectF(kMargin + 6, m_y, descWidth, h), f, row.description);
                draw(QRectF(kQuantityRight - 80, m_y, 80, 13), f, row.quantity, Qt::AlignRight);
                draw(QRectF(kPriceRight - 85, m_y, 85, 13), f, row.unitPrice, Qt::AlignRight);
                draw(QRectF(kTaxRight - 38, m_y, 38, 13), f, row.tax, Qt::AlignRight);
                draw(QRectF(kAmountRight - 90, m_y, 90, 13), f, row.amount, Qt::AlignRight);
                m_y += h + 2;
            }
        }
        line(m_y + 2);
        m_y += 12;
    }
    void summary()
    {
        const QFont f = font(m_doc.language, 8.5);
        const QFont b = font(m_doc.language, 8.5, true);
        if (!m_doc.taxes.isEmpty()) {
            ensure(30 + 13 * m_doc.taxes.size());
            draw(QRectF(kMargin, m_y, 250, 14), b, m_doc.taxTitle);
            m_y += 14;
            const qreal cols[] = {kMargin + 110, kMargin + 200, kMargin + 290};
            for (int i = 0; i < 4; ++i) {
                draw(QRectF(i == 0 ? kMargin : cols[i - 1] - 88, m_y, 88, 13), b, m_doc.taxHeaders.value(i),
                     i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            }
            m_y += 13;
            for (const InvoiceDocument::TaxRow& t : m_doc.taxes) {
                draw(QRectF(kMargin, m_y, 88, 13), f, t.label);
                draw(QRectF(cols[0] - 88, m_y, 88, 13), f, t.net, Qt::AlignRight);
                draw(QRectF(cols[1] - 88, m_y, 88, 13), f, t.tax, Qt::AlignRight);
                draw(QRectF(cols[2] - 88, m_y, 88, 13), f, t.gross, Qt::AlignRight);
                m_y += 13;
            }
            m_y += 10;
        }
        ensure(16 * m_doc.totals.size() + 10);
        for (qsizetype i = 0; i < m_doc.totals.size(); ++i) {
            const auto& [label, value] = m_doc.totals[i];
            const bool strong = label == m_doc.totals.constLast().first || i == 2;
            const QFont t = font(m_doc.language, strong ? 10 : 9, strong);
            draw(QRectF(kWidth - kMargin - 260, m_y, 160, 15), t, label, Qt::AlignRight);
            draw(QRectF(kAmountRight - 100, m_y, 100, 15), t, value, Qt::AlignRight);
            m_y += 16;
        }
        m_y += 12;
        const QFont note = font(m_doc.language, 8);
        for (const QString& n : m_doc.notes) {
            const qreal h = textHeight(note, n, kWidth - 2 * kMargin);
            ensure(h + 4);
            draw(QRectF(kMargin, m_y, kWidth - 2 * kMargin, h), note, n);
            m_y += h + 4;
        }
    }

    const InvoiceDocument& m_doc;
    QPdfWriter& m_writer;
    QPainter* m_painter;
    int m_pages = 1;
    int m_page = 1;
    qreal m_y = kMargin;
};

} // namespace

bool InvoicePdfRenderer::available()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Result<int> InvoicePdfRenderer::render(const InvoiceDocument& document, QIODevice& device)
{
    if (!available()) {
        return fail(Error::storage(tr("Printing needs the graphics system; run it from mentordesk-cli or the app.")));
    }
    QPdfWriter writer(&device);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(document.title + u' ' + document.facts.value(0).second);
    writer.setCreator(QStringLiteral("MentorDesk"));
    const int pages = Layout(document, writer, nullptr, 1).run();
    QPainter painter;
    if (!painter.begin(&writer)) {
        return fail(Error::storage(tr("The PDF could not be started.")));
    }
    const int drawn = Layout(document, writer, &painter, pages).run();
    if (!painter.end()) {
        return fail(Error::storage(tr("The PDF could not be finished.")));
    }
    return drawn;
}

Result<int> InvoicePdfRenderer::renderToFile(const InvoiceDocument& document, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(Error::storage(tr("Cannot write “%1”: %2").arg(path, file.errorString())));
    }
    auto pages = render(document, file);
    file.close();
    if (!pages) {
        file.remove();
    }
    return pages;
}

} // namespace mentordesk
