// The command-by-command dialogue of SmtpSession: what to send after each reply.
#include "protocol/smtp/SmtpSession.h"

#include "protocol/smtp/CommandBuilder.h"

using Model::Stage;
using Model::Problem;
using StopAfter = TestPlan::StopAfter;

namespace {
bool needsSmtpUtf8(const QString &address)
{
    // Domains are ACE already; only a non-ASCII local part needs SMTPUTF8.
    const QString local = address.section(u'@', 0, -2);
    return std::any_of(local.cbegin(), local.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}
} // namespace

void SmtpSession::handleReply(const SmtpReply &reply)
{
    if (m_serverClosing)
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
    case Step::AuthPlain:
    case Step::AuthLogin:
    case Step::AuthLoginUser:
    case Step::AuthLoginPassword: handleAuth(reply); return;
    case Step::Mail: handleMail(reply); return;
    case Step::Rcpt: handleRcpt(reply); return;
    case Step::Data: handleData(reply); return;
    case Step::Message: handleMessage(reply); return;
    case Step::Rset:
        send("QUIT", Step::Quit);
        return;
    case Step::Quit:
        m_timer.stop();
        finish();
        return;
    case Step::Connecting:
    case Step::ImplicitHandshake:
    case Step::StartTlsHandshake:
    case Step::Done:
        // Bytes where none belong: a server talking before the TLS handshake, say.
        fail(Problem::MalformedReply, tr("The server sent a reply when none was expected"));
        return;
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
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
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    setStage(Stage::Ehlo);
    send(CommandBuilder::ehlo(m_ehloName), Step::Ehlo);
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.codeClass() == 2) {
        if (m_step == Step::Helo) {
            m_attempt.capabilities = Capabilities();
            m_attempt.capabilities.greetingName = reply.lines.value(0).section(u' ', 0, 0);
        } else {
            m_attempt.capabilities = Capabilities::fromEhloLines(reply.lines);
            for (const QString &odd : std::as_const(m_attempt.capabilities.oddLines))
                addEvent(tr("Ignored an unusual capability line: %1").arg(odd));
        }
        afterEhlo();
        return;
    }
    // RFC 5321 §3.2: a server that does not know EHLO answers 500 or 502; try HELO.
    if (m_step == Step::Ehlo && (reply.code == 500 || reply.code == 502 || reply.code == 504)) {
        addEvent(tr("The server does not understand EHLO; trying the older HELO"));
        send(CommandBuilder::helo(m_ehloName), Step::Helo);
        return;
    }
    endWithReply(reply);
}

void SmtpSession::afterEhlo()
{
    const bool encrypted = m_socket->isEncrypted();
    const bool wantsStartTls = m_plan.security == TestPlan::Security::StartTls
        || m_plan.security == TestPlan::Security::StartTlsRequired;
    if (!encrypted && wantsStartTls) {
        if (m_attempt.capabilities.startTls) {
            setStage(Stage::StartTls);
            send("STARTTLS", Step::StartTls);
            return;
        }
        if (m_plan.security == TestPlan::Security::StartTlsRequired) {
            fail(Problem::StartTlsNotOffered, tr("The server does not offer STARTTLS, and this test requires it"));
            return;
        }
        if (m_plan.stopAfter != StopAfter::Ehlo)
            addFinding(Problem::StartTlsNotOffered, tr("The server does not offer STARTTLS: continuing without encryption"));
    }
    if (m_plan.stopAfter == StopAfter::Ehlo || m_plan.stopAfter == StopAfter::Tls) {
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    if (m_plan.auth != TestPlan::Auth::None) {
        beginAuth();
        return;
    }
    beginTransaction();
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        m_step = Step::StartTlsHandshake;
        armTimer(m_plan.timeouts.tls);
        // RFC 3207 §4.2: everything learnt before TLS is forgotten.
        m_reader.reset();
        m_socket->startClientEncryption();
        return;
    }
    if (m_plan.security == TestPlan::Security::StartTlsRequired || reply.code == 421) {
        if (reply.code == 421)
            endWithReply(reply);
        else
            fail(Problem::StartTlsRejected, tr("The server refused STARTTLS: %1").arg(reply.summaryLine()));
        return;
    }
    addFinding(Problem::StartTlsRejected, tr("The server refused STARTTLS: continuing without encryption"));
    if (m_plan.stopAfter == StopAfter::Tls) {
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    m_plan.auth != TestPlan::Auth::None ? beginAuth() : beginTransaction();
}

void SmtpSession::beginAuth()
{
    setStage(Stage::Auth);
    const Capabilities &caps = m_attempt.capabilities;
    const QString mechanism = m_plan.auth == TestPlan::Auth::Plain ? QStringLiteral("PLAIN") : QStringLiteral("LOGIN");
    if (caps.authMechanisms.isEmpty()) {
        fail(Problem::AuthNotOffered, m_socket->isEncrypted()
                 ? tr("The server does not offer sign-in (no AUTH in its EHLO reply)")
                 : tr("The server does not offer sign-in on this unencrypted connection"));
        return;
    }
    if (!caps.supportsAuth(mechanism)) {
        fail(Problem::AuthMechanismNotSupported,
             tr("The server does not offer AUTH %1; it offers %2").arg(mechanism, caps.authMechanisms.join(u' ')));
        return;
    }
    if (!m_socket->isEncrypted() && !m_plan.allowPlaintextAuth) {
        fail(Problem::PlaintextAuthRefused,
             tr("Not sending the password over an unencrypted connection"));
        return;
    }
    if (m_plan.auth == TestPlan::Auth::Plain) {
        send("AUTH PLAIN " + CommandBuilder::authPlainResponse(m_plan.user, m_plan.password), Step::AuthPlain,
             tr("AUTH PLAIN [user name and password hidden]"));
    } else {
        send("AUTH LOGIN", Step::AuthLogin);
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        switch (m_step) {
        case Step::AuthPlain: // a server that wants the credentials after an empty challenge
            send(CommandBuilder::authPlainResponse(m_plan.user, m_plan.password), Step::AuthPlain,
                 tr("[user name and password hidden]"));
            return;
        case Step::AuthLogin:
            send(m_plan.user.toUtf8().toBase64(), Step::AuthLoginUser,
                 tr("%1 [user name \"%2\" in base64]").arg(QString::fromLatin1(m_plan.user.toUtf8().toBase64()), m_plan.user));
            return;
        case Step::AuthLoginUser:
            send(m_plan.password.toUtf8().toBase64(), Step::AuthLoginPassword, tr("[password hidden]"));
            return;
        default:
            break;
        }
        fail(Problem::MalformedReply, tr("The server asked for more sign-in data than AUTH %1 has")
                                          .arg(m_plan.auth == TestPlan::Auth::Plain ? QStringLiteral("PLAIN") : QStringLiteral("LOGIN")));
        return;
    }
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_attempt.authenticated = true;
    if (m_plan.stopAfter == StopAfter::Auth) {
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    beginTransaction();
}

void SmtpSession::beginTransaction()
{
    setStage(Stage::Mail);
    const Capabilities &caps = m_attempt.capabilities;
    CommandBuilder::MailOptions options;
    if (m_plan.stopAfter == StopAfter::Send) {
        MessageBuilder builder(m_plan, m_ehloName);
        m_message = builder.build(caps.eightBitMime);
        options.size = m_message->size;
        options.eightBit = m_message->eightBit;
        if (m_message->quotedPrintable)
            addFinding(Problem::EightBitNotAdvertised,
                       tr("The server does not offer 8BITMIME: the text is sent as quoted-printable"));
        if (caps.size && *caps.size > 0 && m_message->size > *caps.size) {
            fail(Problem::MessageTooLarge, tr("The message has %1 bytes; the server accepts at most %2")
                                               .arg(m_message->size).arg(*caps.size));
            return;
        }
    }
    const bool utf8 = needsSmtpUtf8(m_plan.mailFrom)
        || std::any_of(m_plan.rcptTo.cbegin(), m_plan.rcptTo.cend(), needsSmtpUtf8);
    if (utf8 && !caps.smtpUtf8) {
        fail(Problem::SmtpUtf8NotAdvertised,
             tr("An address has non-ASCII characters before the @, and the server does not offer SMTPUTF8"));
        return;
    }
    options.smtpUtf8 = utf8;
    if (m_plan.wantsDsn() && !caps.dsn)
        addFinding(Problem::DsnNotAdvertised,
                   tr("The server does not offer DSN: delivery notifications (NOTIFY, RET, ENVID) are left out"));
    send(CommandBuilder::mailFrom(m_plan, caps, options), Step::Mail);
}

void SmtpSession::handleMail(const SmtpReply &reply)
{
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_transactionOpen = true;
    if (m_plan.stopAfter == StopAfter::Mail) {
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    setStage(Stage::Rcpt);
    m_rcptIndex = 0;
    sendNextRcpt();
}

void SmtpSession::sendNextRcpt()
{
    send(CommandBuilder::rcptTo(m_plan, m_attempt.capabilities, m_plan.rcptTo.at(m_rcptIndex)), Step::Rcpt);
}

void SmtpSession::handleRcpt(const SmtpReply &reply)
{
    m_attempt.recipients[m_rcptIndex].reply = reply;
    m_attempt.recipients[m_rcptIndex].replyIndex = int(m_attempt.replies.size()) - 1;
    ++m_rcptIndex;
    if (m_rcptIndex < m_plan.rcptTo.size()) {
        sendNextRcpt();
        return;
    }
    afterRecipients();
}

void SmtpSession::afterRecipients()
{
    const auto &recipients = m_attempt.recipients;
    const bool anyAccepted = std::any_of(recipients.cbegin(), recipients.cend(),
                                         [](const RecipientResult &r) { return r.accepted(); });
    if (!anyAccepted) {
        // Report the permanent refusal if there is one: it is the one to fix first.
        const auto permanent = std::find_if(recipients.cbegin(), recipients.cend(),
                                            [](const RecipientResult &r) { return r.reply && r.reply->isPermanent(); });
        const RecipientResult &deciding = *(permanent != recipients.cend() ? permanent : recipients.cbegin());
        endWithReply(*deciding.reply, deciding.replyIndex);
        return;
    }
    if (m_plan.stopAfter == StopAfter::Rcpt) {
        m_attempt.outcome = Attempt::Outcome::Completed;
        quit();
        return;
    }
    setStage(Stage::Data);
    send("DATA", Step::Data);
}

void SmtpSession::handleData(const SmtpReply &reply)
{
    if (reply.code != 354) {
        endWithReply(reply);
        return;
    }
    setStage(Stage::Message);
    // Show what is sent as a person would read it: lines, without dot-stuffing.
    const QList<QByteArray> lines = m_message->wire.split('\n');
    constexpr int shownLines = 200;
    int shown = 0;
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        if (shown == shownLines) {
            addEvent(tr("… %n more lines of the message not shown", nullptr, int(lines.size()) - shownLines - 1));
            break;
        }
        TranscriptEntry entry;
        entry.ms = now();
        entry.direction = TranscriptEntry::Direction::Client;
        entry.text = QString::fromUtf8(raw.endsWith('\r') ? raw.chopped(1) : raw);
        entry.stage = Stage::Message;
        record(entry);
        ++shown;
    }
    m_step = Step::Message;
    armTimer(m_plan.timeouts.dataBlock);
    m_socket->write(m_message->wire);
}

void SmtpSession::handleMessage(const SmtpReply &reply)
{
    m_transactionOpen = false; // the final "." ends the transaction whatever the reply
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_attempt.messageSent = true;
    m_attempt.outcome = Attempt::Outcome::Completed;
    quit();
}
