// The conversation, step by step: what to send after each reply and how an attempt ends.
// The mail transaction itself (MAIL, RCPT, DATA) is in SmtpDialogueTransaction.cpp.
#include "protocol/smtp/SmtpDialogue.h"

#include "model/SafeText.h"
#include "protocol/smtp/CommandBuilder.h"
#include "protocol/smtp/LossReading.h"
#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpTransport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDialogue, "smtpwizard.smtp")

using Model::Problem;
using Model::Stage;
using StopAfter = TestPlan::StopAfter;

SmtpDialogue::SmtpDialogue(const TestPlan &plan, SessionRecorder &recorder, SmtpTransport &transport)
    : m_plan(plan), m_recorder(recorder), m_transport(transport), m_auth(m_plan)
{
    m_recorder.expectRecipients(plan.rcptTo);
}

bool SmtpDialogue::tlsErrorsAcceptable() const
{
    // Opportunistic STARTTLS is how mail servers deliver: an untrusted certificate is
    // worth reporting but does not stop delivery. Strict modes stop unless told not to.
    return m_plan.security == TestPlan::Security::StartTls || m_plan.tlsInsecure;
}

void SmtpDialogue::start(const QString &host, const QString &where)
{
    m_recorder.setStage(Stage::Connect);
    m_recorder.event(m_plan.security == TestPlan::Security::Tls
                         ? tr("Connecting to %1 (%2) with TLS from the start").arg(host, where)
                         : tr("Connecting to %1 (%2)").arg(host, where));
    m_step = Step::Connecting;
    m_transport.wait(m_plan.timeouts.connect);
}

void SmtpDialogue::connected(const QString &ehloName)
{
    m_ehloName = ehloName;
    m_recorder.event(tr("Connected after %n ms", nullptr, int(m_recorder.now() - m_recorder.attempt().startMs)));
    if (m_plan.security == TestPlan::Security::Tls) {
        m_recorder.setStage(Stage::Tls);
        m_step = Step::ImplicitHandshake;
        m_transport.wait(m_plan.timeouts.tls);
        return;
    }
    m_recorder.setStage(Stage::Greeting);
    m_step = Step::Greeting;
    m_transport.expectGreeting(m_plan.timeouts.greeting);
}

void SmtpDialogue::encrypted(const TlsInfo &tls)
{
    m_recorder.event(tr("TLS established: %1, %2 (%3 bits)").arg(tls.protocol, tls.cipher).arg(tls.cipherBits));
    for (const TlsErrorInfo &error : tls.errors) {
        m_recorder.finding(Problem::TlsCertificateInvalid,
                           m_plan.tlsInsecure && m_plan.security != TestPlan::Security::StartTls
                               ? tr("%1 (ignored because of --tls-insecure)").arg(error.text)
                               : tr("%1 (accepted, as mail servers do with opportunistic STARTTLS)").arg(error.text));
    }
    if (m_step == Step::ImplicitHandshake) {
        m_recorder.setStage(Stage::Greeting);
        m_step = Step::Greeting;
        m_transport.expectGreeting(m_plan.timeouts.greeting);
    } else if (m_step == Step::StartTlsHandshake) {
        m_recorder.setStage(Stage::Ehlo);
        send(CommandBuilder::ehlo(m_ehloName), Step::Ehlo);
    }
}

void SmtpDialogue::reply(const SmtpReply &reply)
{
    if (m_step == Step::Done || m_serverClosing)
        return;
    if (reply.code == 421 && m_step != Step::Quit) {
        // The server is shutting the connection, whatever we asked.
        endWithReply(reply);
        return;
    }
    switch (m_step) {
    case Step::Greeting: handleGreeting(reply); return;
    case Step::Ehlo:
    case Step::Helo: handleEhlo(reply); return;
    case Step::StartTls: handleStartTls(reply); return;
    case Step::Auth: handleAuth(reply); return;
    case Step::Mail: handleMail(reply); return;
    case Step::Rcpt: handleRcpt(reply); return;
    case Step::Data: handleData(reply); return;
    case Step::Message: handleMessage(reply); return;
    case Step::Relay: sendRelay(m_relay->next(reply)); return;
    case Step::Recipients: handleRecipients(reply); return;
    case Step::Rset: send("QUIT", Step::Quit); return;
    case Step::Quit: finish(); return;
    case Step::Connecting:
    case Step::ImplicitHandshake:
    case Step::StartTlsHandshake:
    case Step::Done: unsolicited(reply); return; // talking before the TLS handshake, say
    }
}

void SmtpDialogue::unsolicited(const SmtpReply &reply)
{
    if (m_step == Step::Done || m_serverClosing)
        return;
    const QString text = tr("The server sent a reply before its command was sent (%1): without "
                            "PIPELINING every reply must follow its own command").arg(reply.summaryLine());
    if (m_step == Step::Rset || m_step == Step::Quit) {
        // The replies before decided the outcome (a message queued with 250 was queued);
        // this one answers nothing, and no later reply can be trusted, so stop here.
        m_recorder.finding(Problem::UnsolicitedReply, text);
        finish();
        return;
    }
    fail(Problem::UnsolicitedReply, text);
}

void SmtpDialogue::lost(Loss loss, const QString &errorText, bool certificateErrors)
{
    if (m_step != Step::Done)
        apply(LossReading::ofLoss(loss, phase(), errorText, certificateErrors));
}

void SmtpDialogue::timedOut()
{
    if (m_step == Step::Done)
        return;
    const double seconds = std::chrono::duration<double>(m_plan.timeouts.forStage(m_recorder.stage())).count();
    apply(LossReading::ofTimeout(phase(), seconds));
}

LossReading::Phase SmtpDialogue::phase() const
{
    using Phase = LossReading::Phase;
    if (m_serverClosing)
        return Phase::ServerClosing;
    switch (m_step) {
    case Step::Connecting: return Phase::Connecting;
    case Step::Greeting: return Phase::Greeting;
    case Step::ImplicitHandshake:
    case Step::StartTlsHandshake: return Phase::Handshaking;
    case Step::Quit: return Phase::Quitting;
    default: return Phase::Talking;
    }
}

void SmtpDialogue::apply(const LossReading::Ending &ending)
{
    if (!ending.orderly) {
        fail(ending.problem, ending.text);
        return;
    }
    if (!ending.event.isEmpty())
        m_recorder.event(ending.event);
    finish();
}

void SmtpDialogue::cancel()
{
    if (m_step == Step::Done)
        return;
    m_recorder.cancelled(tr("Cancelled by the user"));
    finish();
}

void SmtpDialogue::send(const QByteArray &command, Step next, const QString &shownAs)
{
    // Plans are validated, but nothing that could split a command may reach the wire.
    Q_ASSERT(!command.contains('\r') && !command.contains('\n'));
    QByteArray line = command;
    line.replace('\r', ' ').replace('\n', ' ');
    m_recorder.client(shownAs.isEmpty() ? QString::fromUtf8(line) : shownAs, m_recorder.stage());
    m_step = next;
    m_transport.sendLine(line, shownAs, m_plan.timeouts.forStage(m_recorder.stage()));
}

void SmtpDialogue::endWithReply(const SmtpReply &reply, int replyIndex)
{
    m_recorder.finalReply(reply, replyIndex);
    if (reply.code == 421) {
        m_serverClosing = true; // RFC 5321 §3.8: the server closes; do not send anything
        m_transport.wait(m_plan.timeouts.command);
        return;
    }
    quit();
}

void SmtpDialogue::fail(Problem problem, const QString &errorText)
{
    if (m_step == Step::Done)
        return;
    qCDebug(lcDialogue) << "attempt failed" << problem << "at" << m_recorder.stage() << errorText;
    m_recorder.fatal(problem, errorText);
    // A broken conversation is not worth a polite QUIT; a missing capability is.
    const bool canQuit = m_transport.isConnected()
        && (problem == Problem::StartTlsNotOffered || problem == Problem::StartTlsRejected
            || problem == Problem::AuthNotOffered || problem == Problem::AuthMechanismNotSupported
            || problem == Problem::PlaintextAuthRefused || problem == Problem::MessageTooLarge
            || problem == Problem::SmtpUtf8NotAdvertised);
    if (canQuit)
        quit();
    else
        finish();
}

void SmtpDialogue::complete()
{
    m_recorder.attempt().outcome = Attempt::Outcome::Completed;
    quit();
}

void SmtpDialogue::quit()
{
    m_recorder.freeze(); // the attempt is decided where it stood, not at QUIT
    m_recorder.setStage(Stage::Quit);
    if (m_transactionOpen) {
        m_transactionOpen = false;
        send("RSET", Step::Rset);
        return;
    }
    send("QUIT", Step::Quit);
}

void SmtpDialogue::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_transport.close();
}

void SmtpDialogue::handleGreeting(const SmtpReply &reply)
{
    if (reply.code != 220) {
        if (reply.codeClass() == 2 || reply.codeClass() == 3) {
            fail(Problem::MalformedReply, tr("The server greeted with %1 instead of 220").arg(reply.code));
            return;
        }
        endWithReply(reply); // 554 "no service here" or 4xx "busy"
        return;
    }
    if (m_plan.stopAfter == StopAfter::Connect) {
        complete();
        return;
    }
    m_recorder.setStage(Stage::Ehlo);
    send(CommandBuilder::ehlo(m_ehloName), Step::Ehlo);
}

void SmtpDialogue::handleEhlo(const SmtpReply &reply)
{
    if (reply.codeClass() == 2) {
        if (m_step == Step::Helo) {
            m_recorder.attempt().capabilities = Capabilities();
            m_recorder.attempt().capabilities.greetingName = reply.lines.value(0).section(u' ', 0, 0);
        } else {
            m_recorder.attempt().capabilities = Capabilities::fromEhloLines(reply.lines);
            for (const QString &odd : std::as_const(m_recorder.attempt().capabilities.oddLines))
                m_recorder.event(tr("Ignored an unusual capability line: %1").arg(odd));
        }
        afterEhlo();
        return;
    }
    // RFC 5321 §3.2: a server that does not know EHLO answers 500 or 502; try HELO.
    if (m_step == Step::Ehlo && (reply.code == 500 || reply.code == 502 || reply.code == 504)) {
        m_recorder.event(tr("The server does not understand EHLO; trying the older HELO"));
        send(CommandBuilder::helo(m_ehloName), Step::Helo);
        return;
    }
    endWithReply(reply);
}

void SmtpDialogue::afterEhlo()
{
    const bool encrypted = m_transport.isEncrypted();
    const bool wantsStartTls = m_plan.security == TestPlan::Security::StartTls
        || m_plan.security == TestPlan::Security::StartTlsRequired;
    if (!encrypted && wantsStartTls) {
        if (m_recorder.attempt().capabilities.startTls) {
            m_recorder.setStage(Stage::StartTls);
            send("STARTTLS", Step::StartTls);
            return;
        }
        if (m_plan.security == TestPlan::Security::StartTlsRequired) {
            fail(Problem::StartTlsNotOffered, tr("The server does not offer STARTTLS, and this test requires it"));
            return;
        }
        if (m_plan.stopAfter != StopAfter::Ehlo)
            m_recorder.finding(Problem::StartTlsNotOffered, tr("The server does not offer STARTTLS: continuing without encryption"));
    }
    if (m_plan.stopAfter == StopAfter::Ehlo || m_plan.stopAfter == StopAfter::Tls) {
        complete();
        return;
    }
    if (m_plan.auth != TestPlan::Auth::None) {
        beginAuth();
        return;
    }
    beginTransaction();
}

void SmtpDialogue::handleStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        m_step = Step::StartTlsHandshake;
        m_transport.startTls(m_plan.timeouts.tls);
        return;
    }
    // A 421 never gets here: reply() ends the attempt with it whatever was asked.
    if (m_plan.security == TestPlan::Security::StartTlsRequired) {
        fail(Problem::StartTlsRejected, tr("The server refused STARTTLS: %1").arg(reply.summaryLine()));
        return;
    }
    m_recorder.finding(Problem::StartTlsRejected, tr("The server refused STARTTLS: continuing without encryption"));
    if (m_plan.stopAfter == StopAfter::Tls) {
        complete();
        return;
    }
    m_plan.auth != TestPlan::Auth::None ? beginAuth() : beginTransaction();
}

void SmtpDialogue::beginAuth()
{
    m_recorder.setStage(Stage::Auth);
    if (const auto refusal = m_auth.begin(m_recorder.attempt().capabilities, m_transport.isEncrypted())) {
        fail(refusal->problem, refusal->text);
        return;
    }
    const AuthExchange::Line line = m_auth.first();
    send(line.wire, Step::Auth, line.shownAs);
}

void SmtpDialogue::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        if (const auto line = m_auth.next(reply)) {
            if (line->tokenError) // the base64 JSON in words, before the line that ends it
                m_recorder.finding(line->tokenError->problem(),
                                   tr("The server refused the access token: %1 (decoded: %2)")
                                       .arg(line->tokenError->summary(), SafeText::visible(line->tokenError->json)));
            send(line->wire, Step::Auth, line->shownAs);
        } else {
            const AuthExchange::Refusal refusal = m_auth.overAsked();
            fail(refusal.problem, refusal.text);
        }
        return;
    }
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_recorder.attempt().authenticated = true;
    if (m_plan.stopAfter == StopAfter::Auth) {
        complete();
        return;
    }
    beginTransaction();
}
