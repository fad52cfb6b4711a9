#include "SmtpWizard.h"
#include "diagnosis/RuleCompilation.h"
#include "options/CliOptions.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QEvent>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

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
    const CliParseResult parsed = CliOptions::parse(arguments);
    QTextStream err(stderr);
    switch (parsed.action) {
    case CliParseResult::Action::Help:
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

    SmtpWizard wizard(settings);
    // Private to the user (HistoryStore); the tests' wizards keep theirs in a temporary folder.
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
    QuitWhenShown quitWhenShown;
    if (qEnvironmentVariableIsSet("SMTPWIZARD_QUIT_WHEN_SHOWN"))
        wizard.installEventFilter(&quitWhenShown);
    wizard.show();
    return app.exec();
}
