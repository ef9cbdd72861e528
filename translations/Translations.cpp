// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace mentordesk {

namespace {
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

bool installTranslations(QCoreApplication& app, const QString& language)
{
    for (auto* slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/mentordesk_") + lang + QStringLiteral(".qm"));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        ownTranslator() = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (lang != QStringLiteral("en") && qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    Q_UNUSED(app);
    currentLanguage() = loaded ? lang : QStringLiteral("en");
    return loaded;
}

QString installedLanguage()
{
    return currentLanguage();
}

QString languageFromEnvironment()
{
    for (const char* name : {"MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LANG"}) {
        const QString v = qEnvironmentVariable(name);
        if (v.isEmpty()) {
            continue;
        }
        return v.startsWith(QStringLiteral("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace mentordesk
