#include "HostileServer.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <sys/socket.h>

namespace {
// Repeat keeps at most this much queued in the socket, so a 100 MB flood costs the test
// process a few megabytes, and the flood goes only as fast as the client reads.
constexpr qint64 queueLimit = 1 << 20;
} // namespace

HostileServer::HostileServer(QList<Step> script, QObject *parent)
    : QTcpServer(parent), m_script(std::move(script))
{
    m_drip.setInterval(1000);
    connect(&m_drip, &QTimer::timeout, this, [this] {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_pending.isEmpty()) {
            m_drip.stop();
            m_busy = false;
            runSteps();
            return;
        }
        m_socket->write(m_pending.left(1));
        m_pending.remove(0, 1);
    });
}

HostileServer::~HostileServer()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HostileServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool HostileServer::listen()
{
    return QTcpServer::listen(QHostAddress::LocalHost, 0);
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || m_socket) {
        socket->abort(); // one client: the runner's
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    // Every write its own segment at once, so "the same packet" and "a reset right after"
    // mean what they say.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_certificate.isNull()) {
        QSslConfiguration config = m_socket->sslConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(config);
    }
    connect(m_socket, &QSslSocket::readyRead, this, &HostileServer::read);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this](qint64 written) {
        m_sent += written;
        if (m_repeatLeft != 0)
            repeat();
    });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this](qint64 written) { m_sent += written; });
    runSteps();
}

void HostileServer::read()
{
    m_buffer += m_socket->readAll();
    if (m_next < m_script.size() && m_script.at(m_next).anyBytes && !m_buffer.isEmpty() && !m_busy) {
        // A TLS ClientHello or message text: read, not parsed.
        m_buffer.clear();
        perform(m_script.at(m_next++));
        runSteps();
        return;
    }
    qsizetype end;
    while (m_socket && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        m_received.append(line);
        if (m_inMessage) {
            m_inMessage = line != ".";
            if (m_inMessage)
                continue;
        }
        if (m_next >= m_script.size() || m_busy)
            continue;
        const Step &step = m_script.at(m_next);
        if (step.anyBytes || step.expect.isEmpty() || !line.toUpper().startsWith(step.expect.toUpper()))
            continue;
        ++m_next;
        m_inMessage = line.toUpper() == "DATA" && step.send.startsWith("354");
        perform(step);
        runSteps();
    }
}

// Steps without a trigger follow at once, unless a Drip or Repeat is still writing.
void HostileServer::runSteps()
{
    while (m_socket && !m_busy && m_next < m_script.size() && !m_script.at(m_next).anyBytes
           && m_script.at(m_next).expect.isEmpty())
        perform(m_script.at(m_next++));
}

void HostileServer::perform(const Step &step)
{
    if (!m_socket)
        return;
    switch (step.action) {
    case Action::Send:
        m_socket->write(step.send);
        return;
    case Action::Close:
        m_socket->write(step.send);
        m_socket->disconnectFromHost();
        return;
    case Action::Reset:
        m_socket->write(step.send);
        m_socket->flush();
        reset();
        return;
    case Action::Drip:
        m_busy = true;
        m_pending = step.send;
        m_socket->write(m_pending.left(1));
        m_pending.remove(0, 1);
        m_drip.start();
        return;
    case Action::Repeat:
        m_busy = true;
        m_chunk = step.send;
        m_repeatLeft = step.total > 0 ? step.total : -1;
        repeat();
        return;
    case Action::StartTls:
        m_socket->write(step.send);
        m_socket->flush();
        m_socket->startServerEncryption();
        return;
    }
}

void HostileServer::repeat()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_repeatLeft = 0;
        return;
    }
    while (m_repeatLeft != 0 && m_socket->bytesToWrite() < queueLimit) {
        const QByteArray chunk = m_repeatLeft > 0 ? m_chunk.left(m_repeatLeft) : m_chunk;
        m_socket->write(chunk);
        if (m_repeatLeft > 0)
            m_repeatLeft -= chunk.size();
    }
    if (m_repeatLeft == 0 && m_busy) {
        m_busy = false;
        runSteps();
    }
}

// QAbstractSocket::setSocketOption knows no SO_LINGER: set it on the descriptor, so the
// close that follows sends a RST instead of a FIN.
void HostileServer::reset()
{
    const struct linger hard = {1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
