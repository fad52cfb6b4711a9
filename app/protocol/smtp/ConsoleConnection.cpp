// The socket side of a typed conversation. Like SmtpSession, but the lines come from a
// person one at a time: no dialogue decides what follows a reply.
#include "protocol/smtp/ConsoleConnection.h"

#include "protocol/smtp/TlsInspector.h"

using Model::Problem;
using Model::Stage;
using Loss = LossReading::Loss;
using Phase = LossReading::Phase;

ConsoleConnection::ConsoleConnection(const TestPlan &plan, const Route &route, const QElapsedTimer &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_target(route)
    , m_recorder(clock, [this](int index) { Q_EMIT entryAdded(index); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleConnection::handleTimeout);
    m_recorder.attempt().route = route;
}

ConsoleConnection::~ConsoleConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void ConsoleConnection::start()
{
    m_recorder.begin();
    m_recorder.setStage(Stage::Connect);
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_plan.caFile.isEmpty())
        config.addCaCertificates(m_plan.caFile, QSsl::Pem);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_target.host);
    connect(m_socket, &QSslSocket::connected, this, &ConsoleConnection::handleConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConsoleConnection::handleEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ConsoleConnection::handleReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ConsoleConnection::handleSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &ConsoleConnection::handleSslErrors);

    const QString address = m_target.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_target.address.toString())
        : m_target.address.toString();
    m_recorder.event(tr("Connecting to %1 (%2:%3)").arg(m_target.host, address).arg(m_target.port));
    m_timer.start(m_plan.timeouts.connect);
    if (m_plan.security == TestPlan::Security::Tls) {
        m_handshaking = true;
        m_socket->connectToHostEncrypted(m_target.address.toString(), m_target.port, m_target.host);
    } else {
        m_socket->connectToHost(m_target.address, m_target.port);
    }
}

void ConsoleConnection::handleConnected()
{
    m_connected = true;
    m_resetDetector.watch(m_socket->socketDescriptor());
    m_recorder.event(tr("Connected"));
    if (m_handshaking) {
        m_recorder.setStage(Stage::Tls);
        m_timer.start(m_plan.timeouts.tls);
        return;
    }
    m_recorder.setStage(Stage::Greeting);
    m_replyDue = true;
    m_timer.start(m_plan.timeouts.greeting);
}

void ConsoleConnection::sendLine(const QByteArray &line, const QString &shownAs, Stage stage)
{
    if (!isConnected())
        return;
    // The console checks what was typed; nothing that splits a command reaches the wire.
    QByteArray wire = line;
    wire.replace('\r', ' ').replace('\n', ' ');
    m_recorder.setStage(stage);
    m_lastStage = stage;
    m_recorder.client(shownAs.isEmpty() ? QString::fromUtf8(wire) : shownAs, stage);
    m_quitting = stage == Stage::Quit && wire.trimmed().compare("QUIT", Qt::CaseInsensitive) == 0;
    m_replyDue = true;
    m_timer.start(m_plan.timeouts.forStage(stage));
    m_socket->write(wire + "\r\n");
}

void ConsoleConnection::sendMessage(const QByteArray &wire)
{
    if (!isConnected())
        return;
    m_recorder.setStage(Stage::Message);
    m_lastStage = Stage::Message;
    m_recorder.message(wire);
    m_replyDue = true;
    // The writing and the reply to the final "." share one limit here: a typed session
    // sends test messages, not large files.
    m_timer.start(m_plan.timeouts.dataBlock + m_plan.timeouts.dataTerm);
    m_socket->write(wire);
}

void ConsoleConnection::sendMessageLine(const QByteArray &line)
{
    if (!isConnected())
        return;
    QByteArray wire = line;
    wire.replace('\r', ' ').replace('\n', ' ');
    m_recorder.setStage(Stage::Message);
    m_recorder.client(QString::fromUtf8(wire), Stage::Message);
    m_socket->write(wire + "\r\n");
}

void ConsoleConnection::startTls()
{
    if (!isConnected() || isEncrypted())
        return;
    // RFC 3207 §4.2: what came after the 220 answers nothing and may have been injected.
    if (m_reader.bufferedBytes() > 0)
        m_recorder.event(tr("Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it "
                            "answers nothing and may have been injected on the way (RFC 3207 §4.2)"));
    m_reader.reset();
    m_sslErrors.clear();
    m_replyDue = false;
    m_handshaking = true;
    m_timer.start(m_plan.timeouts.tls);
    m_socket->startClientEncryption();
}

void ConsoleConnection::handleSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        if (!m_sslErrors.contains(error))
            m_sslErrors.append(error);
    }
    // An expert tool, like openssl s_client: the session goes on and the certificate's
    // errors are recorded and shown; ConsoleSession refuses to send a secret over it.
    m_socket->ignoreSslErrors();
}

void ConsoleConnection::recordTls()
{
    TlsInfo info = m_socket->isEncrypted() ? TlsInspector::inspect(*m_socket) : TlsInfo();
    if (info.peerCertificates.isEmpty())
        info.peerCertificates = TlsInspector::describeChain(m_socket->peerCertificateChain());
    info.errors = TlsInspector::describeErrors(m_sslErrors, m_socket->peerCertificateChain());
    info.implicit = m_plan.security == TestPlan::Security::Tls;
    info.established = m_socket->isEncrypted();
    info.continuedDespiteErrors = !info.errors.isEmpty() && info.established;
    m_recorder.attempt().tls = info;
}

void ConsoleConnection::handleEncrypted()
{
    m_handshaking = false;
    m_timer.stop();
    recordTls();
    const TlsInfo &tls = *m_recorder.attempt().tls;
    m_recorder.event(tr("TLS established: %1, %2").arg(tls.protocol, tls.cipher));
    // RFC 3207 §4.2: what the server said before is forgotten; EHLO again.
    m_recorder.attempt().capabilities = Capabilities();
    if (tls.implicit) {
        m_recorder.setStage(Stage::Greeting);
        m_replyDue = true;
        m_timer.start(m_plan.timeouts.greeting);
    }
    Q_EMIT tlsFinished(true);
    if (!m_closed && m_socket->bytesAvailable() > 0)
        handleReadyRead();
}

void ConsoleConnection::handleReadyRead()
{
    if (m_closed)
        return;
    m_reader.append(m_socket->readAll());
    while (!m_closed) {
        const std::optional<QString> line = m_reader.takeLine();
        if (!line)
            break;
        const std::optional<SmtpReply> reply = m_reader.takeReply();
        const bool due = m_replyDue;
        m_recorder.serverLine(*line, reply, reply && !due);
        if (!reply)
            continue;
        const int index = int(m_recorder.attempt().replies.size()) - 1;
        if (!due) {
            m_recorder.finding(Problem::UnsolicitedReply, tr("The server sent a reply no command asked for"));
            continue;
        }
        m_replyDue = false;
        m_timer.stop();
        Q_EMIT replyReceived(index);
    }
    if (m_closed || m_reader.error() == ReplyReader::Error::None)
        return;
    const bool malformed = m_reader.error() == ReplyReader::Error::Malformed;
    end({false, {}, malformed ? Problem::MalformedReply : Problem::ReplyTooLong,
         malformed ? tr("The server sent a line that is not an SMTP reply")
                   : tr("The server sent a reply longer than this program reads")});
}

LossReading::Phase ConsoleConnection::phase() const
{
    if (!m_connected)
        return Phase::Connecting;
    if (m_handshaking)
        return Phase::Handshaking;
    if (m_quitting)
        return Phase::Quitting;
    const QList<ReplyRecord> &replies = m_recorder.attempt().replies;
    if (!replies.isEmpty() && replies.constLast().reply.code == 421)
        return Phase::ServerClosing;
    return replies.isEmpty() ? Phase::Greeting : Phase::Talking;
}

void ConsoleConnection::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_closed)
        return;
    const QString text = m_socket->errorString();
    Loss loss = Loss::Other;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        loss = m_resetDetector.wasReset() ? Loss::ResetByServer : Loss::ClosedByServer;
        break;
    case QAbstractSocket::ConnectionRefusedError: loss = Loss::Refused; break;
    case QAbstractSocket::HostNotFoundError: loss = Loss::HostNotFound; break;
    case QAbstractSocket::NetworkError: loss = Loss::NetworkError; break;
    case QAbstractSocket::SslHandshakeFailedError:
        recordTls();
        loss = Loss::TlsHandshake;
        break;
    case QAbstractSocket::SocketTimeoutError:
        handleTimeout();
        return;
    default: break;
    }
    const bool wasHandshaking = m_handshaking;
    end(LossReading::ofLoss(loss, phase(), text, !m_sslErrors.isEmpty()));
    if (wasHandshaking)
        Q_EMIT tlsFinished(false);
}

void ConsoleConnection::handleTimeout()
{
    if (m_closed)
        return;
    const auto limit = m_timer.intervalAsDuration();
    end(LossReading::ofTimeout(phase(), double(limit.count()) / 1000.0));
}

void ConsoleConnection::end(const LossReading::Ending &ending)
{
    if (ending.orderly) {
        if (!ending.event.isEmpty())
            m_recorder.event(ending.event);
    } else {
        m_recorder.fatal(ending.problem, ending.text);
    }
    close();
}

bool ConsoleConnection::isConnected() const
{
    return m_socket && !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ConsoleConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void ConsoleConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_replyDue = false;
    m_handshaking = false;
    m_recorder.finish();
    if (m_socket) {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_recorder.event(tr("Connection closed"));
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_resetDetector.release();
    Q_EMIT closed();
}
