#include "cli/CliRunner.h"
#include "cli/ModuleLoader.h"
#include "diagnosis/RuleCompilation.h"
#include "pdf/PdfModule.h"
#include "report/ReportWriter.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibrary>
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
    RuleCompilation::preferInterpreter();
    // Declared before the application so that it outlives it: the application object of a
    // PDF run lives in the module. Destroying a QLibrary does not unload it.
    std::unique_ptr<QLibrary> pdf;
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdfReport(argc, argv)) {
        if ((pdf = ModuleLoader::load(PdfModule::libraryName))) {
            const auto makeApp = reinterpret_cast<PdfModule::ApplicationFunction>(pdf->resolve(PdfModule::applicationSymbol));
            const auto write = reinterpret_cast<PdfModule::WriteFunction>(pdf->resolve(PdfModule::writeSymbol));
            if (makeApp && write) {
                app.reset(makeApp(&argc, argv));
                ReportWriter::setPdfPrinter(write);
            }
        }
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-wizard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPWIZARD_VERSION));
    // Our debug output is for developers (QT_LOGGING_RULES turns it on); users see the transcript.
    QLoggingCategory::setFilterRules(QStringLiteral("smtpwizard.*.debug=false"));
    Translations::install(*app, Translations::fromArguments(argc, argv));

    CliRunner runner;
    QObject::connect(&runner, &CliRunner::exitRequested, app.get(), [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    const int immediate = runner.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
