#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

/// A well-behaved SMTP server in the test process that answers only when the test lets
/// it: the reply to a held command (or the greeting, "CONNECT") waits until release(),
/// so a test can act at an exact moment of a conversation without sleeping. It keeps
/// every connection apart (lines, open or closed, who hung up), so a test can tell two
/// conversations apart and see that the client let go of its socket.
class HeldSmtpServer : public QObject
{
public: // no Q_OBJECT: tests poll its state with QTRY_*, and moc would not see this header
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        QList<QByteArray> lines; // every line the client sent, without CRLF
        bool inData = false;
        QByteArray heldVerb;     // the command whose reply waits for release(), if any
        QByteArray heldReply;
        bool open = true;
        bool closedByClient = false;
    };

    explicit HeldSmtpServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &HeldSmtpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    /// The replies to verb ("CONNECT" for the greeting, "." for the end of the message)
    /// wait until release().
    void hold(const QByteArray &verb) { m_held.insert(verb); }
    /// Answers verb with reply (CRLF included) instead of the well-behaved default.
    void setReply(const QByteArray &verb, const QByteArray &reply) { m_replies.insert(verb, reply); }
    /// Sends what is waiting and stops holding anything.
    void release()
    {
        m_held.clear();
        for (const std::shared_ptr<Connection> &c : std::as_const(m_connections)) {
            if (c->heldVerb.isEmpty())
                continue;
            const QByteArray reply = c->heldReply;
            const bool close = c->heldVerb == "QUIT";
            c->heldVerb.clear();
            c->heldReply.clear();
            write(*c, reply, close);
        }
    }
    /// Sends the first line of what is waiting and keeps the rest held: a reply cut
    /// in the middle, as a slow server leaves it.
    void releaseFirstLine()
    {
        for (const std::shared_ptr<Connection> &c : std::as_const(m_connections)) {
            const qsizetype end = c->heldReply.indexOf("\r\n");
            if (c->heldVerb.isEmpty() || end < 0)
                continue;
            write(*c, c->heldReply.left(end + 2), false);
            c->heldReply.remove(0, end + 2);
        }
    }

    qsizetype connectionCount() const { return m_connections.size(); }
    const Connection &connection(qsizetype index) const { return *m_connections.at(index); }
    qsizetype openCount() const
    {
        qsizetype open = 0;
        for (const std::shared_ptr<Connection> &c : m_connections)
            open += c->open ? 1 : 0;
        return open;
    }
    /// The most connections that were open at the same time.
    qsizetype maxOpen() const { return m_maxOpen; }
    /// Some connection has a reply to verb waiting.
    bool isHolding(const QByteArray &verb) const
    {
        for (const std::shared_ptr<Connection> &c : m_connections) {
            if (c->open && c->heldVerb == verb)
                return true;
        }
        return false;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto c = std::make_shared<Connection>();
            c->socket = socket;
            m_connections.append(c);
            m_maxOpen = std::max(m_maxOpen, openCount());
            const qsizetype number = m_connections.size();
            connect(socket, &QTcpSocket::readyRead, this, [this, c] { read(*c); });
            connect(socket, &QTcpSocket::disconnected, this, [c] {
                if (c->open)
                    c->closedByClient = true; // we had not hung up: the client did
                c->open = false;
            });
            respond(*c, "CONNECT", "220 held.test ESMTP connection " + QByteArray::number(number) + "\r\n");
        }
    }

    void read(Connection &c)
    {
        c.buffer += c.socket->readAll();
        qsizetype end;
        while ((end = c.buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = c.buffer.left(end);
            c.buffer.remove(0, end + 2);
            c.lines.append(line);
            if (c.inData) {
                if (line == ".") {
                    c.inData = false;
                    respond(c, ".", "250 2.0.0 queued as HELD" + QByteArray::number(c.lines.size()) + "\r\n");
                }
                continue;
            }
            const qsizetype space = line.indexOf(' ');
            const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
            respond(c, verb, replyTo(verb));
            if (verb == "DATA")
                c.inData = true;
        }
    }

    QByteArray replyTo(const QByteArray &verb) const
    {
        if (m_replies.contains(verb))
            return m_replies.value(verb);
        static const QHash<QByteArray, QByteArray> replies{
            {"EHLO", "250-held.test\r\n250-SIZE 10000000\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n"},
            {"HELO", "250 held.test\r\n"},
            {"MAIL", "250 2.1.0 ok\r\n"},
            {"RCPT", "250 2.1.5 ok\r\n"},
            {"DATA", "354 go ahead\r\n"},
            {"RSET", "250 2.0.0 ok\r\n"},
            {"NOOP", "250 2.0.0 ok\r\n"},
            {"QUIT", "221 2.0.0 bye\r\n"}};
        return replies.value(verb, "502 5.5.2 not implemented\r\n");
    }

    void respond(Connection &c, const QByteArray &verb, const QByteArray &reply)
    {
        if (m_held.contains(verb)) {
            c.heldVerb = verb;
            c.heldReply = reply;
            return;
        }
        write(c, reply, verb == "QUIT");
    }

    void write(Connection &c, const QByteArray &reply, bool closeAfter)
    {
        if (!c.socket || !c.open)
            return;
        c.socket->write(reply);
        if (closeAfter)
            hangUp(c);
    }

    void hangUp(Connection &c)
    {
        c.open = false;
        c.socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<std::shared_ptr<Connection>> m_connections;
    QSet<QByteArray> m_held;
    QHash<QByteArray, QByteArray> m_replies;
    qsizetype m_maxOpen = 0;
};
