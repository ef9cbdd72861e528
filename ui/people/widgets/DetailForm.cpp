// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/DetailForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QTextDocumentFragment>

namespace mentordesk {

namespace {
const QString kDash = QStringLiteral("—");
}

DetailForm::DetailForm(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QLabel* DetailForm::addRow(const QString& key)
{
    auto* caption = new QLabel(this);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette muted = caption->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    caption->setPalette(muted);
    auto* value = new QLabel(kDash, this);
    value->setObjectName(key);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(value, &QLabel::linkActivated, this, &DetailForm::linkActivated);
    m_layout->addRow(caption, value);
    m_captions.insert(key, caption);
    m_values.insert(key, value);
    return value;
}

void DetailForm::setCaption(const QString& key, const QString& caption)
{
    if (QLabel* label = m_captions.value(key)) {
        label->setText(caption);
    }
}

void DetailForm::setValue(const QString& key, const QString& text)
{
    if (QLabel* label = m_values.value(key)) {
        label->setTextFormat(Qt::PlainText);
        label->setText(text.trimmed().isEmpty() ? kDash : text);
    }
}

void DetailForm::setLink(const QString& key, const QString& text, const QString& href, const QString& emptyText)
{
    if (text.isEmpty()) {
        setValue(key, emptyText);
        return;
    }
    setRichValue(key, QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped()));
}

void DetailForm::setRichValue(const QString& key, const QString& html)
{
    if (QLabel* label = m_values.value(key)) {
        label->setTextFormat(Qt::RichText);
        label->setText(html);
    }
}

QString DetailForm::badgeHtml(const QString& text, const QString& background, const QString& foreground)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(background, foreground, text.toHtmlEscaped());
}

QString DetailForm::value(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    if (!label) {
        return {};
    }
    if (label->textFormat() == Qt::RichText) {
        return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    return label->text();
}

} // namespace mentordesk
