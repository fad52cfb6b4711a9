// The entry point of the module smtp-wizard-keychain, which the headless runner loads with
// QLibrary the first time it needs the keychain (KeychainBackend.h says why).
#include "credentials/KeychainBackend.h"

extern "C" Q_DECL_EXPORT void smtpwizard_keychain_start(int operation, const QString &key, const QString &password,
                                                        QObject *receiver, KeychainBackend::Done done)
{
    KeychainBackend::start(operation, key, password, receiver, done);
}
