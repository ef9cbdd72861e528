// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mentordesk {

TodayCard::TodayCard(const QString& objectName, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_footer = makeLabel(QString());
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->hide();
    layout->addWidget(m_footer);
    layout->addStretch(1);
}

QLabel* TodayCard::makeLabel(const QString& html)
{
    auto* label = new QLabel(html, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(label, &QLabel::linkActivated, this, &TodayCard::linkActivated);
    return label;
}

void TodayCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString TodayCard::title() const
{
    return m_title->text();
}

void TodayCard::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

bool TodayCard::showsEmptyText() const
{
    return !m_empty->isHidden();
}

void TodayCard::clearRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_empty->show();
    setFooter(QString());
}

void TodayCard::addRow(const QString& html)
{
    QLabel* label = makeLabel(html);
    m_rowsLayout->addWidget(label);
    m_rows.append(label);
    m_empty->hide();
}

void TodayCard::setFooter(const QString& html)
{
    m_footer->setText(html);
    m_footer->setVisible(!html.isEmpty());
}

QString TodayCard::footer() const
{
    return m_footer->text();
}

} // namespace mentordesk
