#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

/// A scripted SMTP server that checks every client line byte for byte, for sign-in
/// exchanges no real server here speaks (XOAUTH2, OAUTHBEARER, CRAM-MD5). Each step
/// waits for exactly `expect` (nullopt: no wait, the greeting) and answers `reply`; any
/// other line is recorded as a mismatch, answered "500" and the connection closed. After
/// a 354 reply the message is taken whole up to ".", unchecked. One connection at a time.
class SaslScriptServer : public QObject
{
public: // no Q_OBJECT: no signals of its own, and moc would not see this header
    struct Step
    {
        std::optional<QByteArray> expect;
        QByteArray reply; // without CRLF; several lines separated by "\r\n"
    };

    explicit SaslScriptServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &SaslScriptServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /// The script of the next connection.
    void setScript(QList<Step> script)
    {
        m_script = std::move(script);
        m_next = 0;
        m_received.clear();
        m_mismatches.clear();
    }
    const QList<QByteArray> &received() const { return m_received; }
    /// "step 3: expected ..., got ..." for each line that broke the script.
    const QList<QByteArray> &mismatches() const { return m_mismatches; }
    bool scriptDone() const { return m_next == m_script.size(); }

private:
    void accept()
    {
        QTcpSocket *socket = m_server.nextPendingConnection();
        if (m_socket) { // one conversation at a time
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_socket = socket;
        m_buffer.clear();
        m_inData = false;
        connect(m_socket, &QTcpSocket::readyRead, this, &SaslScriptServer::read);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            m_socket->deleteLater();
            m_socket = nullptr;
        });
        runUnconditional();
    }

    void read()
    {
        m_buffer += m_socket->readAll();
        qsizetype end;
        while (m_socket && (end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (m_inData) {
                m_inData = line != ".";
                if (m_inData)
                    continue;
            }
            m_received.append(line);
            if (m_next >= m_script.size() || m_script.at(m_next).expect != line) {
                m_mismatches.append("step " + QByteArray::number(m_next) + ": expected \""
                                    + (m_next < m_script.size() ? m_script.at(m_next).expect.value_or("(nothing)") : "(end)")
                                    + "\", got \"" + line + '"');
                m_socket->write("500 5.5.2 Not what the script expected\r\n");
                m_socket->disconnectFromHost();
                return;
            }
            send(m_script.at(m_next++).reply);
            runUnconditional();
        }
    }

    void runUnconditional()
    {
        while (m_socket && m_next < m_script.size() && !m_script.at(m_next).expect)
            send(m_script.at(m_next++).reply);
    }

    void send(const QByteArray &reply)
    {
        m_socket->write(reply + "\r\n");
        m_inData = reply.startsWith("354");
        if (reply.startsWith("221"))
            m_socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QList<Step> m_script;
    int m_next = 0;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QList<QByteArray> m_mismatches;
    bool m_inData = false;
};
