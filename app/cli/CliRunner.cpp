#include "cli/CliRunner.h"

#include "credentials/CredentialStore.h"
#include "cli/ModuleLoader.h"
#include "cli/AttemptOrder.h"
#include "cli/BatchCommand.h"
#include "cli/ExplainCommand.h"
#include "cli/InteractiveCommand.h"
#include "plan/PlanBuilder.h"
#include "report/ReportWriter.h"
#include "report/ResultJson.h"
#include "run/HealthCheck.h"
#include "run/HealthJudge.h"
#include "run/TestRun.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int exitUsage = 64;
} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent), m_out(stdout), m_err(stderr)
{
}

CliRunner::~CliRunner() = default;

void CliRunner::setCredentialStore(CredentialStore *store)
{
    m_credentials = store;
}

CredentialStore &CliRunner::credentials()
{
    if (!m_credentials) {
        m_ownCredentials = ModuleLoader::keychain();
        m_credentials = m_ownCredentials.get();
    }
    return *m_credentials;
}

int CliRunner::start(const QStringList &arguments)
{
    const CliParseResult parsed = CliOptions::parse(arguments);
    switch (parsed.action) {
    case CliParseResult::Action::Help:
    case CliParseResult::Action::Version:
        m_out << parsed.text;
        if (!parsed.text.endsWith(u'\n'))
            m_out << '\n';
        m_out.flush();
        return 0;
    case CliParseResult::Action::Error:
        for (const QString &error : parsed.errors)
            m_err << error << '\n';
        m_err << tr("Try --help for the list of options.") << '\n';
        m_err.flush();
        return exitUsage;
    case CliParseResult::Action::Run:
        break;
    }
    m_options = parsed.options;
    const bool colour = m_options.colour && TerminalPrinter::isColourTerminal(STDOUT_FILENO);
    m_printer = std::make_unique<TerminalPrinter>(m_out, colour);

    if (m_options.interactive) {
        auto *console = new InteractiveCommand(m_options, m_out, m_err, colour, this);
        connect(console, &InteractiveCommand::exitRequested, this, &CliRunner::done);
        return console->start();
    }
    if (!m_options.batchFile.isEmpty()) {
        m_batch = new BatchCommand(m_options, m_err, this);
        connect(m_batch, &BatchCommand::exitRequested, this, &CliRunner::done);
        return m_batch->start();
    }
    if (m_options.explains()) {
        if (m_options.explainFile.isEmpty())
            return ExplainCommand::run(m_options.explainText, false, m_options.explainStage, m_options.json, colour,
                                       m_out);
        // Bytes, not UTF-8 text: a bounce declares its parts' charsets, and the parser reads them.
        QString error;
        const auto message = CliOptions::readFile(m_options.explainFile, 8 * 1024 * 1024, &error);
        if (!message) {
            m_err << "--explain-file: " << error << '\n';
            return exitUsage;
        }
        return ExplainCommand::runMessage(*message, m_options.explainStage, m_options.json, colour, m_out);
    }
    return prepare();
}

int CliRunner::prepare()
{
    QString error;
    if (!m_options.bodyFile.isEmpty() && !m_options.readBodyFile(&error)) {
        m_err << error << '\n';
        return exitUsage;
    }
    if (m_options.passwordFromStdin) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            m_err << "--password-stdin: " << tr("cannot read standard input") << '\n';
            return exitUsage;
        }
        const auto password = CliOptions::readPassword(input, &error);
        if (!password) {
            m_err << "--password-stdin: " << error << '\n';
            return exitUsage;
        }
        m_options.request.password = *password;
    }
    if (m_options.tokenFromStdin) {
        QFile input;
        const auto token = input.open(stdin, QIODevice::ReadOnly) ? CliOptions::readToken(input, &error) : std::nullopt;
        if (!token) {
            m_err << (error.isEmpty() ? u"--token-stdin: "_s + tr("cannot read standard input") : error) << '\n';
            return exitUsage;
        }
        m_options.request.token = *token;
    }

    // A stored password (or token) stands in for the one not typed: validate with a
    // placeholder, then fetch the real one before anything goes on the wire.
    const bool usesToken = TestPlan::usesToken(m_options.request.auth);
    const QString &given = usesToken ? m_options.request.token : m_options.request.password;
    const bool needsStoredPassword = m_options.request.auth != TestPlan::Auth::None && given.isEmpty()
        && !m_options.forgetPassword;
    PlanRequest request = m_options.request;
    if (needsStoredPassword || m_options.forgetPassword)
        (usesToken ? request.token : request.password) = QStringLiteral("placeholder");
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok()) {
        for (const QString &line : m_options.describe(built.errors))
            m_err << line << '\n';
        m_err.flush();
        return exitUsage;
    }
    m_plan = *built.plan;
    if (usesToken)
        m_plan.token = m_options.request.token.trimmed();
    else
        m_plan.password = m_options.request.password;

    if (m_options.forgetPassword) {
        forgetStoredPassword();
        return -1;
    }
    if (needsStoredPassword) {
        lookUpStoredPassword();
        return -1;
    }
    QMetaObject::invokeMethod(this, &CliRunner::startRun, Qt::QueuedConnection);
    return -1;
}

QString CliRunner::credentialKey() const
{
    return CredentialStore::keyFor(m_plan);
}

void CliRunner::lookUpStoredPassword()
{
    connect(&credentials(), &CredentialStore::readFinished, this,
            [this](const QString &, const QString &password, CredentialStore::Error error, const QString &message) {
                if (error != CredentialStore::Error::None) {
                    if (m_plan.usesToken())
                        m_err << tr("No access token given, and none could be read from the keychain for %1: %2")
                                     .arg(credentialKey(), message)
                              << '\n'
                              << tr("Give it with --token-stdin (add --save-password to store it).") << '\n';
                    else
                        m_err << tr("No password given, and none could be read from the keychain for %1: %2")
                                     .arg(credentialKey(), message)
                              << '\n'
                              << tr("Give it with --password-stdin (add --save-password to store it).") << '\n';
                    m_err.flush();
                    done(exitUsage);
                    return;
                }
                (m_plan.usesToken() ? m_plan.token : m_plan.password) = password;
                m_passwordFromKeychain = true;
                if (!m_options.json)
                    m_printer->printLine(m_plan.usesToken()
                                             ? tr("Using the access token stored in the keychain for %1").arg(credentialKey())
                                             : tr("Using the password stored in the keychain for %1").arg(credentialKey()));
                startRun();
            }, Qt::SingleShotConnection);
    credentials().readPassword(credentialKey());
}

void CliRunner::forgetStoredPassword()
{
    connect(&credentials(), &CredentialStore::forgetFinished, this,
            [this](const QString &, CredentialStore::Error error, const QString &message) {
                if (error != CredentialStore::Error::None && error != CredentialStore::Error::NotFound) {
                    m_err << tr("Could not forget the password for %1: %2").arg(credentialKey(), message) << '\n';
                    m_err.flush();
                    done(exitUsage);
                    return;
                }
                m_out << (error == CredentialStore::Error::NotFound
                              ? tr("No password was stored for %1").arg(credentialKey())
                              : tr("Forgot the password stored for %1").arg(credentialKey()))
                      << '\n';
                m_out.flush();
                done(0);
            }, Qt::SingleShotConnection);
    credentials().forgetPassword(credentialKey());
}

void CliRunner::startRun()
{
    m_run = new TestRun(m_plan, this);
    if (!m_options.json) {
        // With --all-mx several servers talk at once; each attempt's lines stay together.
        m_order = std::make_unique<AttemptOrder>();
        connect(m_run, &TestRun::transcriptEntryAdded, this, [this](int attempt, const TranscriptEntry &entry) {
            m_order->add(attempt, [this, entry] { m_printer->printEntry(entry); });
        });
        connect(m_run, &TestRun::replyReceived, this, [this](int attempt, int, const ReplyRecord &record) {
            m_order->add(attempt, [this, explanation = record.explanation] { m_printer->printExplanation(explanation); });
        });
        connect(m_run, &TestRun::attemptStarted, this, [this](int attempt) { m_order->attemptStarted(attempt); });
        connect(m_run, &TestRun::attemptFinished, this, [this](int attempt) { m_order->attemptFinished(attempt); });
        connect(m_run, &TestRun::finished, this, [this] { m_order->flush(); });
    }
    connect(m_run, &TestRun::finished, this, &CliRunner::handleRunFinished);
    if (m_options.health) {
        // The checks start from the run's own MX lookup and go on while it talks.
        m_health = new HealthCheck(m_plan, this);
        connect(m_run, &TestRun::dnsFinished, m_health, &HealthCheck::start);
        connect(m_health, &HealthCheck::finished, this, [this](const DomainHealth &health) {
            m_healthFound = health;
            if (m_run->state() == TestRun::State::Finished)
                handleRunFinished();
        });
    }
    m_run->start();
}

bool CliRunner::collectResult()
{
    if (m_options.health && !m_healthFound)
        return false; // the checks' finished() calls back
    m_result = m_run->result();
    if (m_healthFound) {
        DomainHealth health = *m_healthFound;
        HealthJudge::addGreetings(health, m_result.attempts);
        m_result.health = health;
    }
    return true;
}

void CliRunner::handleRunFinished()
{
    if (!collectResult())
        return;
    const TestResult &result = m_result;
    const bool signedIn = CredentialStore::signInAccepted(result);
    if (m_options.savePassword && signedIn && !m_passwordFromKeychain) {
        connect(&credentials(), &CredentialStore::writeFinished, this,
                [this](const QString &, CredentialStore::Error error, const QString &message) {
                    if (error == CredentialStore::Error::None && m_plan.usesToken())
                        m_err << tr("Saved the access token in the keychain for %1").arg(credentialKey()) << '\n';
                    else if (error == CredentialStore::Error::None)
                        m_err << tr("Saved the password in the keychain for %1").arg(credentialKey()) << '\n';
                    else
                        m_err << tr("Could not save the password in the keychain: %1").arg(message) << '\n';
                    m_err.flush();
                    writeReportsAndExit();
                }, Qt::SingleShotConnection);
        credentials().writePassword(credentialKey(), m_plan.usesToken() ? m_plan.token : m_plan.password);
        return;
    }
    if (m_options.savePassword && !signedIn)
        m_err << tr("The password was not saved: the server did not accept a sign-in") << '\n';
    writeReportsAndExit();
}

void CliRunner::writeReportsAndExit()
{
    const TestResult &result = m_result;
    int code = Verdict::exitCode(result.verdict.outcome);
    ReportWriter::Options reportOptions;
    reportOptions.anonymise = m_options.anonymise;
    for (const QString &path : std::as_const(m_options.reports)) {
        const ReportWriter::SaveResult saved = ReportWriter::save(result, path, reportOptions);
        if (!saved.ok) {
            m_err << saved.error << '\n';
            if (code == 0)
                code = exitUsage;
        } else if (!m_options.json) {
            m_err << tr("Report saved: %1").arg(path) << '\n';
        }
    }
    m_err.flush();
    if (m_options.json) {
        m_out << QString::fromUtf8(ResultJson::toJsonBytes(result, true));
        m_out.flush();
    } else {
        if (result.health)
            m_printer->printHealth(*result.health);
        if (result.plan.relayTest)
            m_printer->printRelay(result);
        m_printer->printVerdict(result);
    }
    done(code);
}

void CliRunner::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT exitRequested(code);
}
