#pragma once

#include "model/Attempt.h"
#include "model/TestPlan.h"
#include "protocol/smtp/LossReading.h"
#include "protocol/smtp/ReplyReader.h"
#include "protocol/smtp/ResetDetector.h"
#include "protocol/smtp/SessionRecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

/// The socket under a conversation a person types (the expert console, issue 14): it
/// connects, sends each line it is given, reads replies, upgrades to TLS when told, and
/// records everything in a SessionRecorder's Attempt like SmtpSession does. It decides
/// nothing about what to send next: ConsoleSession (run layer) does, one line at a time.
class ConsoleConnection : public QObject
{
    Q_OBJECT
public:
    ConsoleConnection(const TestPlan &plan, const Route &route, const QElapsedTimer &clock,
                      QObject *parent = nullptr);
    ~ConsoleConnection() override;

    /// Connects (implicit TLS with Security::Tls); the greeting is the first reply.
    void start();
    /// One command line (CRLF added here) at stage; shownAs: what the transcript shows
    /// instead of the line (a secret hidden), empty for the line itself.
    void sendLine(const QByteArray &line, const QString &shownAs, Model::Stage stage);
    /// The dot-stuffed message ending in CRLF.CRLF; its reply is the next one.
    void sendMessage(const QByteArray &wire);
    /// One line of a message typed after DATA's 354 (CRLF added): no reply is due for it.
    void sendMessageLine(const QByteArray &line);
    /// The server said 220 to STARTTLS: the handshake starts; tlsFinished() follows.
    void startTls();
    /// Hangs up (after QUIT's reply, or at once); closed() follows.
    void close();

    bool isConnected() const;
    bool isEncrypted() const;
    bool isClosed() const { return m_closed; }
    /// A reply (or the greeting, or the handshake) is still due.
    bool isWaiting() const { return m_replyDue || m_handshaking; }

    const Attempt &attempt() const { return m_recorder.attempt(); }
    Attempt &attempt() { return m_recorder.attempt(); }
    SessionRecorder &recorder() { return m_recorder; }

Q_SIGNALS:
    void entryAdded(int entryIndex);
    /// The reply that was due arrived; its record is attempt().replies[replyIndex].
    void replyReceived(int replyIndex);
    /// The TLS handshake after startTls() (or the implicit one) ended; attempt().tls holds it.
    void tlsFinished(bool established);
    /// The connection is gone (closed by us, by the server, or failed); the attempt is final.
    void closed();

private:
    void handleConnected();
    void handleEncrypted();
    void handleReadyRead();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleSslErrors(const QList<QSslError> &errors);
    void handleTimeout();
    void recordTls();
    LossReading::Phase phase() const;
    void end(const LossReading::Ending &ending);

    TestPlan m_plan;
    Route m_target;
    SessionRecorder m_recorder;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    ReplyReader m_reader;
    ResetDetector m_resetDetector;
    QList<QSslError> m_sslErrors;
    Model::Stage m_lastStage = Model::Stage::Connect;
    bool m_connected = false;
    bool m_replyDue = false;
    bool m_handshaking = false;
    bool m_quitting = false; // QUIT was sent: the server's close is the orderly end
    bool m_closed = false;
};
