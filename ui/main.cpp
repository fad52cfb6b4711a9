#include "SmtpWizard.h"
#include "pages/PracticeBed.h"
#include "diagnosis/RuleCompilation.h"
#include "options/CliOptions.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QEvent>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/// The first page to open for what the command line asked.
WizardMode modeFor(const CliOptions &options)
{
    if (options.explains())
        return WizardMode::Explain;
    return options.request.server.isEmpty() ? WizardMode::Delivery : WizardMode::Submission;
}

/// SMTPWIZARD_QUIT_WHEN_SHOWN (make bench, tests/bench): quits once the first page is
/// painted, so start-up to the first page shown can be timed from outside.
class QuitWhenShown : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

/// Takes the wizard's own --practice PATH (or --practice=PATH) out of arguments: the
/// runner has no practice mode, so the shared options never see it. Empty optional when
/// not given; an empty path when given without one.
std::optional<QString> takePracticeOption(QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u"--practice="_s)) {
            const QString path = a.mid(11);
            arguments.removeAt(i);
            return path;
        }
        if (a == u"--practice"_s) {
            const QString path = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, i + 1 < arguments.size() ? 2 : 1);
            return path;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    RuleCompilation::preferInterpreter();
    // The same options as smtp-wizard-cli, so a ticket can carry a ready command that
    // opens the wizard filled in. Parsed before the window system is touched, so that
    // --help and mistakes are answered without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Practice mode (make demo, docs/gui.md): exercises on the local test bed whose
    // testbed.env (or state folder) is named here.
    const std::optional<QString> practicePath = takePracticeOption(arguments);
    QTextStream err(stderr);
    if (practicePath && practicePath->isEmpty()) {
        err << "smtp-wizard: --practice needs the test bed's testbed.env or its state folder" << Qt::endl;
        return 64;
    }
    const CliParseResult parsed = CliOptions::parse(arguments);
    switch (parsed.action) {
    case CliParseResult::Action::Help:
        // The wizard's own option, which the shared (runner's) options do not list.
        QTextStream(stdout) << parsed.text << Qt::endl
                            << QCoreApplication::translate("WizardMain",
                                   "Practice mode: --practice <FILE> opens exercises on a local test bed "
                                   "(FILE: its testbed.env or state folder; make demo starts one).")
                            << Qt::endl;
        return 0;
    case CliParseResult::Action::Version:
        QTextStream(stdout) << parsed.text << Qt::endl;
        return 0;
    case CliParseResult::Action::Error:
        for (const QString &error : parsed.errors)
            err << error << Qt::endl;
        return 64;
    case CliParseResult::Action::Run: break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SMTP Wizard"_s);
    QApplication::setOrganizationName(u"SMTP Wizard"_s);
    QApplication::setApplicationVersion(QStringLiteral(SMTPWIZARD_VERSION));
    QApplication::setDesktopFileName(u"smtp-wizard"_s);
    // --lang first, then the wizard's own setting, then the system's language.
    Settings settings;
    QString language = Translations::fromArguments(argc, argv);
    if (language.isEmpty())
        language = settings.value(Settings::Key::Language).toString();
    Translations::install(app, language);

    std::optional<PracticeBed> bed;
    if (practicePath) {
        QString error;
        bed = PracticeBed::load(*practicePath, &error);
        if (!bed) {
            err << error << Qt::endl;
            return 1;
        }
    }
    // Practice runs leave the user's own settings and history alone: both are temporary.
    const std::unique_ptr<Settings> practiceSettings = bed ? Settings::temporary() : nullptr;
    SmtpWizard wizard(bed ? *practiceSettings : settings);
    // Private to the user (HistoryStore); the tests' wizards keep theirs in a temporary folder.
    if (!bed)
        wizard.setHistoryFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s);
    if (arguments.size() > 1) {
        CliOptions options = parsed.options;
        if (!options.bodyFile.isEmpty()) {
            QString error;
            if (!options.readBodyFile(&error))
                err << error << Qt::endl;
        }
        wizard.prefill(options.request, modeFor(options));
    }
    if (bed)
        wizard.startPractice(*bed);
    QuitWhenShown quitWhenShown;
    if (qEnvironmentVariableIsSet("SMTPWIZARD_QUIT_WHEN_SHOWN"))
        wizard.installEventFilter(&quitWhenShown);
    wizard.show();
    return app.exec();
}
