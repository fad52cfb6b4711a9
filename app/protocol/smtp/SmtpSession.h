#pragma once

#include "model/TestPlan.h"
#include "model/Attempt.h"
#include "protocol/smtp/MessageBuilder.h"
#include "protocol/smtp/ReplyReader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <optional>

/// One SMTP conversation with one address: an asynchronous state machine over
/// QSslSocket (plain, STARTTLS or implicit TLS) that follows the plan up to its stop
/// point, times every step out on its own timer, and records everything in an Attempt.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString host;        // the name certificates are checked against
        QHostAddress address;
        quint16 port = 25;
        int preference = -1;
    };

    /// clock: the run's clock, so transcript times count from the start of the run.
    SmtpSession(const TestPlan &plan, const Target &target, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~SmtpSession() override;

    void start();
    /// Ends the conversation at once; finished() follows synchronously.
    void cancel();

    /// The one record of this conversation while it runs. The run (the orchestrator)
    /// adds its explanations to the entries it is told about; the session never explains.
    const Attempt &attempt() const { return m_attempt; }
    Attempt &attempt() { return m_attempt; }
    /// Hands the finished record over (after finished()).
    Attempt takeAttempt() { return std::move(m_attempt); }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// Entry entryIndex of attempt().transcript was recorded; for the last line of a reply,
    /// attempt().replies holds its record already.
    void entryAdded(int entryIndex);
    void stageChanged(Model::Stage stage);
    void tlsEstablished(const TlsInfo &tls);
    void finished();

private:
    // Which reply the session waits for; several steps share a Stage.
    enum class Step {
        Connecting, ImplicitHandshake, Greeting, Ehlo, Helo, StartTls, StartTlsHandshake,
        AuthPlain, AuthLogin, AuthLoginUser, AuthLoginPassword,
        Mail, Rcpt, Data, Message, Rset, Quit, Done,
    };

    void handleConnected();
    void handleEncrypted();
    void handleReadyRead();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleSslErrors(const QList<QSslError> &errors);
    void handleBytesWritten();
    void handleTimeout();
    void handleReply(const SmtpReply &reply);

    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void afterEhlo();
    void handleStartTls(const SmtpReply &reply);
    void beginAuth();
    void handleAuth(const SmtpReply &reply);
    void beginTransaction();
    void handleMail(const SmtpReply &reply);
    void sendNextRcpt();
    void handleRcpt(const SmtpReply &reply);
    void afterRecipients();
    void handleData(const SmtpReply &reply);
    void handleMessage(const SmtpReply &reply);

    void send(const QByteArray &command, Step next, const QString &shownAs = {});
    void setStage(Model::Stage stage);
    void armTimer(std::chrono::milliseconds timeout);
    void record(const TranscriptEntry &entry);
    void addEvent(const QString &text, std::optional<Model::Problem> problem = std::nullopt, int findingIndex = -1);
    void addFinding(Model::Problem problem, const QString &detail);
    /// replyIndex: the reply's record; -1 for the one just received.
    void endWithReply(const SmtpReply &reply, int replyIndex = -1);
    void fail(Model::Problem problem, const QString &errorText);
    void quit();
    void finish();
    qint64 now() const { return m_clock.elapsed(); }
    QSslConfiguration sslConfiguration() const;
    bool tlsErrorsAcceptable() const;
    void recordTls();

    TestPlan m_plan;
    Target m_target;
    QString m_ehloName; // the plan's, or the address literal of our end of the connection
    const QElapsedTimer &m_clock;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    ReplyReader m_reader;
    Attempt m_attempt;
    Step m_step = Step::Connecting;
    Model::Stage m_stage = Model::Stage::Connect;
    qint64 m_stageStart = 0;
    bool m_finished = false;
    bool m_transactionOpen = false;  // MAIL accepted: RSET before QUIT
    bool m_serverClosing = false;    // 421 received: the server hangs up
    bool m_stageFrozen = false;      // the attempt's outcome is decided; QUIT does not move it
    int m_rcptIndex = 0;
    QList<QSslError> m_sslErrors;
    std::optional<MessageBuilder::Message> m_message;
};
