// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

class QLabel;
class QWidget;

namespace mentordesk {

/// Shows a core error inline in a small dialog: "Field label: message" in a red label under the form, the
/// widget of the field marked and focused. Errors without a known field go to the fallback field.
class FieldErrorDisplay final
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrorDisplay)

public:
    /// `label` is the (hidden until needed) error label the dialog placed in its layout.
    explicit FieldErrorDisplay(QLabel* label);

    /// Registers the widget and user-visible label of a field key (the first one is the fallback).
    void addField(const QString& key, QWidget* widget, const QString& label);
    void show(const Error& error);
    void clear();

    [[nodiscard]] QString text() const;
    /// The field key of the error shown ("" when none).
    [[nodiscard]] QString field() const { return m_field; }

private:
    struct Entry
    {
        QPointer<QWidget> widget;
        QString label;
    };
    QLabel* m_label;
    QHash<QString, Entry> m_fields;
    QString m_fallback;
    QString m_field;
};

} // namespace mentordesk
