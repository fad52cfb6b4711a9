// The mail transaction half of SmtpDialogue: MAIL FROM, RCPT TO, DATA and the message,
// or instead the open-relay check's tries or the batch check's recipients. The opening
// (greeting, EHLO, STARTTLS, AUTH) and the endings are in SmtpDialogue.cpp.
#include "protocol/smtp/SmtpDialogue.h"

#include "protocol/smtp/CommandBuilder.h"
#include "protocol/smtp/MailPreparation.h"
#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpTransport.h"

#include <algorithm>

using Model::Stage;
using StopAfter = TestPlan::StopAfter;

void SmtpDialogue::beginTransaction()
{
    if (m_plan.relayTest) // instead of one transaction, one try per form, never DATA
        return sendRelay(m_relay.emplace(m_plan, m_recorder).first());
    if (m_plan.recipientCheck) // the batch check: RCPT TO only, RSET between transactions
        return send(m_recipients.emplace(m_plan, m_recorder).first(), Step::Recipients);
    m_recorder.setStage(Stage::Mail);
    MailPreparation::Result prepared = MailPreparation::prepare(m_plan, m_recorder.attempt().capabilities, m_ehloName);
    for (const MailPreparation::Note &note : std::as_const(prepared.findings))
        m_recorder.finding(note.problem, note.text);
    if (prepared.refusal) {
        fail(prepared.refusal->problem, prepared.refusal->text);
        return;
    }
    m_message = std::move(prepared.message);
    send(prepared.command, Step::Mail);
}

void SmtpDialogue::handleMail(const SmtpReply &reply)
{
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_transactionOpen = true;
    if (m_plan.stopAfter == StopAfter::Mail) {
        complete();
        return;
    }
    m_recorder.setStage(Stage::Rcpt);
    m_rcptIndex = 0;
    sendNextRcpt();
}

void SmtpDialogue::sendNextRcpt()
{
    send(CommandBuilder::rcptTo(m_plan, m_recorder.attempt().capabilities, m_plan.rcptTo.at(m_rcptIndex)), Step::Rcpt);
}

void SmtpDialogue::handleRcpt(const SmtpReply &reply)
{
    m_recorder.recipientAnswered(m_rcptIndex++, reply);
    if (m_rcptIndex < m_plan.rcptTo.size()) {
        sendNextRcpt();
        return;
    }
    afterRecipients();
}

void SmtpDialogue::afterRecipients()
{
    const auto &recipients = m_recorder.attempt().recipients;
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
        complete();
        return;
    }
    m_recorder.setStage(Stage::Data);
    send("DATA", Step::Data);
}

void SmtpDialogue::handleData(const SmtpReply &reply)
{
    if (reply.code != 354) {
        endWithReply(reply);
        return;
    }
    m_recorder.setStage(Stage::Message);
    m_recorder.message(m_message->wire);
    m_step = Step::Message;
    m_transport.sendMessage(m_message->wire, m_plan.timeouts.dataBlock, m_plan.timeouts.dataTerm);
}

void SmtpDialogue::handleMessage(const SmtpReply &reply)
{
    m_transactionOpen = false; // the final "." ends the transaction whatever the reply
    if (reply.codeClass() != 2) {
        endWithReply(reply);
        return;
    }
    m_recorder.attempt().messageSent = true;
    complete();
}

void SmtpDialogue::sendRelay(const std::optional<QByteArray> &command)
{
    m_transactionOpen = m_relay->transactionOpen();
    command ? send(*command, Step::Relay) : complete();
}

void SmtpDialogue::handleRecipients(const SmtpReply &reply)
{
    const std::optional<QByteArray> command = m_recipients->next(reply);
    m_transactionOpen = m_recipients->transactionOpen();
    if (command)
        send(*command, Step::Recipients);
    else if (m_recipients->mailRefused())
        endWithReply(reply);
    else
        complete();
}
