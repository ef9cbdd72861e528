// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace mentordesk::test {

/// Shows `root` as the active window and walks it with the Tab key, like a keyboard-only user.
/// Returns one readable line per problem (empty when the tab order is right):
/// - the widget focused when the window opens is not its first input field in reading order;
/// - a visible, enabled stop is never reached or reached twice in one cycle, or Tab never returns to
///   the first stop (a widget keeps the Tab key: a focus trap);
/// - a stop comes before the previous one in reading order (top to bottom, then left to right in one
///   row; widgets whose vertical extents overlap count as one row);
/// - a button of the button box (or a QWizard's buttons) comes before a field.
[[nodiscard]] QStringList tabOrderProblems(QWidget* root);

/// The visible buttons, group boxes and buddied labels of `root` whose mnemonic (&-letter) is the
/// same as another's, one line per clashing letter.
[[nodiscard]] QStringList mnemonicClashes(QWidget* root);

/// The widgets inside `container` that Tab stops at (visible, enabled, Tab focus), in focus-chain order.
[[nodiscard]] QList<QWidget*> tabStopsIn(QWidget* container);

/// Of `widgets`, the first in reading order (top to bottom, then left to right); nullptr if empty.
[[nodiscard]] QWidget* firstInReadingOrder(const QList<QWidget*>& widgets);

/// True when `w` is one of a group of exclusive buttons (radio buttons, a checkable tool button
/// group) of which another is in `reached`: arrow keys, not Tab, move inside such a group.
[[nodiscard]] bool otherOfGroupReached(QWidget* w, const QList<QWidget*>& reached);

/// Presses Tab on the focused widget (again while a date box walks its sections or a label its
/// links) and returns the widget focused then.
QWidget* pressTab();

/// "Class 'objectName' [text, label or placeholder] at (x,y)" for failure messages.
[[nodiscard]] QString describeWidget(QWidget* w);

} // namespace mentordesk::test
