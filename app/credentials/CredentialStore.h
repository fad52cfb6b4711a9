#pragma once

#include "model/TestPlan.h"
#include "model/TestResult.h"

#include <QObject>
#include <QString>

/// Where passwords (and OAuth 2.0 access tokens) the user asked to remember live: one
/// entry per `user@host:port`, tokens under `oauth2-token:user@host:port`.
/// Asynchronous: each call returns at once and ends with exactly one *Finished signal.
/// Implementations never log or persist a password anywhere but in their store.
///
///     auto *store = new KeychainCredentialStore(this);
///     const QString key = CredentialStore::keyFor(plan.user, plan.host, plan.port);
///     connect(store, &CredentialStore::readFinished, this,
///             [](const QString &key, const QString &password, CredentialStore::Error error, const QString &message) {
///                 if (error == CredentialStore::Error::None) { /* use password */ }
///                 else if (error != CredentialStore::Error::NotFound) { /* show message, ask for the password */ }
///             });
///     store->readPassword(key);
///     // after the server accepted the password and the user asked to remember it:
///     store->writePassword(key, password);   // -> writeFinished(key, error, message)
///     store->forgetPassword(key);            // -> forgetFinished(key, error, message)
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,          // nothing stored under this key (forget: nothing to forget)
        NoSecretService,   // D-Bus runs, but no keychain service answers
        NoDBus,            // no session bus to reach a keychain through
        Locked,            // the keychain is locked, or unlocking it was refused
        AccessDenied,
        Other,
    };
    Q_ENUM(Error)

    using QObject::QObject;

    /// "alice@contoso.com@smtp.contoso.com:587": the sign-in name, the server, the port.
    static QString keyFor(const QString &user, const QString &host, quint16 port);
    /// The entry a plan signs in with: its user at its destination (server or domain) and
    /// port; for XOAUTH2 and OAUTHBEARER the token's entry (tokenKey).
    static QString keyFor(const TestPlan &plan);
    /// "oauth2-token:alice@contoso.com@smtp.office365.com:587": where the access token for
    /// the entry of that password key is kept, apart from the password.
    static QString tokenKey(const QString &passwordKey);
    /// Only a password the server accepted is worth remembering: true when an attempt of
    /// the run signed in. The rule for both faces ("remember" in the wizard, --save-password).
    static bool signInAccepted(const TestResult &result);
    /// A clear, translated sentence for people; technical detail in parentheses.
    static QString errorMessage(Error error, const QString &key, const QString &detail = {});

    virtual void readPassword(const QString &key) = 0;
    virtual void writePassword(const QString &key, const QString &password) = 0;
    virtual void forgetPassword(const QString &key) = 0;

Q_SIGNALS:
    /// password is empty unless error is None; message is empty when error is None.
    void readFinished(const QString &key, const QString &password, CredentialStore::Error error, const QString &message);
    void writeFinished(const QString &key, CredentialStore::Error error, const QString &message);
    void forgetFinished(const QString &key, CredentialStore::Error error, const QString &message);
};
