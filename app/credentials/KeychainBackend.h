#pragma once

#include <QString>

class QObject;

/// The only code that talks to QtKeychain. It lives in its own library so that the
/// headless runner can load it (as the module smtp-wizard-keychain) only when a password
/// is stored or fetched: QtKeychain pulls in Qt D-Bus, libdbus, libsystemd and libgcrypt,
/// about 1.2 MiB of a plain run's 16 MiB. The wizard links it directly.
/// KeychainCredentialStore is its face; nothing else calls it.
namespace KeychainBackend {

enum class Operation { Read, Write, Forget };

/// The end of one job, called in the receiver's thread unless the receiver is gone by
/// then: error is a CredentialStore::Error, detail the keychain's own words (empty on
/// success), password the secret read (empty unless a read succeeded).
using Done = void (*)(QObject *receiver, int error, const QString &detail, const QString &password);
/// Starts one job and returns at once; done is called exactly once, later.
using StartFunction = void (*)(int operation, const QString &key, const QString &password, QObject *receiver, Done done);

void start(int operation, const QString &key, const QString &password, QObject *receiver, Done done);

/// The service name entries are filed under ("server" attribute in the Secret Service).
inline QString serviceName()
{
    return QStringLiteral("smtp-wizard");
}

/// Sorts QtKeychain's error (and its words, which carry the real reason on Linux, where
/// every backend failure is OtherError) into a CredentialStore::Error.
int classify(int keychainError, const QString &keychainText);

/// How the runner finds the module's entry point; a plain C name, so that
/// QLibrary::resolve finds it without C++ name mangling.
inline constexpr char libraryName[] = "smtp-wizard-keychain";
inline constexpr char startSymbol[] = "smtpwizard_keychain_start";

} // namespace KeychainBackend
