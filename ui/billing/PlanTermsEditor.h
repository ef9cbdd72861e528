// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/Plan.h"
#include "common/Result.h"
#include "money/Currency.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLayout;
class QLineEdit;
class QSpinBox;

namespace mentordesk {

/// Base of the per-kind plan editors in the plan editor dialog: reads and writes one kind of
/// Plan::Terms, and maps core field keys ("rate", "rounding.increment_minutes") to the widget that holds
/// the value so a validation error can be shown on that widget.
class PlanTermsEditor : public QWidget
{
    Q_OBJECT

public:
    PlanTermsEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] virtual PlanKind kind() const = 0;
    /// The terms as entered; a value that cannot be read (a malformed amount) fails naming its field key.
    [[nodiscard]] virtual Result<Plan::Terms> terms() const = 0;
    /// Shows `terms` (of this editor's kind; other kinds are ignored).
    virtual void setTerms(const Plan::Terms& terms) = 0;

    /// Marks the widget of `fieldKey` (keys as the core names them) with `message`; false if unknown here.
    virtual bool highlight(const QString& fieldKey, const QString& message);
    /// Removes every mark.
    virtual void clearHighlights();
    /// The widget registered for `fieldKey`, or nullptr.
    [[nodiscard]] QWidget* fieldWidget(const QString& fieldKey) const { return m_fields.value(fieldKey); }

    /// Marks `widget` as invalid (red frame, message as tooltip) or clears the mark (empty message).
    static void markWidget(QWidget* widget, const QString& message);
    /// Parses a percentage such as "12.5" into basis points (1250); fails naming `field`.
    [[nodiscard]] static Result<qint64> parsePercentBp(const QString& text, const QString& field);
    /// Basis points as a percentage text ("12.5").
    [[nodiscard]] static QString percentText(qint64 bp);

protected:
    void registerField(const QString& key, QWidget* widget) { m_fields.insert(key, widget); }
    /// Adds a form row whose field is a layout, with a label whose mnemonic focuses `buddy`.
    static void addRow(QFormLayout* form, const QString& text, QWidget* buddy, QLayout* field);
    /// A line edit for an amount of money, registered as `key`.
    [[nodiscard]] QLineEdit* addMoneyEdit(const QString& key);
    [[nodiscard]] QString moneyText(qint64 minor) const;
    /// The amount in `edit` in minor units ("" = 0); fails naming `key`.
    [[nodiscard]] Result<qint64> readMoney(const QLineEdit* edit, const QString& key) const;
    /// Adds the increment and direction rows of a rounding rule to `form` (keys "rounding.*").
    void addRoundingRows(QFormLayout* form);
    [[nodiscard]] RoundingRule rounding() const;
    void setRounding(const RoundingRule& rule);
    /// A spin box of minutes (0…maximum), registered as `key`.
    [[nodiscard]] QSpinBox* addMinutesSpin(const QString& key, int maximum);

    const Currency m_currency;

private:
    QHash<QString, QWidget*> m_fields;
    QComboBox* m_increment = nullptr;
    QComboBox* m_direction = nullptr;
};

} // namespace mentordesk
