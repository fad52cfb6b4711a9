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
    // One catalogue per part of the program: the engine's always, the wizard's when the
    // wizard is linked in. English is the source language; its files only carry the
    // plural forms.
    for (const QString &catalogue : {QStringLiteral("smtpwizard"), QStringLiteral("smtpwizard_ui")}) {
        auto *own = new QTranslator(&app);
        if (own->load(locale, catalogue, QStringLiteral("_"), QStringLiteral(":/i18n"))
            || own->load(catalogue + QStringLiteral("_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
}

} // namespace Translations
