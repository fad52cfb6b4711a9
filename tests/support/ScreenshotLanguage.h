#pragma once

#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLocale>

/// tools/screenshots.sh shoots every page in each shipped language: with
/// SMTPWIZARD_SCREENSHOT_LANG=de the test speaks German, as the wizard does for a German
/// user (our strings, Qt's buttons, the user guide, number and date formats). Without it
/// the test runs in English as always. English screenshots load the English catalogue too,
/// as the wizard does: it carries the plural forms ("3 recipients", not "3 recipient(s)").
/// Call first in initTestCase(), before any window.
inline void installScreenshotLanguage()
{
    const QString language = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_LANG");
    if (language.isEmpty())
        return;
    QLocale::setDefault(QLocale(language));
    Translations::install(*QCoreApplication::instance(), language);
}
