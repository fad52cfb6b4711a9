#pragma once

class QCoreApplication;

/// Loads the user's language for the app's own strings (built into the binary) and for
/// Qt's (buttons such as "Next" and "Cancel", from qt6-translations-l10n).
namespace Translations {
void install(QCoreApplication &app);
}
