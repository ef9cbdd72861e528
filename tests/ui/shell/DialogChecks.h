// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

class QWidget;
class QString;

namespace mentordesk {
class Database;
}

namespace mentordesk::test {

/// Every field under `root` says what to enter (a tooltip or a placeholder; see InputHints.h).
void expectHints(QWidget* root, const char* name);
/// `root` works from the keyboard: tab order and mnemonics (see TabOrder.h). Shows `root` and hides it
/// again.
void expectKeyboard(QWidget* root, const char* name);
/// Both, hints first (they are read before the dialog is ever shown).
void expectUsable(QWidget* root, const char* name);
/// The first live row of `table`, by id (a record to open a dialog on).
[[nodiscard]] Id firstLiveId(Database& db, const QString& table);

} // namespace mentordesk::test
