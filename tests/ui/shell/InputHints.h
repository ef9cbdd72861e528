// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace mentordesk::test {

/// Every editable input under `root` that is visible with it (QLineEdit, spin and date boxes, combo
/// boxes, text edits, check boxes, radio buttons) and has neither a tooltip nor a placeholder text,
/// described as "Class objectName [label]" for the failure message. The line edit inside a spin or
/// combo box counts as its box; read-only and disabled-by-design (read-only) fields are skipped.
[[nodiscard]] QStringList inputsWithoutHint(QWidget* root);

} // namespace mentordesk::test
