// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanTermsEditor.h"

#include "money/Money.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace mentordesk {

PlanTermsEditor::PlanTermsEditor(const Currency& currency, QWidget* parent)
    : QWidget(parent)
    , m_currency(currency)
{}

bool PlanTermsEditor::highlight(const QString& fieldKey, const QString& message)
{
    QWidget* widget = m_fields.value(fieldKey);
    if (!widget) {
        return false;
    }
    markWidget(widget, message);
    widget->setFocus();
    return true;
}

void PlanTermsEditor::clearHighlights()
{
    for (QWidget* widget : std::as_const(m_fields)) {
        markWidget(widget, {});
    }
}

void PlanTermsEditor::markWidget(QWidget* widget, const QString& message)
{
    if (!widget) {
        return;
    }
    widget->setProperty("invalid", !message.isEmpty());
    // Why: the error replaces the field's hint only while it is shown; the hint comes back after.
    const char* const hintKey = "hintToolTip";
    if (!message.isEmpty() && !widget->property(hintKey).isValid()) {
        widget->setProperty(hintKey, widget->toolTip());
    }
    widget->setToolTip(message.isEmpty() ? widget->property(hintKey).toString() : message);
    if (message.isEmpty()) {
        widget->setProperty(hintKey, QVariant());
    }
    widget->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 2px solid #b02020;"));
}

Result<qint64> PlanTermsEditor::parsePercentBp(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})(?:\\.(\\d{1,2}))?\\s*%?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return fail(Error::invalid(field, tr("Enter a percentage such as 12.5 (at most two decimals).")));
    }
    QString decimals = match.captured(2);
    while (decimals.size() < 2) {
        decimals.append(u'0');
    }
    return match.captured(1).toLongLong() * 100 + decimals.toLongLong();
}

QString PlanTermsEditor::percentText(qint64 bp)
{
    QString text = QString::number(bp / 100);
    if (const qint64 rest = bp % 100; rest != 0) {
        text += QStringLiteral(".%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (text.endsWith(u'0')) {
            text.chop(1);
        }
    }
    return text;
}

void PlanTermsEditor::addRow(QFormLayout* form, const QString& text, QWidget* buddy, QLayout* field)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

QLineEdit* PlanTermsEditor::addMoneyEdit(const QString& key)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(Money::zero(m_currency).toPlainString());
    edit->setToolTip(
        tr("An amount in %1, e.g. %2").arg(m_currency.code(), Money(qint64{4500}, m_currency).toPlainString()));
    edit->setMaximumWidth(160);
    registerField(key, edit);
    return edit;
}

QString PlanTermsEditor::moneyText(qint64 minor) const
{
    return Money(minor, m_currency).toPlainString();
}

Result<qint64> PlanTermsEditor::readMoney(const QLineEdit* edit, const QString& key) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return qint64{0};
    }
    auto money = Money::parse(text, m_currency, key);
    if (!money) {
        return fail(money.error());
    }
    return money->minorUnits();
}

void PlanTermsEditor::addRoundingRows(QFormLayout* form)
{
    m_increment = new QComboBox(this);
    m_increment->setObjectName(QStringLiteral("rounding.increment_minutes"));
    for (const int minutes : {1, 5, 10, 15, 30, 60}) {
        m_increment->addItem(minutes == 1 ? tr("Exact minutes") : tr("%n minutes", nullptr, minutes), minutes);
    }
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("rounding.direction"));
    m_direction->addItem(tr("Up"), static_cast<int>(RoundingDirection::Up));
    m_direction->addItem(tr("To the nearest"), static_cast<int>(RoundingDirection::Nearest));
    m_direction->addItem(tr("Down"), static_cast<int>(RoundingDirection::Down));
    m_increment->setToolTip(tr("Each lesson's minutes are rounded to a multiple of this before billing"));
    m_direction->setToolTip(tr("Which way the minutes are rounded"));
    registerField(QStringLiteral("rounding.increment_minutes"), m_increment);
    registerField(QStringLiteral("rounding.direction"), m_direction);
    auto* row = new QHBoxLayout;
    row->addWidget(m_increment);
    row->addWidget(m_direction);
    row->addStretch(1);
    addRow(form, tr("Round eac&h lesson:"), m_increment, row);
}

RoundingRule PlanTermsEditor::rounding() const
{
    RoundingRule rule;
    rule.incrementMinutes = m_increment->currentData().toInt();
    rule.direction = static_cast<RoundingDirection>(m_direction->currentData().toInt());
    return rule;
}

void PlanTermsEditor::setRounding(const RoundingRule& rule)
{
    const int increment = m_increment->findData(rule.incrementMinutes);
    m_increment->setCurrentIndex(std::max(0, increment));
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(static_cast<int>(rule.direction))));
}

QSpinBox* PlanTermsEditor::addMinutesSpin(const QString& key, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(0, maximum);
    spin->setSuffix(tr(" min"));
    spin->setToolTip(tr("Minutes, e.g. 600 for 10 hours"));
    spin->setMaximumWidth(160);
    registerField(key, spin);
    return spin;
}

} // namespace mentordesk
