// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WelcomeWidget.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mentordesk {

WelcomeWidget::WelcomeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_new = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_demo = new QPushButton(style()->standardIcon(QStyle::SP_ComputerIcon), QString(), this);
    for (QPushButton* b : {m_new, m_open, m_demo}) {
        b->setMinimumHeight(40);
    }
    m_new->setDefault(true);
    m_recentLabel = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setMaximumHeight(160);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addSpacing(12);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(520);
    holder->setMinimumWidth(420);
    row->addWidget(holder);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_new, &QPushButton::clicked, this, &WelcomeWidget::newStudioRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openStudioRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::demoStudioRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentStudioRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void WelcomeWidget::setRecentStudios(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

void WelcomeWidget::retranslate()
{
    m_title->setText(tr("Welcome to MentorDesk"));
    m_subtitle->setText(tr("Keep your learners, lessons, invoices and their progress in one place, on this "
                           "computer. Start a studio of your own, or look around the demo studio first."));
    m_new->setText(tr("Create a new studio…"));
    m_open->setText(tr("Open an existing studio…"));
    m_demo->setText(tr("Open the demo studio"));
    m_recentLabel->setText(tr("Recent studios (double-click to open):"));
}

void WelcomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
