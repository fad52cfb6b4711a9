// The socket side of SmtpSession: connecting, TLS, reading, timers and ending.
// The command-by-command dialogue lives in SmtpSessionDialogue.cpp.
#include "protocol/smtp/SmtpSession.h"

#include "protocol/smtp/CommandBuilder.h"
#include "protocol/smtp/TlsInspector.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSmtp, "smtpwizard.smtp")

using namespace std::chrono;
using Model::Stage;
using Model::Problem;

SmtpSession::SmtpSession(const TestPlan &plan, const Target &target, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_plan(plan), m_target(target), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::handleTimeout);
    m_attempt.host = target.host;
    m_attempt.address = target.address;
    m_attempt.port = target.port;
    m_attempt.mxPreference = target.preference;
    for (const QString &rcpt : plan.rcptTo)
        m_attempt.recipients.append(RecipientResult{rcpt, std::nullopt});
}

SmtpSession::~SmtpSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void SmtpSession::start()
{
    m_attempt.startMs = now();
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(sslConfiguration());
    m_socket->setPeerVerifyName(m_target.host);
    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::handleConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::handleEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::handleReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::handleSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::handleSslErrors);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::handleBytesWritten);

    setStage(Stage::Connect);
    const QString where = m_target.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(m_target.address.toString()).arg(m_target.port)
        : QStringLiteral("%1:%2").arg(m_target.address.toString()).arg(m_target.port);
    addEvent(m_plan.security == TestPlan::Security::Tls
                 ? tr("Connecting to %1 (%2) with TLS from the start").arg(m_target.host, where)
                 : tr("Connecting to %1 (%2)").arg(m_target.host, where));
    m_step = Step::Connecting;
    armTimer(m_plan.timeouts.connect);
    if (m_plan.security == TestPlan::Security::Tls)
        m_socket->connectToHostEncrypted(m_target.address.toString(), m_target.port, m_target.host);
    else
        m_socket->connectToHost(m_target.address, m_target.port);
}

void SmtpSession::cancel()
{
    if (m_finished)
        return;
    addEvent(tr("Cancelled by the user"), Problem::Cancelled);
    m_attempt.outcome = Attempt::Outcome::Cancelled;
    m_attempt.fatalProblem = Problem::Cancelled;
    finish();
}

QSslConfiguration SmtpSession::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_plan.caFile.isEmpty())
        config.addCaCertificates(m_plan.caFile, QSsl::Pem);
    return config;
}

bool SmtpSession::tlsErrorsAcceptable() const
{
    // Opportunistic STARTTLS is how mail servers deliver: an untrusted certificate is
    // worth reporting but does not stop delivery. Strict modes stop unless told not to.
    return m_plan.security == TestPlan::Security::StartTls || m_plan.tlsInsecure;
}

void SmtpSession::handleConnected()
{
    // RFC 5321 §4.1.4: without a fully-qualified name, the address literal of the
    // address this connection leaves from.
    m_ehloName = m_plan.ehloName;
    if (m_ehloName.isEmpty()) {
        QHostAddress local = m_socket->localAddress();
        bool mapped = false;
        const QHostAddress v4(local.toIPv4Address(&mapped));
        if (mapped)
            local = v4;
        m_ehloName = local.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[IPv6:%1]").arg(local.toString())
            : QStringLiteral("[%1]").arg(local.toString());
    }
    addEvent(tr("Connected after %n ms", nullptr, int(now() - m_attempt.startMs)));
    if (m_plan.security == TestPlan::Security::Tls) {
        setStage(Stage::StartTls);
        m_step = Step::ImplicitHandshake;
        armTimer(m_plan.timeouts.tls);
        return;
    }
    setStage(Stage::Greeting);
    m_step = Step::Greeting;
    armTimer(m_plan.timeouts.greeting);
}

void SmtpSession::handleSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        if (!m_sslErrors.contains(error))
            m_sslErrors.append(error);
    }
    recordTls();
    if (tlsErrorsAcceptable())
        m_socket->ignoreSslErrors();
}

void SmtpSession::recordTls()
{
    TlsInfo info = m_socket->isEncrypted() ? TlsInspector::inspect(*m_socket) : TlsInfo();
    if (info.peerCertificates.isEmpty())
        info.peerCertificates = TlsInspector::describeChain(m_socket->peerCertificateChain());
    info.errors = TlsInspector::describeErrors(m_sslErrors, m_socket->peerCertificateChain());
    info.implicit = m_plan.security == TestPlan::Security::Tls;
    info.continuedDespiteErrors = !info.errors.isEmpty() && tlsErrorsAcceptable();
    m_attempt.tls = info;
}

void SmtpSession::handleEncrypted()
{
    recordTls();
    const TlsInfo &tls = *m_attempt.tls;
    addEvent(tr("TLS established: %1, %2 (%3 bits)").arg(tls.protocol, tls.cipher).arg(tls.cipherBits));
    for (const TlsErrorInfo &error : tls.errors) {
        addFinding(Problem::TlsCertificateInvalid,
                   m_plan.tlsInsecure && m_plan.security != TestPlan::Security::StartTls
                       ? tr("%1 (ignored because of --tls-insecure)").arg(error.text)
                       : tr("%1 (accepted, as mail servers do with opportunistic STARTTLS)").arg(error.text));
    }
    Q_EMIT tlsEstablished(tls);
    if (m_step == Step::ImplicitHandshake) {
        setStage(Stage::Greeting);
        m_step = Step::Greeting;
        armTimer(m_plan.timeouts.greeting);
        // The greeting may already be buffered behind the handshake.
        if (m_socket->bytesAvailable() > 0)
            handleReadyRead();
    } else if (m_step == Step::StartTlsHandshake) {
        setStage(Stage::Ehlo);
        send(CommandBuilder::ehlo(m_ehloName), Step::Ehlo);
    }
}

void SmtpSession::handleReadyRead()
{
    if (m_finished)
        return;
    m_reader.append(m_socket->readAll());
    while (!m_finished) {
        const std::optional<QString> line = m_reader.takeLine();
        if (!line)
            break;
        const std::optional<SmtpReply> reply = m_reader.takeReply();
        TranscriptEntry entry;
        entry.ms = now();
        entry.direction = TranscriptEntry::Direction::Server;
        entry.text = *line;
        entry.stage = m_stage;
        entry.replyIndex = int(m_attempt.replies.size());
        if (reply) {
            // The record and its last line are complete before anyone hears of them:
            // the run explains the record when entryAdded arrives.
            entry.lastLineOfReply = true;
            m_attempt.replies.append(ReplyRecord{*reply, m_stage, {}});
            record(entry);
            handleReply(*reply);
        } else {
            // A line of a reply still in progress, or the malformed line that broke it:
            // shown either way, so the user sees what the server actually sent.
            record(entry);
        }
    }
    if (m_finished)
        return;
    switch (m_reader.error()) {
    case ReplyReader::Error::None:
        break;
    case ReplyReader::Error::Malformed:
        fail(Problem::MalformedReply, tr("The server sent a line that is not an SMTP reply"));
        break;
    case ReplyReader::Error::LineTooLong:
        fail(Problem::ReplyTooLong, tr("The server sent a line longer than %n bytes", nullptr,
                                       int(ReplyReader::defaultMaxLineLength)));
        break;
    case ReplyReader::Error::TooManyLines:
        fail(Problem::ReplyTooLong, tr("The server sent a reply of more than %n lines", nullptr,
                                       ReplyReader::defaultMaxLines));
        break;
    }
}

void SmtpSession::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    const QString text = m_socket->errorString();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_step == Step::Quit || m_serverClosing) {
            addEvent(tr("Connection closed by the server"));
            finish();
            return;
        }
        fail(Problem::ConnectionClosed, text);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(Problem::ConnectionRefused, text);
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Problem::DnsNoAddress, text);
        return;
    case QAbstractSocket::NetworkError:
        // Qt reports both EHOSTUNREACH and ENETUNREACH as NetworkError; its text differs.
        if (text == QCoreApplication::translate("QNativeSocketEngine", "Network unreachable"))
            fail(Problem::NetworkUnreachable, text);
        else if (m_step == Step::Connecting)
            fail(Problem::HostUnreachable, text);
        else
            fail(Problem::ConnectionReset, text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        recordTls();
        fail(m_sslErrors.isEmpty() ? Problem::TlsHandshakeFailed : Problem::TlsCertificateInvalid, text);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(Problem::ReplyTimeout, text);
        return;
    default:
        fail(m_step == Step::Connecting ? Problem::HostUnreachable : Problem::ConnectionReset, text);
        return;
    }
}

void SmtpSession::handleBytesWritten()
{
    // The message has left our buffers: now the server has dataTerm to answer the ".".
    if (m_step == Step::Message && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0)
        armTimer(m_plan.timeouts.dataTerm);
}

void SmtpSession::handleTimeout()
{
    if (m_finished)
        return;
    if (m_serverClosing) { // a 421 was answered and the server did not hang up: we do
        finish();
        return;
    }
    const auto seconds = duration_cast<duration<double>>(m_plan.timeouts.forStage(m_stage)).count();
    switch (m_step) {
    case Step::Connecting:
        fail(Problem::ConnectTimeout, tr("No connection after %1 s").arg(seconds, 0, 'g', 3));
        return;
    case Step::Greeting:
        fail(Problem::NoGreeting, tr("Connected, but no greeting after %1 s").arg(seconds, 0, 'g', 3));
        return;
    case Step::Quit:
        addEvent(tr("No reply to QUIT; closing the connection"));
        finish();
        return;
    default:
        fail(Problem::ReplyTimeout, tr("No reply after %1 s").arg(seconds, 0, 'g', 3));
        return;
    }
}

void SmtpSession::send(const QByteArray &command, Step next, const QString &shownAs)
{
    // Plans are validated, but nothing that could split a command may reach the wire.
    Q_ASSERT(!command.contains('\r') && !command.contains('\n'));
    QByteArray line = command;
    line.replace('\r', ' ').replace('\n', ' ');
    TranscriptEntry entry;
    entry.ms = now();
    entry.direction = TranscriptEntry::Direction::Client;
    entry.text = shownAs.isEmpty() ? QString::fromUtf8(line) : shownAs;
    entry.stage = m_stage;
    record(entry);
    m_step = next;
    armTimer(m_plan.timeouts.forStage(m_stage));
    m_socket->write(line + "\r\n");
}

void SmtpSession::setStage(Stage stage)
{
    if (!m_attempt.timings.isEmpty() && m_attempt.timings.constLast().stage == stage)
        return;
    const qint64 t = now();
    if (!m_attempt.timings.isEmpty())
        m_attempt.timings.last().durationMs = t - m_attempt.timings.constLast().startMs;
    m_attempt.timings.append(StageTiming{stage, t, 0});
    m_stage = stage;
    if (!m_stageFrozen)
        m_attempt.stage = stage;
    Q_EMIT stageChanged(stage);
}

void SmtpSession::armTimer(milliseconds timeout)
{
    m_timer.start(timeout);
}

void SmtpSession::record(const TranscriptEntry &entry)
{
    m_attempt.transcript.append(entry);
    Q_EMIT entryAdded(int(m_attempt.transcript.size()) - 1);
}

void SmtpSession::addEvent(const QString &text, std::optional<Problem> problem, int findingIndex)
{
    TranscriptEntry entry;
    entry.ms = now();
    entry.direction = TranscriptEntry::Direction::Event;
    entry.text = text;
    entry.stage = m_stage;
    entry.problem = problem;
    entry.findingIndex = findingIndex;
    record(entry);
}

void SmtpSession::addFinding(Problem problem, const QString &detail)
{
    m_attempt.findings.append(Finding{problem, m_stage, detail, false, {}});
    addEvent(detail, problem, int(m_attempt.findings.size()) - 1);
}

void SmtpSession::fail(Problem problem, const QString &errorText)
{
    if (m_finished)
        return;
    qCDebug(lcSmtp) << "attempt failed" << problem << "at" << m_stage << errorText;
    m_stageFrozen = true;
    m_attempt.outcome = Attempt::Outcome::Failed;
    m_attempt.fatalProblem = problem;
    m_attempt.errorText = errorText;
    m_attempt.findings.append(Finding{problem, m_stage, errorText, true, {}});
    addEvent(errorText, problem, int(m_attempt.findings.size()) - 1);
    // A broken conversation is not worth a polite QUIT; a missing capability is.
    const bool canQuit = m_socket->state() == QAbstractSocket::ConnectedState
        && (problem == Problem::StartTlsNotOffered || problem == Problem::StartTlsRejected
            || problem == Problem::AuthNotOffered || problem == Problem::AuthMechanismNotSupported
            || problem == Problem::PlaintextAuthRefused || problem == Problem::MessageTooLarge
            || problem == Problem::SmtpUtf8NotAdvertised);
    if (canQuit)
        quit();
    else
        finish();
}

void SmtpSession::endWithReply(const SmtpReply &reply, int replyIndex)
{
    m_stageFrozen = true;
    m_attempt.finalReply = reply;
    m_attempt.finalReplyIndex = replyIndex >= 0 ? replyIndex : int(m_attempt.replies.size()) - 1;
    m_attempt.outcome = reply.isTransient() ? Attempt::Outcome::Deferred : Attempt::Outcome::Rejected;
    if (reply.code == 421) {
        m_serverClosing = true; // RFC 5321 §3.8: the server closes; do not send anything
        armTimer(m_plan.timeouts.command);
        return;
    }
    quit();
}

void SmtpSession::quit()
{
    m_stageFrozen = true; // the attempt is decided where it stood, not at QUIT
    if (m_transactionOpen) {
        m_transactionOpen = false;
        setStage(Stage::Quit);
        send("RSET", Step::Rset);
        return;
    }
    setStage(Stage::Quit);
    send("QUIT", Step::Quit);
}

void SmtpSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    m_timer.stop();
    const qint64 t = now();
    if (!m_attempt.timings.isEmpty())
        m_attempt.timings.last().durationMs = t - m_attempt.timings.constLast().startMs;
    m_attempt.durationMs = t - m_attempt.startMs;
    if (m_socket) {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            addEvent(tr("Connection closed"));
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}
