#pragma once

#include "model/Capabilities.h"
#include "model/SmtpReply.h"
#include "model/TestPlan.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// What a typed SMTP session has reached (greeted, EHLO, TLS, signed in, a transaction
/// open, recipients accepted), learnt from the replies, and the warning for a command the
/// state makes pointless (RCPT before MAIL, STARTTLS twice, ...). The console warns and
/// sends anyway: it is an expert tool. Pure.
class ConsoleState
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleState)
public:
    /// Why verb (upper case: "MAIL", "STARTTLS") is likely to be refused now, if it is.
    std::optional<QString> warningFor(const QString &verb) const;
    /// Why a secret must not be sent now, if so: never in plain text unless the plan
    /// allows it (allowPlaintextAuth), never over a certificate that did not verify unless
    /// told (tlsInsecure). Checked apart from AuthExchange::begin(), which names only its
    /// first reason ("AUTH not offered" before "unencrypted"), and that one is a warning.
    static std::optional<QString> secretRefusal(const TestPlan &plan, TestPlan::Auth mechanism, bool encrypted,
                                                bool verified);
    /// The reply to verb arrived.
    void replied(const QString &verb, const SmtpReply &reply);
    /// The message after DATA's 354 was answered.
    void messageAnswered(const SmtpReply &reply);
    /// TLS is up: RFC 3207 §4.2, the client forgets what it knew and must EHLO again.
    void tlsEstablished();

    bool greeted() const { return m_greeted; }
    bool hasGreetedServer() const { return m_helloDone; }
    bool isEncrypted() const { return m_encrypted; }
    bool isSignedIn() const { return m_signedIn; }
    bool transactionOpen() const { return m_mailAccepted; }
    int acceptedRecipients() const { return m_recipients; }
    const Capabilities &capabilities() const { return m_capabilities; }

private:
    Capabilities m_capabilities;
    bool m_greeted = false;
    bool m_helloDone = false;
    bool m_extended = false; // EHLO (not HELO) was accepted
    bool m_encrypted = false;
    bool m_signedIn = false;
    bool m_mailAccepted = false;
    int m_recipients = 0;
};
