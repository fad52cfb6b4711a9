#pragma once

#include "model/Attempt.h"
#include "model/TestPlan.h"
#include "protocol/smtp/ReplyReader.h"
#include "protocol/smtp/ResetDetector.h"
#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpDialogue.h"
#include "protocol/smtp/SmtpTransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <memory>

/// One SMTP conversation with one address: the socket and timer under an SmtpDialogue.
/// It connects (plain or implicit TLS), feeds the dialogue what the socket reports,
/// carries out what the dialogue asks (send, STARTTLS, wait, close) with one timer per
/// step, and leaves everything in the SessionRecorder's Attempt.
class SmtpSession : public QObject, private SmtpTransport
{
    Q_OBJECT
public:

    /// clock: the run's clock, so transcript times count from the start of the run.
    SmtpSession(const TestPlan &plan, const Route &route, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~SmtpSession() override;

    void start();
    /// Ends the conversation at once; finished() follows synchronously.
    void cancel();

    /// The one record of this conversation while it runs. The run (the orchestrator)
    /// adds its explanations to the entries it is told about; the session never explains.
    const Attempt &attempt() const { return m_recorder.attempt(); }
    Attempt &attempt() { return m_recorder.attempt(); }
    /// Hands the finished record over (after finished()).
    Attempt takeAttempt() { return std::move(m_recorder.attempt()); }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// Entry entryIndex of attempt().transcript was recorded; for the last line of a reply,
    /// attempt().replies holds its record already.
    void entryAdded(int entryIndex);
    void stageChanged(Model::Stage stage);
    void tlsEstablished(const TlsInfo &tls);
    void finished();

private:
    // SmtpTransport, for the dialogue.
    void sendLine(const QByteArray &line, const QString &shownAs, std::chrono::milliseconds timeout) override;
    void sendMessage(const QByteArray &wire, std::chrono::milliseconds writeTimeout,
                     std::chrono::milliseconds replyTimeout) override;
    void startTls(std::chrono::milliseconds timeout) override;
    void expectGreeting(std::chrono::milliseconds timeout) override;
    void wait(std::chrono::milliseconds timeout) override;
    bool isEncrypted() const override;
    bool isConnected() const override;
    void close() override;

    void handleConnected();
    void handleEncrypted();
    void handleReadyRead();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleSslErrors(const QList<QSslError> &errors);
    void handleBytesWritten();
    QSslConfiguration sslConfiguration() const;
    QString ehloName() const;
    void recordTls();

    TestPlan m_plan;
    Route m_target;
    SessionRecorder m_recorder;
    SmtpDialogue m_dialogue;
    QTcpSocket *m_socket = nullptr; // the connection, whatever its kind
    QSslSocket *m_tls = nullptr;    // the same object when this run may encrypt, else null
    QTimer m_timer;
    ReplyReader m_reader;
    ResetDetector m_resetDetector;
    std::chrono::milliseconds m_replyTimeout{0}; // armed once the message has left our buffers
    bool m_writingMessage = false;
    bool m_replyDue = false; // a command (or the greeting) waits for its reply
    bool m_finished = false;
    bool m_encryptedPending = false; // handshake done, the dialogue not yet told (handleEncrypted)
    QList<QSslError> m_sslErrors;
};
