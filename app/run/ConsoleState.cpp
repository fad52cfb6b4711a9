#include "run/ConsoleState.h"

using namespace Qt::StringLiterals;

std::optional<QString> ConsoleState::warningFor(const QString &verb) const
{
    const bool hello = verb == u"EHLO"_s || verb == u"HELO"_s || verb == u"LHLO"_s;
    if (verb == u"STARTTLS"_s && m_encrypted)
        return tr("TLS is already up: a second STARTTLS is refused (RFC 3207 §4.2)");
    if (!hello && !m_helloDone && verb != u"QUIT"_s && verb != u"NOOP"_s && verb != u"RSET"_s
        && verb != u"HELP"_s) {
        if (m_encrypted && m_greeted)
            return tr("After STARTTLS the client must greet again (RFC 3207 §4.2): send EHLO first, or the server "
                      "will likely answer 503");
        return tr("%1 before EHLO: most servers answer 503 (bad sequence of commands)").arg(verb);
    }
    if (verb == u"STARTTLS"_s) {
        if (m_extended && !m_capabilities.startTls)
            return tr("The server did not offer STARTTLS in its EHLO reply");
        if (m_mailAccepted)
            return tr("STARTTLS in the middle of a transaction: the server will likely refuse it");
    }
    if (verb == u"AUTH"_s) {
        if (m_signedIn)
            return tr("Already signed in: a second AUTH is refused (RFC 4954 §4)");
        if (m_mailAccepted)
            return tr("AUTH during a mail transaction is not allowed (RFC 4954 §4)");
        if (m_extended && m_capabilities.authMechanisms.isEmpty())
            return m_encrypted ? tr("The server did not offer AUTH in its EHLO reply")
                               : tr("The server did not offer AUTH in its EHLO reply; many offer it only after STARTTLS");
    }
    if (verb == u"MAIL"_s && m_mailAccepted)
        return tr("A transaction is already open: the server will likely answer 503; send RSET first");
    if (verb == u"RCPT"_s && !m_mailAccepted)
        return tr("RCPT before an accepted MAIL FROM: the server will likely answer 503");
    if ((verb == u"DATA"_s || verb == u"BDAT"_s) && m_recipients == 0)
        return m_mailAccepted ? tr("No recipient was accepted yet: the server will likely answer 554 or 503")
                              : tr("DATA before MAIL FROM and RCPT TO: the server will likely answer 503");
    if (hello && m_mailAccepted)
        return tr("%1 in the middle of a transaction resets it (RFC 5321 §4.1.4)").arg(verb);
    return std::nullopt;
}

std::optional<QString> ConsoleState::secretRefusal(const TestPlan &plan, TestPlan::Auth mechanism, bool encrypted,
                                                   bool verified)
{
    if (!encrypted && !plan.allowPlaintextAuth)
        return (TestPlan::usesToken(mechanism) ? tr("Not sending the access token over an unencrypted connection")
                                               : tr("Not sending the password over an unencrypted connection"))
            + u' ' + tr("(use /starttls first, or --allow-plaintext-auth)");
    if (encrypted && !verified && !plan.tlsInsecure)
        return tr("Not sending the secret: the server's certificate did not verify (give --ca-file, or --tls-insecure "
                  "to send it anyway)");
    return std::nullopt;
}

void ConsoleState::replied(const QString &verb, const SmtpReply &reply)
{
    const bool ok = reply.codeClass() == 2;
    if (verb.isEmpty()) { // the greeting
        m_greeted = m_greeted || reply.code == 220;
        return;
    }
    if (verb == u"EHLO"_s || verb == u"LHLO"_s || verb == u"HELO"_s) {
        if (!ok)
            return;
        m_helloDone = true;
        m_extended = verb != u"HELO"_s;
        m_capabilities = m_extended ? Capabilities::fromEhloLines(reply.lines) : Capabilities();
        m_mailAccepted = false;
        m_recipients = 0;
    } else if (verb == u"AUTH"_s) {
        m_signedIn = m_signedIn || reply.code == 235;
    } else if (verb == u"MAIL"_s) {
        m_mailAccepted = m_mailAccepted || ok;
    } else if (verb == u"RCPT"_s) {
        if (ok && m_mailAccepted)
            ++m_recipients;
    } else if (verb == u"RSET"_s && ok) {
        m_mailAccepted = false;
        m_recipients = 0;
    }
}

void ConsoleState::messageAnswered(const SmtpReply &)
{
    // Accepted or refused, the transaction is over either way (RFC 5321 §4.1.1.4).
    m_mailAccepted = false;
    m_recipients = 0;
}

void ConsoleState::tlsEstablished()
{
    m_encrypted = true;
    m_helloDone = false;
    m_extended = false;
    m_capabilities = Capabilities();
    m_mailAccepted = false;
    m_recipients = 0;
}
