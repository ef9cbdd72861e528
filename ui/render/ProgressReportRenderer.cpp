// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReportRenderer.h"

#include "InvoicePdfRenderer.h"
#include "PdfFont.h"
#include "ProgressChartPainter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace mentordesk {

namespace {

constexpr qreal kWidth = 595.0; // A4 in points (the writer works at 72 dpi)
constexpr qreal kHeight = 842.0;
constexpr qreal kMargin = 42.0;
constexpr qreal kBottom = kHeight - kMargin - 18.0; // room for the page footer
constexpr qreal kChartHeight = 170.0;
constexpr qreal kContent = kWidth - 2 * kMargin;

/// One layout pass: measures (and, when painting, draws) the document page by page.
class Layout final
{
public:
    Layout(const ProgressReportDocument& doc, const QLocale& locale, QPdfWriter& writer, QPainter* painter, int pages)
        : m_doc(doc)
        , m_locale(locale)
        , m_writer(writer)
        , m_painter(painter)
        , m_pages(pages)
    {}

    int run()
    {
        header();
        for (const ProgressReportDocument::Enrollment& e : m_doc.enrollments) {
            enrollment(e);
        }
        if (m_doc.enrollments.isEmpty()) {
            paragraph(m_doc.noEnrollments);
        }
        mastery();
        notes();
        footer();
        return m_page;
    }

private:
    [[nodiscard]] QFont font(qreal points, bool bold = false) const
    {
        return PdfFont::forLanguage(m_doc.language, points, bold);
    }
    qreal textHeight(const QFont& f, const QString& text, qreal width) const
    {
        const QFontMetricsF fm(f, &m_writer);
        return fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
    }
    void draw(const QRectF& r, const QFont& f, const QString& text, int flags = Qt::AlignLeft | Qt::TextWordWrap)
    {
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            m_painter->drawText(r, flags, text);
        }
    }
    void rule(qreal y)
    {
        if (m_painter) {
            m_painter->setPen(QPen(QColor(150, 150, 150), 0.6));
            m_painter->drawLine(QPointF(kMargin, y), QPointF(kWidth - kMargin, y));
        }
    }
    void footer()
    {
        QString text = m_doc.pageTemplate;
        text.replace(QStringLiteral("{page}"), QString::number(m_page))
            .replace(QStringLiteral("{pages}"), QString::number(qMax(m_pages, m_page)));
        draw(QRectF(kMargin, kHeight - kMargin, kContent, 14), font(8), text, Qt::AlignRight);
    }
    /// Starts a new page when `needed` points do not fit.
    void ensure(qreal needed)
    {
        if (m_y + needed <= kBottom) {
            return;
        }
        footer();
        if (m_painter) {
            m_writer.newPage();
        }
        ++m_page;
        m_y = kMargin;
    }
    void header()
    {
        const qreal half = kContent / 2;
        const QFont name = font(14, true);
        const QFont small = font(8.5);
        qreal left = kMargin;
        draw(QRectF(kMargin, left, half, 22), name, m_doc.studioName);
        left += textHeight(name, m_doc.studioName, half) + 2;
        for (const QString& l : m_doc.studioLines) {
            const qreal h = textHeight(small, l, half);
            draw(QRectF(kMargin, left, half, h), small, l);
            left += h;
        }
        draw(QRectF(kMargin + half, kMargin, half, 28), font(19, true), m_doc.title, Qt::AlignRight);
        draw(QRectF(kMargin + half, kMargin + 30, half, 16), font(11, true), m_doc.learnerName, Qt::AlignRight);
        draw(QRectF(kMargin + half, kMargin + 47, half, 14), font(9), m_doc.asOfLine, Qt::AlignRight);
        m_y = qMax(left, kMargin + 62) + 10;
        rule(m_y);
        m_y += 12;
    }
    void paragraph(const QString& text)
    {
        const QFont f = font(9);
        const qreal h = textHeight(f, text, kContent);
        ensure(h + 6);
        draw(QRectF(kMargin, m_y, kContent, h), f, text);
        m_y += h + 6;
    }
    void sectionTitle(const QString& text, qreal keepWith)
    {
        ensure(22 + keepWith);
        draw(QRectF(kMargin, m_y, kContent, 18), font(12, true), text);
        m_y += 20;
    }
    void enrollment(const ProgressReportDocument::Enrollment& e)
    {
        const qreal rows = static_cast<qreal>(e.figures.size());
        sectionTitle(e.heading, 14 * rows + kChartHeight);
        // Progress bar.
        if (m_painter) {
            const QRectF bar(kMargin, m_y, kContent, 7);
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(QColor(225, 230, 238));
            m_painter->drawRoundedRect(bar, 3, 3);
            m_painter->setBrush(QColor(33, 102, 172));
            m_painter->drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * e.progressPerMille / 1000.0, 7)), 3,
                                       3);
            m_painter->setBrush(Qt::NoBrush);
        }
        m_y += 13;
        const QFont label = font(9);
        const QFont value = font(9, true);
        for (qsizetype i = 0; i < e.figures.size(); ++i) {
            const qreal top = m_y + i * 14;
            draw(QRectF(kMargin, top, 160, 14), label, e.figures[i].first);
            draw(QRectF(kMargin + 165, top, kContent - 165, 14), value, e.figures[i].second,
                 Qt::AlignLeft | Qt::TextSingleLine);
        }
        m_y += rows * 14 + 6;
        if (m_painter) {
            ProgressChartPainter::paint(*m_painter, QRectF(kMargin, m_y, kContent, kChartHeight), e, m_doc.legend,
                                        m_doc.axisPercent, font(7.5), m_locale);
        }
        m_y += kChartHeight + 14;
    }
    void mastery()
    {
        sectionTitle(m_doc.masteryTitle, 30);
        if (m_doc.mastery.isEmpty()) {
            paragraph(m_doc.noMastery);
            return;
        }
        const qreal cols[] = {kMargin, kMargin + 250, kMargin + 330, kMargin + 420};
        const QFont head = font(8.5, true);
        const QFont f = font(8.5);
        const auto headers = [&] {
            for (int i = 0; i < 4; ++i) {
                draw(QRectF(cols[i], m_y, i == 0 ? 245 : 85, 13), head, m_doc.masteryHeaders.value(i));
            }
            m_y += 14;
            rule(m_y);
            m_y += 3;
        };
        headers();
        for (const ProgressReportDocument::MasteryRow& row : m_doc.mastery) {
            if (m_y + 14 > kBottom) {
                ensure(14);
                headers();
            }
            draw(QRectF(cols[0], m_y, 245, 13), f, row.topic, Qt::AlignLeft | Qt::TextSingleLine);
            if (m_painter) {
                const QRectF bar(cols[1], m_y + 3, 40, 6);
                m_painter->setPen(Qt::NoPen);
                m_painter->setBrush(QColor(225, 230, 238));
                m_painter->drawRect(bar);
                m_painter->setBrush(QColor(46, 139, 87));
                m_painter->drawRect(QRectF(bar.topLeft(), QSizeF(40.0 * row.percent / 100.0, 6)));
                m_painter->setBrush(Qt::NoBrush);
            }
            draw(QRectF(cols[1] + 44, m_y, 40, 13), f, row.percentText);
            draw(QRectF(cols[2], m_y, 85, 13), f, row.trend);
            draw(QRectF(cols[3], m_y, 90, 13), f, row.assessedOn);
            m_y += 14;
        }
        m_y += 12;
    }
    void notes()
    {
        sectionTitle(m_doc.notesTitle, 20);
        if (m_doc.notes.isEmpty()) {
            paragraph(m_doc.noNotes);
            return;
        }
        for (const QString& n : m_doc.notes) {
            paragraph(n);
        }
    }

    const ProgressReportDocument& m_doc;
    const QLocale& m_locale;
    QPdfWriter& m_writer;
    QPainter* m_painter;
    int m_pages = 1;
    int m_page = 1;
    qreal m_y = kMargin;
};

} // namespace

Result<int> ProgressReportRenderer::render(const ProgressReportDocument& document, const QLocale& locale,
                                           QIODevice& device)
{
    if (!InvoicePdfRenderer::available()) {
        return fail(Error::storage(tr("Printing needs the graphics system; run it from mentordesk-cli or the app.")));
    }
    QPdfWriter writer(&device);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(document.title + QStringLiteral(" — ") + document.learnerName);
    writer.setCreator(QStringLiteral("MentorDesk"));
    const int pages = Layout(document, locale, writer, nullptr, 1).run();
    QPainter painter;
    if (!painter.begin(&writer)) {
        return fail(Error::storage(tr("The PDF could not be started.")));
    }
    const int drawn = Layout(document, locale, writer, &painter, pages).run();
    if (!painter.end()) {
        return fail(Error::storage(tr("The PDF could not be finished.")));
    }
    return drawn;
}

Result<int> ProgressReportRenderer::renderToFile(const ProgressReportDocument& document, const QLocale& locale,
                                                 const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(Error::storage(tr("Cannot write “%1”: %2").arg(path, file.errorString())));
    }
    auto pages = render(document, locale, file);
    file.close();
    if (!pages) {
        file.remove();
    }
    return pages;
}

} // namespace mentordesk
