#include "credentials/CredentialStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString CredentialStore::keyFor(const QString &user, const QString &host, quint16 port)
{
    // Host names are case-insensitive; the same server typed twice must find its entry.
    return user + u'@' + host.toLower() + u':' + QString::number(port);
}

QString CredentialStore::keyFor(const TestPlan &plan)
{
    const QString key = keyFor(plan.user, plan.destination(), plan.port);
    return plan.usesToken() ? tokenKey(key) : key;
}

QString CredentialStore::tokenKey(const QString &passwordKey)
{
    // Its own entry: signing in with a token must not overwrite the remembered password.
    return u"oauth2-token:"_s + passwordKey;
}

QString CredentialStore::errorMessage(Error error, const QString &key, const QString &detail)
{
    QString message;
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        message = tr("No password is stored in the keychain for %1.").arg(key);
        break;
    case Error::NoSecretService:
        message = tr("The keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) is running. "
                     "Type the password for this test; it will not be saved.");
        break;
    case Error::NoDBus:
        message = tr("The keychain cannot be reached: there is no D-Bus session bus, or it does not answer. "
                     "Type the password for this test; it will not be saved.");
        break;
    case Error::Locked:
        message = tr("The keychain is locked. Unlock it (for example by signing in to the desktop again) and retry, "
                     "or type the password for this test.");
        break;
    case Error::AccessDenied:
        message = tr("The keychain refused access to the password for %1.").arg(key);
        break;
    case Error::Other:
        message = tr("The keychain reported an error for %1.").arg(key);
        break;
    }
    if (!detail.isEmpty())
        message += u" ("_s + detail + u')';
    return message;
}

bool CredentialStore::signInAccepted(const TestResult &result)
{
    return std::any_of(result.attempts.cbegin(), result.attempts.cend(),
                       [](const Attempt &attempt) { return attempt.authenticated; });
}
