#pragma once

#include "credentials/CredentialStore.h"

namespace QKeychain {
class Job;
}

/// The CredentialStore in the operating system's keychain through QtKeychain (Secret
/// Service on Linux, Keychain on macOS, Credential Manager on Windows). QtKeychain's
/// insecure fallback (a plain settings file) stays off: without a keychain nothing is stored.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    /// The service name entries are filed under ("server" attribute in the Secret Service).
    static QString serviceName();

    using CredentialStore::CredentialStore;

    void readPassword(const QString &key) override;
    void writePassword(const QString &key, const QString &password) override;
    void forgetPassword(const QString &key) override;

    /// Sorts QtKeychain's error (and its words, which carry the real reason on Linux,
    /// where every backend failure is OtherError) into our errors.
    static Error classify(int keychainError, const QString &keychainText);

private:
    void prepare(QKeychain::Job *job, const QString &key);
};
