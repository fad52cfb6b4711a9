#pragma once

#include "credentials/CredentialStore.h"
#include "credentials/KeychainBackend.h"

#include <QHash>
#include <QList>

/// The CredentialStore in the operating system's keychain through QtKeychain (Secret
/// Service on Linux, Keychain on macOS, Credential Manager on Windows), reached through
/// a KeychainBackend start function: linked in (the wizard) or loaded from the module
/// (the runner). QtKeychain's insecure fallback (a plain settings file) stays off:
/// without a keychain nothing is stored.
///
/// Jobs for one key run one after another, in the order they were asked for: a store
/// issued before a Forget must never land after it (Secret Service jobs run in
/// parallel, so without this a user who pressed Forget could keep the password).
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    /// The service name entries are filed under ("server" attribute in the Secret Service).
    static QString serviceName();

    /// start: where the jobs go; null when the backend could not be loaded, and then
    /// every call ends with NoSecretService.
    explicit KeychainCredentialStore(KeychainBackend::StartFunction start, QObject *parent = nullptr);

    void readPassword(const QString &key) override;
    void writePassword(const QString &key, const QString &password) override;
    void forgetPassword(const QString &key) override;

private:
    struct Job
    {
        KeychainBackend::Operation operation;
        QString password;
    };

    void enqueue(const QString &key, Job job);
    void startNext(const QString &key);
    void finish(const QString &key, KeychainBackend::Operation operation, Error error, const QString &detail,
                const QString &password);

    KeychainBackend::StartFunction m_start;
    QHash<QString, QList<Job>> m_queues; // per key: the running job first, then those waiting
};
