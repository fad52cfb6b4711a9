#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>

/// A CredentialStore in memory, for tests: as asynchronous as the real one (results
/// arrive from the event loop, never inside the call), and able to fail on request.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readPassword(const QString &key) override;
    void writePassword(const QString &key, const QString &password) override;
    void forgetPassword(const QString &key) override;

    /// Every following call fails with error (None: work again).
    void setFailure(Error error, const QString &detail = {});
    bool contains(const QString &key) const { return m_passwords.contains(key); }
    qsizetype size() const { return m_passwords.size(); }

private:
    QHash<QString, QString> m_passwords;
    Error m_failure = Error::None;
    QString m_failureDetail;
};
