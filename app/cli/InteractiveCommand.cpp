#include "cli/InteractiveCommand.h"

#include "cli/TerminalInput.h"
#include "model/SafeText.h"
#include "credentials/CredentialStore.h"
#include "cli/ModuleLoader.h"
#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "report/ReportWriter.h"
#include "report/ResultJson.h"
#include "run/ConsoleSession.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {
constexpr int exitUsage = 64;
} // namespace

InteractiveCommand::InteractiveCommand(const CliOptions &options, QTextStream &out, QTextStream &err, bool colour,
                                       QObject *parent)
    : QObject(parent), m_options(options), m_out(out), m_err(err), m_printer(out, colour)
{
}

InteractiveCommand::~InteractiveCommand() = default;

CredentialStore &InteractiveCommand::credentials()
{
    if (!m_credentials) {
        m_ownCredentials = ModuleLoader::keychain();
        m_credentials = m_ownCredentials.get();
    }
    return *m_credentials;
}

int InteractiveCommand::start()
{
    // Where and how to connect, checked as for any run; what to send is typed.
    PlanRequest request = m_options.request;
    request.stopAfter = TestPlan::StopAfter::Connect;
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok()) {
        for (const QString &line : m_options.describe(built.errors))
            m_err << line << '\n';
        m_err.flush();
        return exitUsage;
    }
    m_plan = *built.plan;
    m_plan.allowPlaintextAuth = m_options.request.allowPlaintextAuth;
    for (const QString &file : {m_options.passwordFile, m_options.tokenFile}) {
        if (!file.isEmpty() && !QFile::exists(file)) {
            m_err << (file == m_options.passwordFile ? u"--password-file: "_s : u"--token-file: "_s)
                  << tr("cannot open %1").arg(file) << '\n';
            m_err.flush();
            return exitUsage;
        }
    }

    m_session = new ConsoleSession(m_plan, this);
    if (!m_options.json) {
        connect(m_session, &ConsoleSession::entryAdded, this,
                [this](int, const TranscriptEntry &entry) { m_printer.printEntry(entry); });
        connect(m_session, &ConsoleSession::replyReceived, this,
                [this](const ReplyRecord &record) { m_printer.printExplanation(record.explanation); });
        connect(m_session, &ConsoleSession::tlsChecked, this, &InteractiveCommand::printTls);
    }
    connect(m_session, &ConsoleSession::refused, this, &InteractiveCommand::printNotice);
    connect(m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (m_session->acceptsInput())
            processQueue();
        Q_UNUSED(state)
    });
    connect(m_session, &ConsoleSession::finished, this, &InteractiveCommand::finish);

    m_input = new TerminalInput(0, this);
    connect(m_input, &TerminalInput::lineRead, this, &InteractiveCommand::handleLine);
    connect(m_input, &TerminalInput::endOfInput, this, [this] {
        m_inputEnded = true;
        processQueue();
    });
    if (m_input->isTerminal())
        m_err << tr("Type SMTP commands; /help lists the console's own, /quit or Ctrl-D ends.") << '\n';
    m_err.flush();
    m_session->start();
    return -1;
}

void InteractiveCommand::handleLine(const QByteArray &line)
{
    if (m_secretFor) { // typed without echo, never queued or shown
        m_input->setEcho(true);
        m_err << '\n';
        m_err.flush();
        const ConsoleCommand command = *std::exchange(m_secretFor, std::nullopt);
        QByteArray secret = line;
        if (secret.endsWith('\r'))
            secret.chop(1);
        signInWith(command, QString::fromUtf8(secret));
        return;
    }
    m_queue.append(line);
    processQueue();
}

void InteractiveCommand::processQueue()
{
    // One command at a time: the next only once the reply to the last is in.
    while (m_session && !m_busy && m_session->acceptsInput()) {
        if (m_queue.isEmpty()) {
            if (m_inputEnded) {
                m_session->quit();
                return;
            }
            prompt();
            return;
        }
        const QByteArray line = m_queue.takeFirst();
        if (m_session->state() == ConsoleSession::State::Message) {
            if (const auto error = m_session->sendMessageLine(line))
                printNotice(tr("Not sent: %1").arg(*error));
            continue;
        }
        carryOut(ConsoleCommand::parse(line));
    }
    if (m_session && m_session->state() == ConsoleSession::State::Finished)
        return;
}

void InteractiveCommand::carryOut(const ConsoleCommand &command)
{
    switch (command.kind) {
    case ConsoleCommand::Kind::Empty:
        return;
    case ConsoleCommand::Kind::Refused:
        printNotice(tr("Not sent: %1").arg(command.error));
        return;
    case ConsoleCommand::Kind::Help:
        for (const QString &line : ConsoleCommand::help())
            m_err << line << '\n';
        m_err.flush();
        return;
    case ConsoleCommand::Kind::Smtp:
        m_session->send(command);
        return;
    case ConsoleCommand::Kind::StartTls:
        m_session->startTls();
        return;
    case ConsoleCommand::Kind::Auth:
        signIn(command);
        return;
    case ConsoleCommand::Kind::Data:
        sendFile(command.file);
        return;
    case ConsoleCommand::Kind::Quit:
        m_inputEnded = true;
        m_queue.clear();
        m_session->quit();
        return;
    }
}

void InteractiveCommand::signIn(const ConsoleCommand &command)
{
    const bool token = TestPlan::usesToken(command.mechanism);
    const QString file = token ? m_options.tokenFile : m_options.passwordFile;
    if (!file.isEmpty()) {
        QString error;
        const auto text = CliOptions::readTextFile(file, FieldChecks::MaxTokenLength + 2, &error);
        if (!text) {
            printNotice((token ? u"--token-file: "_s : u"--password-file: "_s) + error);
            return;
        }
        const QString secret = text->section(u'\n', 0, 0);
        signInWith(command, token ? secret.trimmed() : QString(secret).remove(u'\r'));
        return;
    }
    // The keychain's entry for this user and server, as the normal run reads it.
    TestPlan keyPlan = m_plan;
    keyPlan.user = command.user;
    keyPlan.auth = command.mechanism;
    const QString key = CredentialStore::keyFor(keyPlan);
    m_busy = true;
    connect(&credentials(), &CredentialStore::readFinished, this,
            [this, command, token, key](const QString &, const QString &secret, CredentialStore::Error error,
                                        const QString &message) {
                m_busy = false;
                if (error == CredentialStore::Error::None) {
                    m_err << (token ? tr("Using the access token stored in the keychain for %1")
                                    : tr("Using the password stored in the keychain for %1")).arg(key)
                          << '\n';
                    m_err.flush();
                    signInWith(command, secret);
                    return;
                }
                if (!m_input->isTerminal()) {
                    printNotice(tr("Not sent: no secret for %1 in the keychain (%2); give it with %3")
                                    .arg(key, message, token ? u"--token-file"_s : u"--password-file"_s));
                    processQueue();
                    return;
                }
                m_secretFor = command;
                m_err << (token ? tr("Access token for %1 (not shown): ") : tr("Password for %1 (not shown): "))
                             .arg(command.user);
                m_err.flush();
                m_input->setEcho(false);
            }, Qt::SingleShotConnection);
    credentials().readPassword(key);
}

void InteractiveCommand::signInWith(const ConsoleCommand &command, const QString &secret)
{
    if (secret.isEmpty()) {
        printNotice(tr("Not sent: the secret is empty"));
        processQueue();
        return;
    }
    m_session->signIn(command.mechanism, command.user, secret);
    processQueue();
}

void InteractiveCommand::sendFile(const QString &path)
{
    QString error;
    const auto text = CliOptions::readTextFile(path, FieldChecks::MaxBodyOctets, &error);
    if (!text) {
        printNotice(tr("Not sent: /data: %1").arg(error));
        return;
    }
    m_session->sendData(text->toUtf8());
}

void InteractiveCommand::printTls(const TlsInfo &tls)
{
    const CertificateInfo leaf = tls.peerCertificates.value(0);
    m_printer.printLine(tr("TLS: %1, %2").arg(tls.protocol, tls.cipher));
    m_printer.printLine(tr("  certificate subject: %1").arg(leaf.subject));
    m_printer.printLine(tr("  issuer: %1").arg(leaf.issuer));
    if (tls.verified()) {
        m_printer.printLine(tr("  verification: the certificate is valid and trusted for this name"));
        return;
    }
    m_printer.printLine(tr("  verification: FAILED (the session goes on; /auth will not send a secret over it)"));
    for (const TlsErrorInfo &error : tls.errors)
        m_printer.printLine(u"    - "_s + (error.title.isEmpty() ? error.text : error.title + u": "_s + error.text));
}

void InteractiveCommand::printNotice(const QString &text)
{
    m_err << SafeText::visible(text) << '\n';
    m_err.flush();
}

void InteractiveCommand::prompt()
{
    if (m_input->isTerminal() && !m_options.json) {
        m_err << (m_session->state() == ConsoleSession::State::Message ? "... " : "smtp> ");
        m_err.flush();
    }
}

void InteractiveCommand::finish()
{
    m_input->pause();
    const TestResult &result = m_session->result();
    // A session that reached the server went as typed, whatever it answered; only not
    // getting there (DNS, the connection, implicit TLS) is a failure of the run.
    const bool reached = !result.attempts.isEmpty() && !result.attempts.constLast().replies.isEmpty();
    int code = reached ? 0 : Verdict::exitCode(result.verdict.outcome);
    if (!reached && code == 0)
        code = Verdict::exitCode(Verdict::Outcome::Unreachable);
    ReportWriter::Options reportOptions;
    reportOptions.anonymise = m_options.anonymise;
    for (const QString &path : std::as_const(m_options.reports)) {
        const ReportWriter::SaveResult saved = ReportWriter::save(result, path, reportOptions);
        if (!saved.ok) {
            m_err << saved.error << '\n';
            code = code == 0 ? exitUsage : code;
        } else {
            m_err << tr("Report saved: %1").arg(path) << '\n';
        }
    }
    if (m_options.json)
        m_out << QString::fromUtf8(ResultJson::toJsonBytes(result, true));
    else
        m_printer.printVerdict(result);
    m_out.flush();
    m_err.flush();
    Q_EMIT exitRequested(code);
}
