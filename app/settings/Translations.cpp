#include "settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Translations {

void install(QCoreApplication &app, const QString &language)
{
    // Numbers, dates and QLocale() everywhere else follow the chosen language too.
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // One catalogue per part of the program: the engine's always, the wizard's when the
    // wizard is linked in. English is the source language; its files only carry the
    // plural forms, and they are the fallback for a language we do not have.
    for (const QString &catalogue : {u"smtpwizard"_s, u"smtpwizard_ui"_s}) {
        auto *own = new QTranslator(&app);
        if (own->load(locale, catalogue, u"_"_s, u":/i18n"_s) || own->load(catalogue + u"_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
}

QStringList available()
{
    QStringList languages{u"en"_s};
    static const QRegularExpression name(u"^smtpwizard_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"_s);
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"smtpwizard_*.qm"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch() && !languages.contains(match.captured(1)))
            languages.append(match.captured(1));
    }
    return languages;
}

QString fromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(arg, "--lang=", 7) == 0)
            return QString::fromLocal8Bit(arg + 7);
    }
    return {};
}

} // namespace Translations
