#include "credentials/KeychainBackend.h"

#include "credentials/CredentialStore.h"

#include <QLoggingCategory>
#include <QObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using Error = CredentialStore::Error;

Q_LOGGING_CATEGORY(lcKeychain, "smtpwizard.credentials")

int KeychainBackend::classify(int keychainError, const QString &keychainText)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError: return int(Error::None);
    case QKeychain::EntryNotFound: return int(Error::NotFound);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return int(Error::Locked);
    case QKeychain::NoBackendAvailable: return int(Error::NoSecretService);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: break;
    }
    // On Linux every backend failure arrives as OtherError; its text tells them apart.
    const QString text = keychainText.toLower();
    if (text.contains(u"org.freedesktop.secrets"_s) || text.contains(u"serviceunknown"_s)
        || text.contains(u"secret service"_s) || text.contains(u"was not provided by any"_s))
        return int(Error::NoSecretService);
    if (text.contains(u"d-bus"_s) || text.contains(u"dbus"_s) || text.contains(u"autolaunch"_s)
        || text.contains(u"session bus"_s) || text.contains(u"could not connect"_s)
        || text.contains(u"connection refused"_s))
        return int(Error::NoDBus);
    if (text.contains(u"locked"_s) || text.contains(u"prompt"_s) || text.contains(u"dismissed"_s)
        || text.contains(u"cancel"_s))
        return int(Error::Locked);
    if (text.contains(u"not found"_s) || text.contains(u"no match"_s))
        return int(Error::NotFound);
    return int(Error::Other);
}

void KeychainBackend::start(int operation, const QString &key, const QString &password, QObject *receiver, Done done)
{
    QKeychain::Job *job = nullptr;
    switch (Operation(operation)) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(password);
        job = write;
        break;
    }
    case Operation::Forget:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Jobs have no parent and delete themselves when done: libsecret's callback still
    // holds the job when the store goes away, and a job deleted under it would crash.
    // The receiver is the connection's context, so a late result goes nowhere.
    job->setKey(key);
    job->setAutoDelete(true);
    // Never fall back to a plain-text settings file when the keychain is missing.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, receiver, [job, receiver, done, operation, key] {
        const int error = classify(job->error(), job->errorString());
        if (error == int(Error::None)) {
            qCDebug(lcKeychain) << "keychain job" << operation << "done for" << key;
            const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
            done(receiver, error, {}, read ? read->textData() : QString());
            return;
        }
        qCInfo(lcKeychain) << "keychain job" << operation << "failed for" << key << error << job->errorString();
        done(receiver, error, job->errorString(), {});
    });
    job->start();
}
