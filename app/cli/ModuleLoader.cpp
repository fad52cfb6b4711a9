#include "cli/ModuleLoader.h"

#include "credentials/KeychainBackend.h"
#include "credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcModules, "smtpwizard.cli")

std::unique_ptr<QLibrary> ModuleLoader::load(const char *name)
{
    // The executable's real folder, also before any QCoreApplication exists (the PDF
    // module makes the application object); argv[0] would be only a name through PATH.
    const QString here = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
    QStringList tried;
    for (const QString &dir : {here, QDir(here).filePath(QStringLiteral(SMTPWIZARD_MODULE_RELDIR))}) {
        auto library = std::make_unique<QLibrary>(QDir(dir).filePath(QLatin1StringView(name)));
        if (library->load())
            return library;
        tried.append(library->errorString());
    }
    qCWarning(lcModules) << "cannot load the module" << name << tried;
    return nullptr;
}

std::unique_ptr<CredentialStore> ModuleLoader::keychain(QObject *parent)
{
    // Loaded once and kept: a keychain job can call back after its store is gone.
    static const std::unique_ptr<QLibrary> module = load(KeychainBackend::libraryName);
    const auto start = module ? reinterpret_cast<KeychainBackend::StartFunction>(module->resolve(KeychainBackend::startSymbol))
                              : nullptr;
    return std::make_unique<KeychainCredentialStore>(start, parent);
}
