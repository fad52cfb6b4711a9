#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the source language; its file only carries the plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("smtpwizard"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("smtpwizard_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Translations
