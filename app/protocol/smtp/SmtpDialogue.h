#pragma once

#include "model/TestPlan.h"
#include "model/SmtpReply.h"
#include "model/TlsInfo.h"
#include "protocol/smtp/AuthExchange.h"
#include "protocol/smtp/LossReading.h"
#include "protocol/smtp/MessageBuilder.h"
#include "protocol/smtp/RecipientProbe.h"
#include "protocol/smtp/RelayProbe.h"

#include <QCoreApplication>

#include <optional>

class SessionRecorder;
class SmtpTransport;

/// The SMTP conversation as a state machine, without sockets: given what happened
/// (connected, a reply, TLS up, a time-out, the connection lost) it decides what to send
/// next or how the attempt ends, and records it. SmtpSession drives it over a socket;
/// the unit test drives it with a scripted transport.
class SmtpDialogue
{
    Q_DECLARE_TR_FUNCTIONS(SmtpDialogue)
public:
    using Loss = LossReading::Loss;

    SmtpDialogue(const TestPlan &plan, SessionRecorder &recorder, SmtpTransport &transport);

    /// The connection is being opened to where ("mail.example [192.0.2.1]:25").
    void start(const QString &host, const QString &where);
    /// TCP is up; ehloName is what EHLO will say (the plan's or our address literal).
    void connected(const QString &ehloName);
    /// TLS is up (implicit from the start or after STARTTLS); tls is already recorded.
    void encrypted(const TlsInfo &tls);
    void reply(const SmtpReply &reply);
    /// A reply that arrived before any command asked for it (an extra reply, an early
    /// talker): a protocol error, since this client never pipelines.
    void unsolicited(const SmtpReply &reply);
    /// The driver could not read a reply (malformed bytes, a flood), or another problem
    /// without a reply ended the attempt.
    void fail(Model::Problem problem, const QString &errorText);
    void lost(Loss loss, const QString &errorText, bool certificateErrors);
    void timedOut();
    void cancel();

    bool isFinished() const { return m_step == Step::Done; }
    /// TLS errors are reported but do not stop this plan (opportunistic STARTTLS, or told to).
    bool tlsErrorsAcceptable() const;

private:
    // Which reply the dialogue waits for; several steps share a Stage.
    enum class Step {
        Connecting, ImplicitHandshake, Greeting, Ehlo, Helo, StartTls, StartTlsHandshake,
        Auth,
        Mail, Rcpt, Data, Message, Relay, Recipients, Rset, Quit, Done,
    };

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
    void sendRelay(const std::optional<QByteArray> &command);
    void handleRecipients(const SmtpReply &reply);

    LossReading::Phase phase() const;
    void apply(const LossReading::Ending &ending);
    void send(const QByteArray &command, Step next, const QString &shownAs = {});
    void endWithReply(const SmtpReply &reply, int replyIndex = -1);
    void complete();
    void quit();
    void finish();

    TestPlan m_plan;
    SessionRecorder &m_recorder;
    SmtpTransport &m_transport;
    QString m_ehloName;
    Step m_step = Step::Connecting;
    bool m_transactionOpen = false; // MAIL accepted: RSET before QUIT
    bool m_serverClosing = false;   // 421 received: the server hangs up
    int m_rcptIndex = 0;
    AuthExchange m_auth; // after m_plan: it reads the plan
    std::optional<MessageBuilder::Message> m_message;
    std::optional<RelayProbe> m_relay; // the open-relay check instead of a transaction
    std::optional<RecipientProbe> m_recipients; // the batch check: RCPT only, many transactions
};
