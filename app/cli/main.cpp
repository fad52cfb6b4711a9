#include "cli/CliRunner.h"
#include "diagnosis/RuleCompilation.h"
#include "pdf/PdfModule.h"
#include "report/ReportWriter.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>

#include <QFileInfo>
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

/// The PDF module (Qt Gui and fonts) is loaded only for a PDF report: beside the
/// executable in a build tree, else where the install puts it (../lib/<multiarch>/smtp-wizard
/// from the executable's folder, so the package under /usr finds it too).
std::unique_ptr<QLibrary> loadPdfModule(const char *argv0)
{
    // The executable's real folder; argv[0] is only a name when found through PATH.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    const QString here = QFileInfo(self.isEmpty() ? QString::fromLocal8Bit(argv0) : self).absolutePath();
    for (const QString &dir : {here, QDir(here).filePath(QStringLiteral(SMTPWIZARD_PDF_MODULE_RELDIR))}) {
        auto library = std::make_unique<QLibrary>(QDir(dir).filePath(QLatin1StringView(PdfModule::libraryName)));
        if (library->load())
            return library;
    }
    return nullptr;
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
        if ((pdf = loadPdfModule(argv[0]))) {
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
