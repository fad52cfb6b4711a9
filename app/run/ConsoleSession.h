#pragma once

#include "model/TestPlan.h"
#include "model/TestResult.h"
#include "protocol/smtp/AuthExchange.h"
#include "run/ConsoleCommand.h"
#include "run/ConsoleState.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ConsoleConnection;
class MxLookup;

/// The expert console's engine (issue 14), for both faces: finds the server as a run does
/// (the best MX of a domain, or the server given), connects, and sends what a person types
/// one command at a time, explaining each reply in the context of the command it answers
/// (RunExplainer, as in a run). It does what is awkward by hand (STARTTLS in place, AUTH
/// with the secret never shown, DATA from a file with dot-stuffing), warns when the state
/// makes a command pointless but sends it anyway, and records the whole session as a
/// TestResult of one attempt, so reports and --json are those of any run.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    /// Ready: the next line may be sent. Message: a typed DATA got its 354, lines are the
    /// message until ".". Waiting: a reply (or the TLS handshake) is due.
    enum class State { Idle, LookingUp, Connecting, Ready, Waiting, Message, Finished };
    Q_ENUM(State)

    /// plan: where and how to connect (host or domain, port, implicit TLS, CA file, time
    /// limits); its recipients, message and sign-in are not used.
    explicit ConsoleSession(const TestPlan &plan, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start();
    State state() const { return m_state; }
    bool acceptsInput() const { return m_state == State::Ready || m_state == State::Message; }
    const ConsoleState &sessionState() const { return m_progress; }

    /// A typed SMTP command (ConsoleCommand::Kind::Smtp): warned about when pointless, then sent.
    void send(const ConsoleCommand &command);
    /// A line of the message after a typed DATA's 354 (sent as typed: the person
    /// dot-stuffs); "." ends the message. Returns the refusal when the line cannot be sent.
    std::optional<QString> sendMessageLine(QByteArrayView line);
    /// STARTTLS, and the TLS handshake on 220; tlsChecked() tells what it found.
    void startTls();
    /// Signs in with mechanism; secret is the password or the access token. It is never
    /// shown nor recorded, and never sent in plain text or over a certificate that did not
    /// verify unless the plan allows it (allowPlaintextAuth, tlsInsecure).
    void signIn(TestPlan::Auth mechanism, const QString &user, const QString &secret);
    /// DATA, then text with CRLF line ends and dot-stuffing, then ".".
    void sendData(const QByteArray &text);
    /// QUIT when connected (after the reply due, if one is), then the end.
    void quit();

    /// Complete after finished().
    const TestResult &result() const { return m_result; }

Q_SIGNALS:
    void stateChanged(ConsoleSession::State state);
    /// A transcript line, explained; attemptIndex -1 for the lookup's lines.
    void entryAdded(int attemptIndex, const TranscriptEntry &entry);
    /// A complete reply with its explanation.
    void replyReceived(const ReplyRecord &record);
    /// The TLS session after STARTTLS (or implicit TLS): certificate and verification.
    void tlsChecked(const TlsInfo &tls);
    /// A command was not sent, and why (a secret refused, nothing connected).
    void refused(const QString &text);
    void finished(const TestResult &result);

private:
    enum class Pending { None, Greeting, Command, StartTls, Auth, DataForFile, Message, Quit };

    void setState(State state);
    void addRunEvent(const QString &text, std::optional<Model::Problem> problem = std::nullopt);
    void handleLookupFinished(const DnsFindings &findings);
    void connectTo(const Route &route);
    void handleEntry(int entryIndex);
    void handleReply(int replyIndex);
    void handleCommandReply(const SmtpReply &reply, int replyIndex);
    void handleAuthReply(const SmtpReply &reply);
    void handleTls(bool established);
    void handleClosed();
    /// Moves the connection's record into the result and lets the connection go.
    void harvest();
    /// Ready for a command on a live connection; otherwise refused() says why.
    bool canSendCommand();
    void transmit(const QByteArray &line, const QString &shownAs, Model::Stage stage, Pending pending);
    void warn(const QString &text);
    void warnIfPointless(const QString &verb);
    void endAuth();
    void becomeReady();
    void finish();

    TestPlan m_plan;
    TestResult m_result;
    ConsoleState m_progress;
    State m_state = State::Idle;
    QElapsedTimer m_clock;
    QPointer<MxLookup> m_lookup;
    QPointer<ConsoleConnection> m_connection;
    QList<Route> m_routes; // in the order a mail server tries them
    int m_nextRoute = 0;
    Pending m_pending = Pending::None;
    QString m_verb;              // the typed command whose reply is due
    QByteArray m_wire;           // ... as it was typed
    QByteArray m_pendingMessage; // /data: the message, sent on 354
    bool m_maskNextLine = false; // a typed AUTH got 334: the next line is a secret
    bool m_quitWhenReady = false;
    // The sign-in in progress; the exchange reads the plan, so the plan comes first.
    std::unique_ptr<TestPlan> m_authPlan;
    std::unique_ptr<AuthExchange> m_auth;
};
