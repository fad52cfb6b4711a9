#include "protocol/smtp/RecipientProbe.h"

#include "protocol/smtp/CommandBuilder.h"
#include "protocol/smtp/SessionRecorder.h"

#include <algorithm>

using Model::Stage;

RecipientProbe::RecipientProbe(const TestPlan &plan, SessionRecorder &recorder)
    : m_plan(plan), m_recorder(recorder)
{
}

QByteArray RecipientProbe::first()
{
    return mail();
}

QByteArray RecipientProbe::mail()
{
    m_recorder.setStage(Stage::Mail);
    m_sent = Sent::Mail;
    m_inTransaction = 0;
    CommandBuilder::MailOptions options;
    // A recipient with a non-ASCII local part needs SMTPUTF8 on MAIL (RFC 6531 §3.4).
    options.smtpUtf8 = std::any_of(m_plan.rcptTo.cbegin(), m_plan.rcptTo.cend(), [](const QString &address) {
        return std::any_of(address.cbegin(), address.cend(), [](QChar c) { return c.unicode() > 0x7f; });
    });
    return CommandBuilder::mailFrom(m_plan, m_recorder.attempt().capabilities, options);
}

QByteArray RecipientProbe::rcpt()
{
    m_recorder.setStage(Stage::Rcpt);
    m_sent = Sent::Rcpt;
    ++m_inTransaction;
    return CommandBuilder::rcptTo(m_plan, m_recorder.attempt().capabilities, m_plan.rcptTo.at(m_next));
}

std::optional<QByteArray> RecipientProbe::next(const SmtpReply &reply)
{
    switch (m_sent) {
    case Sent::Mail:
        if (reply.codeClass() != 2) {
            m_mailRefused = true;
            return std::nullopt;
        }
        return rcpt();
    case Sent::Rcpt:
        m_recorder.recipientAnswered(m_next++, reply);
        if (reply.codeClass() != 2)
            ++m_refusals;
        if (m_next >= m_plan.rcptTo.size() || m_refusals >= RefusalBudget)
            return std::nullopt; // the dialogue's RSET before QUIT closes the transaction
        if (m_inTransaction < PerTransaction)
            return rcpt();
        // RSET ends this transaction (RFC 5321 §4.1.1.5); its reply is about closing, as
        // the RSET before QUIT.
        m_recorder.setStage(Stage::Quit);
        m_sent = Sent::Rset;
        return QByteArray("RSET");
    case Sent::Rset:
        return mail();
    }
    return std::nullopt;
}
