#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

/// A scripted SMTP server in the test process, for what no real server does on purpose:
/// malformed replies, floods, replies split into single bytes, hang-ups at odd moments.
/// Each step waits for a client line starting with `expect` (empty: no wait, used for
/// the greeting), then sends `reply` and performs `action`.
class FakeSmtpServer : public QObject
{
public: // no Q_OBJECT: it has no signals of its own, and moc would not see this header
    enum class Action { None, Close, Hang, Trickle };
    struct Step
    {
        QByteArray expect;
        QByteArray reply;
        Action action = Action::None;
    };

    explicit FakeSmtpServer(QList<Step> script, QObject *parent = nullptr)
        : QObject(parent), m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /// Every line the client sent, without CRLF.
    const QList<QByteArray> &received() const { return m_received; }
    QByteArray receivedBytes() const { return m_raw; }

private:
    void accept()
    {
        m_socket = m_server.nextPendingConnection();
        connect(m_socket, &QTcpSocket::readyRead, this, &FakeSmtpServer::read);
        runSteps();
    }

    void read()
    {
        const QByteArray data = m_socket->readAll();
        m_raw += data;
        m_buffer += data;
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            m_received.append(line);
            if (m_inData) {
                if (line == ".")
                    m_inData = false;
                else
                    continue;
            } else if (line.toUpper() == "DATA") {
                m_pendingData = true;
            }
            if (m_next < m_script.size() && line.toUpper().startsWith(m_script.at(m_next).expect.toUpper())
                && !m_script.at(m_next).expect.isEmpty()) {
                ++m_next;
                respond(m_script.at(m_next - 1));
                if (m_pendingData) {
                    m_pendingData = false;
                    m_inData = m_script.at(m_next - 1).reply.startsWith("354");
                }
                runSteps();
            }
        }
    }

    // Steps with an empty `expect` run without waiting for the client.
    void runSteps()
    {
        while (m_next < m_script.size() && m_script.at(m_next).expect.isEmpty()) {
            ++m_next;
            respond(m_script.at(m_next - 1));
        }
    }

    void respond(const Step &step)
    {
        if (!m_socket)
            return;
        if (step.action == Action::Trickle) {
            // One byte every millisecond: the client must reassemble lines.
            auto *timer = new QTimer(this);
            auto remaining = std::make_shared<QByteArray>(step.reply);
            connect(timer, &QTimer::timeout, this, [this, timer, remaining] {
                if (remaining->isEmpty() || !m_socket) {
                    timer->deleteLater();
                    return;
                }
                m_socket->write(remaining->left(1));
                remaining->remove(0, 1);
            });
            timer->start(1);
            return;
        }
        m_socket->write(step.reply);
        if (step.action == Action::Close)
            m_socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QList<Step> m_script;
    int m_next = 0;
    QByteArray m_buffer;
    QByteArray m_raw;
    QList<QByteArray> m_received;
    bool m_inData = false;
    bool m_pendingData = false;
};
