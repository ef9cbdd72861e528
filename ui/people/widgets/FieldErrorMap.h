// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace mentordesk {

/// Shows a service's validation error under the field it names. A dialog wraps each input with
/// wrap(key, input) — the key is the Error::field the core service uses ("name", "email", "payer_id"…)
/// — and hands every failed Result's error to show(): the message appears under that input, which
/// gets the focus. Errors that name no known field go to the general label.
class FieldErrorMap final
{
public:
    /// Returns a container holding `field` and a hidden message label below it, for a form layout.
    [[nodiscard]] QWidget* wrap(const QString& key, QWidget* field);
    /// Registers `field` whose messages go to `label` (for layouts that place the label themselves).
    void add(const QString& key, QWidget* field, QLabel* label);
    /// The message label registered for `key`, or nullptr.
    [[nodiscard]] QLabel* labelFor(const QString& key) const { return m_entries.value(key).label; }
    /// Where errors without a known field go.
    void setGeneralLabel(QLabel* label);

    /// Shows `error` under its field (and focuses the field), or in the general label. Returns true
    /// when a field showed it.
    bool show(const Error& error);
    /// Shows `message` under the field `key`.
    void showMessage(const QString& key, const QString& message);
    /// Hides every message.
    void clear();
    /// The message shown under `key` ("" when none) — the general one for an empty key.
    [[nodiscard]] QString message(const QString& key) const;

    /// A label styled as an error message (hidden, wrapping).
    [[nodiscard]] static QLabel* createMessageLabel(QWidget* parent);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_entries;
    QPointer<QLabel> m_general;
};

} // namespace mentordesk
