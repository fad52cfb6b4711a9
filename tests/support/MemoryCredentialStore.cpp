#include "MemoryCredentialStore.h"

#include <QTimer>

void MemoryCredentialStore::setFailure(Error error, const QString &detail)
{
    m_failure = error;
    m_failureDetail = detail;
}

void MemoryCredentialStore::readPassword(const QString &key)
{
    Error error = m_failure;
    QString password;
    if (error == Error::None) {
        const auto it = m_passwords.constFind(key);
        if (it == m_passwords.cend())
            error = Error::NotFound;
        else
            password = *it;
    }
    const QString message = errorMessage(error, key, m_failureDetail);
    QTimer::singleShot(0, this, [this, key, password, error, message] {
        Q_EMIT readFinished(key, password, error, message);
    });
}

void MemoryCredentialStore::writePassword(const QString &key, const QString &password)
{
    const Error error = m_failure;
    if (error == Error::None)
        m_passwords.insert(key, password);
    const QString message = errorMessage(error, key, m_failureDetail);
    QTimer::singleShot(0, this, [this, key, error, message] { Q_EMIT writeFinished(key, error, message); });
}

void MemoryCredentialStore::forgetPassword(const QString &key)
{
    Error error = m_failure;
    if (error == Error::None && m_passwords.remove(key) == 0)
        error = Error::NotFound;
    const QString message = errorMessage(error, key, m_failureDetail);
    QTimer::singleShot(0, this, [this, key, error, message] { Q_EMIT forgetFinished(key, error, message); });
}
