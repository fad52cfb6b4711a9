// The socket side of a conversation: connecting, TLS, reading, one timer per step.
// What to send and how an attempt ends is SmtpDialogue's.
#include "protocol/smtp/SmtpSession.h"

#include "protocol/smtp/TlsInspector.h"

#include <QCoreApplication>

using namespace std::chrono;
using Model::Problem;
using Loss = SmtpDialogue::Loss;

SmtpSession::SmtpSession(const TestPlan &plan, const Route &target, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_target(target)
    , m_recorder(clock, [this](int index) { Q_EMIT entryAdded(index); },
                 [this](Model::Stage stage) { Q_EMIT stageChanged(stage); })
    , m_dialogue(plan, m_recorder, *this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_dialogue.timedOut(); });
    m_recorder.attempt().route = target;
}

SmtpSession::~SmtpSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void SmtpSession::start()
{
    m_recorder.begin();
    // A plain-text-only run gets a QTcpSocket: a QSslSocket loads the TLS backend (OpenSSL
    // and its plugin, ~4 MiB) at construction even if it never encrypts.
    if (m_plan.security == TestPlan::Security::None) {
        m_socket = new QTcpSocket(this);
    } else {
        m_tls = new QSslSocket(this);
        m_tls->setSslConfiguration(sslConfiguration());
        m_tls->setPeerVerifyName(m_target.host);
        connect(m_tls, &QSslSocket::encrypted, this, &SmtpSession::handleEncrypted);
        connect(m_tls, &QSslSocket::sslErrors, this, &SmtpSession::handleSslErrors);
        m_socket = m_tls;
    }
    connect(m_socket, &QTcpSocket::connected, this, &SmtpSession::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpSession::handleReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SmtpSession::handleSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SmtpSession::handleBytesWritten);

    const QString where = m_target.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(m_target.address.toString()).arg(m_target.port)
        : QStringLiteral("%1:%2").arg(m_target.address.toString()).arg(m_target.port);
    m_dialogue.start(m_target.host, where);
    if (m_plan.security == TestPlan::Security::Tls)
        m_tls->connectToHostEncrypted(m_target.address.toString(), m_target.port, m_target.host);
    else
        m_socket->connectToHost(m_target.address, m_target.port);
}

void SmtpSession::cancel()
{
    m_dialogue.cancel();
}

QSslConfiguration SmtpSession::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_plan.caFile.isEmpty())
        config.addCaCertificates(m_plan.caFile, QSsl::Pem);
    return config;
}

QString SmtpSession::ehloName() const
{
    // RFC 5321 §4.1.4: without a fully-qualified name, the address literal of the
    // address this connection leaves from.
    if (!m_plan.ehloName.isEmpty())
        return m_plan.ehloName;
    QHostAddress local = m_socket->localAddress();
    bool mapped = false;
    const QHostAddress v4(local.toIPv4Address(&mapped));
    if (mapped)
        local = v4;
    return local.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[IPv6:%1]").arg(local.toString())
                                                             : QStringLiteral("[%1]").arg(local.toString());
}

void SmtpSession::handleConnected()
{
    m_resetDetector.watch(m_socket->socketDescriptor());
    m_dialogue.connected(ehloName());
}

void SmtpSession::handleSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        if (!m_sslErrors.contains(error))
            m_sslErrors.append(error);
    }
    recordTls();
    if (m_dialogue.tlsErrorsAcceptable())
        m_tls->ignoreSslErrors();
}

void SmtpSession::recordTls()
{
    TlsInfo info = m_tls->isEncrypted() ? TlsInspector::inspect(*m_tls) : TlsInfo();
    if (info.peerCertificates.isEmpty())
        info.peerCertificates = TlsInspector::describeChain(m_tls->peerCertificateChain());
    info.errors = TlsInspector::describeErrors(m_sslErrors, m_tls->peerCertificateChain());
    info.implicit = m_plan.security == TestPlan::Security::Tls;
    info.established = m_tls->isEncrypted();
    info.continuedDespiteErrors = !info.errors.isEmpty() && m_dialogue.tlsErrorsAcceptable();
    m_recorder.attempt().tls = info;
}

void SmtpSession::handleEncrypted()
{
    recordTls();
    // The handshake's last record (the client's Finished) is still on its way out: a
    // command written now leaves in the same segment, and Postfix, which reads that
    // segment whole into OpenSSL, then waits on a socket with nothing more to read
    // (40 ms, until an ACK wakes it) before it answers the EHLO. Send it once the
    // Finished has gone: after the socket's pending write, on the next pass of the loop.
    m_encryptedPending = true;
    QTimer::singleShot(0, this, [this] {
        m_encryptedPending = false;
        if (m_finished)
            return;
        const TlsInfo tls = *m_recorder.attempt().tls;
        m_dialogue.encrypted(tls);
        Q_EMIT tlsEstablished(tls);
        // The greeting may already be buffered behind the handshake.
        if (!m_finished && m_socket->bytesAvailable() > 0)
            handleReadyRead();
    });
}

void SmtpSession::handleReadyRead()
{
    // What arrives before the dialogue knows the handshake is done waits in the socket;
    // handleEncrypted reads it then.
    if (m_finished || m_encryptedPending)
        return;
    m_reader.append(m_socket->readAll());
    // Everything in this read arrived before anything the dialogue sends while handling
    // it: only one reply can be the answer to what was asked; any further complete reply
    // came before its command and shifts nothing (RFC 5321 §4.3.1, no PIPELINING here).
    bool due = m_replyDue;
    while (!m_finished) {
        const std::optional<QString> line = m_reader.takeLine();
        if (!line)
            break;
        const std::optional<SmtpReply> reply = m_reader.takeReply();
        // A line of a reply still in progress, or the malformed line that broke it, is
        // shown either way, so the user sees what the server actually sent.
        m_recorder.serverLine(*line, reply, reply && !due);
        if (!reply)
            continue;
        if (due) {
            due = false;
            m_replyDue = false;
            m_dialogue.reply(*reply);
        } else {
            m_dialogue.unsolicited(*reply);
        }
    }
    if (m_finished)
        return;
    switch (m_reader.error()) {
    case ReplyReader::Error::None:
        break;
    case ReplyReader::Error::Malformed:
        m_dialogue.fail(Problem::MalformedReply, tr("The server sent a line that is not an SMTP reply"));
        break;
    case ReplyReader::Error::LineTooLong:
        m_dialogue.fail(Problem::ReplyTooLong, tr("The server sent a line longer than %n bytes", nullptr,
                                                        int(ReplyReader::defaultMaxLineLength)));
        break;
    case ReplyReader::Error::ReplyTooLarge:
        m_dialogue.fail(Problem::ReplyTooLong, tr("The server sent a reply longer than %1 bytes")
                                                   .arg(ReplyReader::defaultMaxReplyBytes));
        break;
    case ReplyReader::Error::TooManyLines:
        m_dialogue.fail(Problem::ReplyTooLong, tr("The server sent a reply of more than %n lines", nullptr,
                                                        ReplyReader::defaultMaxLines));
        break;
    }
}

void SmtpSession::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        // Qt's words are the same for both; a reset is not an orderly close.
        if (m_resetDetector.wasReset())
            m_dialogue.lost(Loss::ResetByServer, tr("The server reset the connection (TCP RST)"), false);
        else
            m_dialogue.lost(Loss::ClosedByServer, text, false);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        m_dialogue.lost(Loss::Refused, text, false);
        return;
    case QAbstractSocket::HostNotFoundError:
        m_dialogue.lost(Loss::HostNotFound, text, false);
        return;
    case QAbstractSocket::NetworkError:
        // Qt reports both EHOSTUNREACH and ENETUNREACH as NetworkError; its text differs.
        m_dialogue.lost(text == QCoreApplication::translate("QNativeSocketEngine", "Network unreachable")
                            ? Loss::NetworkUnreachable
                            : Loss::NetworkError,
                        text, false);
        return;
    case QAbstractSocket::SslHandshakeFailedError: {
        recordTls();
        // The TLS library's words ("error:0A000086:SSL routines::...") tell a help desk
        // nothing; each certificate error has a sentence of its own.
        QStringList reasons;
        for (const QSslError &sslError : std::as_const(m_sslErrors))
            reasons << sslError.errorString();
        reasons.removeDuplicates();
        m_dialogue.lost(Loss::TlsHandshake,
                        reasons.isEmpty() ? text : tr("The certificate is not trusted: %1").arg(reasons.join(QStringLiteral("; "))),
                        !m_sslErrors.isEmpty());
        return;
    }
    case QAbstractSocket::SocketTimeoutError:
        m_dialogue.timedOut();
        return;
    default:
        m_dialogue.lost(Loss::Other, text, false);
        return;
    }
}

void SmtpSession::handleBytesWritten()
{
    // The message has left our buffers: now the server has its time to answer the ".".
    if (m_writingMessage && m_socket->bytesToWrite() == 0 && (!m_tls || m_tls->encryptedBytesToWrite() == 0)) {
        m_writingMessage = false;
        m_timer.start(m_replyTimeout);
    }
}

void SmtpSession::sendLine(const QByteArray &line, const QString &, milliseconds timeout)
{
    m_replyDue = true;
    m_timer.start(timeout);
    m_socket->write(line + "\r\n");
}

void SmtpSession::sendMessage(const QByteArray &wire, milliseconds writeTimeout, milliseconds replyTimeout)
{
    m_writingMessage = true;
    m_replyDue = true;
    m_replyTimeout = replyTimeout;
    m_timer.start(writeTimeout);
    m_socket->write(wire);
}

void SmtpSession::startTls(milliseconds timeout)
{
    m_timer.start(timeout);
    // RFC 3207 §4.2: everything learnt before TLS is forgotten, and nothing is due until
    // EHLO is sent again over TLS. Text behind the 220 answers nothing and may have been
    // injected on the way: it is dropped unread, and the user hears of it.
    if (m_reader.bufferedBytes() > 0)
        m_recorder.event(tr("Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it "
                            "answers nothing and may have been injected on the way (RFC 3207 §4.2)"));
    m_replyDue = false;
    m_reader.reset();
    Q_ASSERT(m_tls); // the dialogue never upgrades a plain-text-only run
    if (m_tls)
        m_tls->startClientEncryption();
}

void SmtpSession::expectGreeting(milliseconds timeout)
{
    m_replyDue = true;
    m_timer.start(timeout);
}

void SmtpSession::wait(milliseconds timeout)
{
    m_timer.start(timeout);
}

bool SmtpSession::isEncrypted() const
{
    return m_tls && m_tls->isEncrypted();
}

bool SmtpSession::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SmtpSession::close()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_recorder.finish();
    if (m_socket) {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_recorder.event(tr("Connection closed"));
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_resetDetector.release(); // the socket closes only when its last descriptor does
    Q_EMIT finished();
}
