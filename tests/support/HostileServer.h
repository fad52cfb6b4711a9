#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

/// A scripted SMTP server that misbehaves on purpose, for the hostile-server suite: it
/// floods, drips, never ends a reply, hangs up or resets in the middle, sends garbage
/// where a TLS handshake belongs and plaintext after its 220 to STARTTLS. It listens on
/// 127.0.0.1 only, on a port the system picks, and serves the first connection.
class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Action {
        Send,     // write the bytes
        Close,    // write them, then close in order (FIN)
        Reset,    // write them, then reset the connection (RST: SO_LINGER 0, then close)
        Drip,     // write them one byte per second
        Repeat,   // write them again and again, as fast as the client reads
        StartTls, // write them, then take the server side of a TLS handshake
    };

    /// One step of the script. A step waits for a client line starting with `expect`
    /// (ASCII case ignored), or, with `anyBytes`, for whatever the client sends next (its
    /// TLS ClientHello, the message text); a step with neither follows the one before.
    /// Lines of a message (after a 354) match no `expect`, as a real server reads them.
    struct Step
    {
        QByteArray expect;
        bool anyBytes = false;
        QByteArray send;
        Action action = Action::Send;
        qint64 total = 0; // Repeat: bytes in all, 0: until the client hangs up

        /// Right after the step before (the first: as the client connects).
        static Step now(QByteArray send, Action action = Action::Send, qint64 total = 0)
        {
            return {{}, false, std::move(send), action, total};
        }
        /// When the client sends a line starting with expect.
        static Step on(QByteArray expect, QByteArray send, Action action = Action::Send, qint64 total = 0)
        {
            return {std::move(expect), false, std::move(send), action, total};
        }
        /// When the client sends anything at all.
        static Step onAnyBytes(QByteArray send, Action action = Action::Send)
        {
            return {{}, true, std::move(send), action, 0};
        }
    };

    explicit HostileServer(QList<Step> script, QObject *parent = nullptr);
    ~HostileServer() override;

    /// What StartTls presents.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    bool listen();
    quint16 port() const { return serverPort(); }
    /// Every line the client sent (after TLS, decrypted), without CRLF.
    const QList<QByteArray> &received() const { return m_received; }
    /// Bytes written to the client (handed to the kernel).
    qint64 bytesSent() const { return m_sent; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void read();
    void runSteps();
    void perform(const Step &step);
    void repeat();
    void reset();

    QList<Step> m_script;
    qsizetype m_next = 0;
    QSslSocket *m_socket = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    bool m_inMessage = false;
    bool m_busy = false; // a Drip or Repeat is still writing: the next step waits for it
    QTimer m_drip;
    QByteArray m_pending; // what Drip and Repeat still have to write
    QByteArray m_chunk;   // what Repeat writes each time
    qint64 m_repeatLeft = 0;
    qint64 m_sent = 0;
};
