#include "credentials/KeychainCredentialStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using Operation = KeychainBackend::Operation;

namespace {
/// The receiver of one job's result: a child of the store, so a result that arrives after
/// the store is gone finds no receiver and goes nowhere.
class JobTicket : public QObject
{
public:
    JobTicket(QObject *store, const QString &forKey, Operation ofOperation)
        : QObject(store), key(forKey), operation(ofOperation)
    {
    }
    const QString key;
    const Operation operation;
};
} // namespace

QString KeychainCredentialStore::serviceName()
{
    return KeychainBackend::serviceName();
}

KeychainCredentialStore::KeychainCredentialStore(KeychainBackend::StartFunction start, QObject *parent)
    : CredentialStore(parent)
    , m_start(start)
{
}

void KeychainCredentialStore::readPassword(const QString &key)
{
    enqueue(key, {Operation::Read, {}});
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password)
{
    enqueue(key, {Operation::Write, password});
}

void KeychainCredentialStore::forgetPassword(const QString &key)
{
    enqueue(key, {Operation::Forget, {}});
}

void KeychainCredentialStore::enqueue(const QString &key, Job job)
{
    QList<Job> &queue = m_queues[key];
    queue.append(std::move(job));
    if (queue.size() == 1)
        startNext(key);
}

void KeychainCredentialStore::startNext(const QString &key)
{
    Job &job = m_queues[key].first();
    if (!m_start) {
        // Still asynchronous, as the interface promises.
        QTimer::singleShot(0, this, [this, key, operation = job.operation] {
            finish(key, operation, Error::NoSecretService,
                   u"the keychain module %1 could not be loaded"_s.arg(QLatin1StringView(KeychainBackend::libraryName)), {});
        });
        return;
    }
    auto *ticket = new JobTicket(this, key, job.operation);
    const QString password = std::exchange(job.password, QString()); // held no longer than needed
    m_start(int(job.operation), key, password, ticket,
            [](QObject *receiver, int error, const QString &detail, const QString &readPassword) {
                auto *done = static_cast<JobTicket *>(receiver);
                auto *store = static_cast<KeychainCredentialStore *>(done->parent());
                const QString doneKey = done->key;
                const Operation operation = done->operation;
                done->deleteLater();
                store->finish(doneKey, operation, Error(error), detail, readPassword);
            });
}

void KeychainCredentialStore::finish(const QString &key, Operation operation, Error error, const QString &detail,
                                     const QString &password)
{
    // The next job for this key starts before anyone hears of this one, so that a slot
    // that asks for more lines up behind the jobs already waiting.
    QList<Job> &queue = m_queues[key];
    if (!queue.isEmpty())
        queue.removeFirst();
    if (queue.isEmpty())
        m_queues.remove(key);
    else
        startNext(key);

    // "Nothing stored" needs no technical detail; every other failure keeps the keychain's words.
    const QString message = error == Error::None ? QString()
                                                 : errorMessage(error, key, error == Error::NotFound ? QString() : detail);
    switch (operation) {
    case Operation::Read:
        Q_EMIT readFinished(key, error == Error::None ? password : QString(), error, message);
        break;
    case Operation::Write:
        Q_EMIT writeFinished(key, error, message);
        break;
    case Operation::Forget:
        Q_EMIT forgetFinished(key, error, message);
        break;
    }
}
