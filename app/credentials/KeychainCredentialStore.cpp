#include "credentials/KeychainCredentialStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "smtpwizard.credentials")

QString KeychainCredentialStore::serviceName()
{
    return u"smtp-wizard"_s;
}

CredentialStore::Error KeychainCredentialStore::classify(int keychainError, const QString &keychainText)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError: return Error::None;
    case QKeychain::EntryNotFound: return Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return Error::Locked;
    case QKeychain::NoBackendAvailable: return Error::NoSecretService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: break;
    }
    // On Linux every backend failure arrives as OtherError; its text tells them apart.
    const QString text = keychainText.toLower();
    if (text.contains(u"org.freedesktop.secrets"_s) || text.contains(u"serviceunknown"_s)
        || text.contains(u"secret service"_s) || text.contains(u"was not provided by any"_s))
        return Error::NoSecretService;
    if (text.contains(u"d-bus"_s) || text.contains(u"dbus"_s) || text.contains(u"autolaunch"_s)
        || text.contains(u"session bus"_s) || text.contains(u"could not connect"_s)
        || text.contains(u"connection refused"_s))
        return Error::NoDBus;
    if (text.contains(u"locked"_s) || text.contains(u"prompt"_s) || text.contains(u"dismissed"_s)
        || text.contains(u"cancel"_s))
        return Error::Locked;
    if (text.contains(u"not found"_s) || text.contains(u"no match"_s))
        return Error::NotFound;
    return Error::Other;
}

void KeychainCredentialStore::prepare(QKeychain::Job *job, const QString &key)
{
    // Jobs have no parent and delete themselves when done: libsecret's callback still
    // holds the job when the store goes away, and a job deleted under it would crash.
    // Our connections use the store as context, so a late result goes nowhere.
    job->setKey(key);
    job->setAutoDelete(true);
    // Never fall back to a plain-text settings file when the keychain is missing.
    job->setInsecureFallback(false);
}

void KeychainCredentialStore::readPassword(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Error error = classify(job->error(), job->errorString());
        if (error == Error::None) {
            qCDebug(lcCredentials) << "read password for" << key;
            Q_EMIT readFinished(key, job->textData(), error, {});
            return;
        }
        qCInfo(lcCredentials) << "cannot read password for" << key << error << job->errorString();
        const QString detail = error == Error::NotFound ? QString() : job->errorString();
        Q_EMIT readFinished(key, {}, error, errorMessage(error, key, detail));
    });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    prepare(job, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Error error = classify(job->error(), job->errorString());
        if (error == Error::None) {
            qCInfo(lcCredentials) << "stored password for" << key;
            Q_EMIT writeFinished(key, error, {});
            return;
        }
        qCWarning(lcCredentials) << "cannot store password for" << key << error << job->errorString();
        Q_EMIT writeFinished(key, error, errorMessage(error, key, job->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::forgetPassword(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Error error = classify(job->error(), job->errorString());
        if (error == Error::None) {
            qCInfo(lcCredentials) << "forgot password for" << key;
            Q_EMIT forgetFinished(key, error, {});
            return;
        }
        qCWarning(lcCredentials) << "cannot forget password for" << key << error << job->errorString();
        const QString detail = error == Error::NotFound ? QString() : job->errorString();
        Q_EMIT forgetFinished(key, error, errorMessage(error, key, detail));
    });
    job->start();
}
