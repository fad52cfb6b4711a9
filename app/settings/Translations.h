#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/// Loads the user's language for the app's own strings (built into the binary) and for
/// Qt's (buttons such as "Next" and "Cancel", from qt6-translations-l10n).
namespace Translations {
/// language: "de", "fr_CA", ... (what --lang or the wizard's setting says); empty for the
/// system's locale. A language we have no catalogue for falls back to English for our
/// strings, and Qt's own still follow it where Qt has them.
void install(QCoreApplication &app, const QString &language = {});
/// The languages our own strings exist in ("en" first, then the translations built in).
QStringList available();
/// The value of --lang (or --lang=...) in a command line, before it is parsed: the
/// language must be in place before the parser's own texts (--help) are made.
QString fromArguments(int argc, char *argv[]);
} // namespace Translations
