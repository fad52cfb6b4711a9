#pragma once

#include "credentials/CredentialStore.h"

#include <QLibrary>
#include <QObject>

#include <memory>

/// Finds and loads the runner's optional parts, each in a module of its own so that a run
/// that does not need them never loads their libraries: the PDF writer (Qt Gui, fonts)
/// and the keychain (QtKeychain, D-Bus). A module is looked for beside the executable
/// (a build tree), then where the install puts it, relative to the executable's folder
/// (../lib/<multiarch>/smtp-wizard), so the package under /usr and an install to any
/// prefix both find it.
namespace ModuleLoader {

/// The loaded module, or null when it is in neither place. Destroying the QLibrary does
/// not unload it.
std::unique_ptr<QLibrary> load(const char *name);

/// The OS keychain through the keychain module, loaded once per process on first use.
/// Without the module the store still answers every call, with NoSecretService.
std::unique_ptr<CredentialStore> keychain(QObject *parent = nullptr);

} // namespace ModuleLoader
