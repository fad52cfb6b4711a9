#include "cli/CliRunner.h"
#include "settings/Translations.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace {
// A PDF report needs fonts and so a QGuiApplication; everything else runs on a bare
// QCoreApplication, which starts faster and needs no display or runtime directory.
bool wantsPdfReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--report" && i + 1 < argc && QByteArray(argv[i + 1]).toLower().endsWith(".pdf"))
            || (arg.startsWith("--report=") && arg.toLower().endsWith(".pdf")))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdfReport(argc, argv)) {
        // The offscreen platform gives fonts without a screen, so this works on servers.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("smtp-wizard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPWIZARD_VERSION));
    // Our debug output is for developers (QT_LOGGING_RULES turns it on); users see the transcript.
    QLoggingCategory::setFilterRules(QStringLiteral("smtpwizard.*.debug=false"));
    Translations::install(*app);

    CliRunner runner;
    QObject::connect(&runner, &CliRunner::exitRequested, app.get(), [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    const int immediate = runner.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
