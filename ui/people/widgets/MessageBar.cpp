// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace mentordesk {

namespace {
constexpr int kInfoMilliseconds = 12000;
}

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_closeButton);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        m_undo = {};
        hide();
    });
    connect(m_undoButton, &QPushButton::clicked, this, &MessageBar::undo);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        m_undo = {};
        hide();
    });
    retranslate();
    hide();
}

void MessageBar::setTone(bool error)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfb, 0xe3, 0xe4) : QColor(0xe3, 0xef, 0xfb));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
}

void MessageBar::showInfo(const QString& text, std::function<void()> undo)
{
    setTone(false);
    m_label->setText(text);
    m_undo = std::move(undo);
    m_undoButton->setVisible(static_cast<bool>(m_undo));
    show();
    m_hideTimer->start(kInfoMilliseconds);
}

void MessageBar::showError(const QString& text)
{
    setTone(true);
    m_label->setText(text);
    m_undo = {};
    m_undoButton->hide();
    m_hideTimer->stop();
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBar::undo()
{
    auto action = std::move(m_undo);
    m_undo = {};
    hide();
    if (action) {
        action();
    }
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_undoButton->setText(tr("Undo"));
    m_closeButton->setToolTip(tr("Dismiss"));
}

} // namespace mentordesk
