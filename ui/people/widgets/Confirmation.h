// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace mentordesk {

/// Asks the user to confirm a destructive action: (title, question, accept-button text) → confirmed.
/// Pages use askWithMessageBox() by default; tests inject an answer instead of a modal box.
using Confirmation = std::function<bool(const QString& title, const QString& text, const QString& acceptText)>;

/// A confirmation that shows a question box over `parent` with `acceptText` and Cancel.
[[nodiscard]] Confirmation askWithMessageBox(QWidget* parent);

} // namespace mentordesk
