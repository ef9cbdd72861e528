// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace mentordesk {

/// Installs MentorDesk's and Qt's own translators for `language` ("en" or "zh_CN"); replaces
/// translators installed by an earlier call, so the language can be switched at run time.
/// Returns false when no MentorDesk catalogue exists for the language (English is then used).
bool installTranslations(QCoreApplication& app, const QString& language);

/// The language the last installTranslations() call put in effect: "en" or "zh_CN" ("en" before
/// any call, and when the requested catalogue was missing).
[[nodiscard]] QString installedLanguage();

/// "zh_CN" when $MENTORDESK_LANG, $LANGUAGE or $LANG asks for Chinese, "en" otherwise.
[[nodiscard]] QString languageFromEnvironment();

} // namespace mentordesk
