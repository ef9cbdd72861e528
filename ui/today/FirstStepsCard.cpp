// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/FirstStepsCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

/// `a` blended with `b` by `share` (0…1) of `b`.
QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - share) + b.redF() * share),
                            static_cast<float>(a.greenF() * (1 - share) + b.greenF() * share),
                            static_cast<float>(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

QStringList FirstStepsCard::stepKeys()
{
    return {QStringLiteral("learner"), QStringLiteral("lesson"), QStringLiteral("attendance"),
            QStringLiteral("billing")};
}

FirstStepsCard::FirstStepsCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstSteps"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.07));
    setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    m_progress = new QLabel(this);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_progress);
    m_hide = new QPushButton(this);
    m_hide->setObjectName(QStringLiteral("hideFirstSteps"));
    m_hide->setFlat(true);
    connect(m_hide, &QPushButton::clicked, this, &FirstStepsCard::dismissed);
    header->addWidget(m_hide);
    layout->addLayout(header);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    addRow(QStringLiteral("learner"), QStringLiteral("newLearner"));
    addRow(QStringLiteral("lesson"), QStringLiteral("calendar"));
    addRow(QStringLiteral("attendance"), QStringLiteral("calendar"));
    addRow(QStringLiteral("billing"), QStringLiteral("billingRun"));
    for (const Row& r : std::as_const(m_rows)) {
        layout->addWidget(r.widget);
    }
    retranslate();
    refresh();
}

void FirstStepsCard::addRow(const QString& key, const QString& kind)
{
    Row r;
    r.key = key;
    r.widget = new QWidget(this);
    r.widget->setObjectName(QStringLiteral("step_") + key);
    auto* line = new QHBoxLayout(r.widget);
    line->setContentsMargins(0, 4, 0, 0);
    line->setSpacing(10);
    r.mark = new QLabel(r.widget);
    QFont markFont = r.mark->font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.3);
    r.mark->setFont(markFont);
    r.mark->setFixedWidth(r.mark->fontMetrics().height() + 4);
    r.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    line->addWidget(r.mark);
    r.text = new QLabel(r.widget);
    r.text->setTextFormat(Qt::RichText);
    r.text->setWordWrap(true);
    line->addWidget(r.text, 1);
    r.button = new QPushButton(r.widget);
    r.button->setObjectName(QStringLiteral("stepButton_") + key);
    connect(r.button, &QPushButton::clicked, this, [this, kind] { emit navigate(kind, QString()); });
    line->addWidget(r.button, 0, Qt::AlignVCenter);
    m_rows.append(r);
}

void FirstStepsCard::setSteps(const FirstSteps& steps)
{
    m_steps = steps;
    refresh();
}

const FirstStepsCard::Row* FirstStepsCard::row(const QString& key) const
{
    for (const Row& r : m_rows) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

bool FirstStepsCard::isStepShown(const QString& key) const
{
    const Row* r = row(key);
    return r != nullptr && !r->widget->isHidden();
}

bool FirstStepsCard::isStepDone(const QString& key) const
{
    const Row* r = row(key);
    return r != nullptr && r->done;
}

QPushButton* FirstStepsCard::stepButton(const QString& key) const
{
    const Row* r = row(key);
    return r != nullptr ? r->button : nullptr;
}

void FirstStepsCard::refresh()
{
    const FirstSteps& s = m_steps;
    const bool shown[] = {s.showAddLearner, s.showSchedule, s.showAttendance, s.showBilling};
    const bool done[] = {s.hasLearner, s.hasLesson, s.hasRecorded, s.hasInvoice};
    int listed = 0;
    int finished = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        r.widget->setVisible(shown[i]);
        r.done = done[i];
        r.button->setVisible(!r.done);
        if (shown[i]) {
            ++listed;
            finished += r.done ? 1 : 0;
        }
    }
    m_progress->setText(tr("%1 of %2 done").arg(finished).arg(listed));
    retranslate();
}

void FirstStepsCard::retranslate()
{
    m_title->setText(tr("First steps"));
    m_intro->setText(tr("Set up your studio in a few minutes. Each step checks itself off as you go."));
    m_hide->setText(tr("Hide"));
    m_hide->setToolTip(tr("Hide this checklist for this studio (it does not come back)"));
    // Why not QPalette::PlaceholderText: it is the text colour with alpha, which name() turns opaque.
    const QString greyColor =
        blend(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.45).name();
    for (Row& r : m_rows) {
        QString title;
        QString detail;
        QString button;
        QString tip;
        if (r.key == u"learner") {
            title = tr("Add your first learner");
            detail = tr("Name, contacts, payer and weekly hours. Many learners? Use File ▸ Import.");
            button = tr("Add Learner…");
            tip = tr("Open Learners with a new learner form");
        } else if (r.key == u"lesson") {
            title = tr("Schedule a lesson");
            detail = tr("Enroll the learner in a course first (Learners ▸ Enrollment), then double-click a free "
                        "time in the calendar.");
            button = tr("Open Calendar");
            tip = tr("Show the calendar to schedule a lesson");
        } else if (r.key == u"attendance") {
            title = tr("Record attendance (optional)");
            detail = tr("After a lesson, double-click it and record whether it was held; hourly billing counts "
                        "the minutes held.");
            button = tr("Open Calendar");
            tip = tr("Show the calendar to record what happened in a lesson");
        } else {
            title = tr("Run billing");
            detail = tr("Turn a month of lessons into draft invoices to check and issue.");
            button = tr("Run Billing…");
            tip = tr("Open Billing and start a billing run");
        }
        r.mark->setText(r.done ? QStringLiteral("<span style=\"color:#2e7d32\">&#x2714;</span>")
                               : QStringLiteral("<span style=\"color:%1\">&#x25CB;</span>").arg(greyColor));
        r.mark->setToolTip(r.done ? tr("Done") : tr("Not done yet"));
        r.text->setText(
            r.done ? QStringLiteral("<span style=\"color:%1\"><s>%2</s></span>").arg(greyColor, title.toHtmlEscaped())
                   : QStringLiteral("<b>%1</b><br><span style=\"color:%2\">%3</span>")
                         .arg(title.toHtmlEscaped(), greyColor, detail.toHtmlEscaped()));
        r.button->setText(button);
        r.button->setToolTip(tip);
    }
}

void FirstStepsCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QFrame::changeEvent(event);
}

} // namespace mentordesk
