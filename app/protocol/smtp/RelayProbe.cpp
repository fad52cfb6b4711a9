#include "protocol/smtp/RelayProbe.h"

#include "protocol/smtp/RelayForms.h"
#include "protocol/smtp/SessionRecorder.h"

using Model::Stage;

RelayProbe::RelayProbe(const TestPlan &plan, SessionRecorder &recorder)
    : m_recorder(recorder)
{
    m_recorder.attempt().relayTrials = RelayForms::trials(RelayForms::serverName(plan));
}

QByteArray RelayProbe::first()
{
    m_trial = 0;
    return mail();
}

QByteArray RelayProbe::mail()
{
    m_recorder.setStage(Stage::Mail);
    m_sent = Sent::Mail;
    return RelayForms::mailCommand(m_recorder.attempt().relayTrials.at(m_trial));
}

std::optional<QByteArray> RelayProbe::next(const SmtpReply &reply)
{
    QList<RelayTrial> &trials = m_recorder.attempt().relayTrials;
    const int replyIndex = int(m_recorder.attempt().replies.size()) - 1;
    const bool last = m_trial + 1 >= trials.size();
    switch (m_sent) {
    case Sent::Mail:
        trials[m_trial].mailReplyIndex = replyIndex;
        if (reply.codeClass() == 2) {
            m_recorder.setStage(Stage::Rcpt);
            m_sent = Sent::Rcpt;
            return RelayForms::rcptCommand(trials.at(m_trial));
        }
        // No transaction was opened, so there is nothing to reset.
        if (last)
            return std::nullopt;
        ++m_trial;
        return mail();
    case Sent::Rcpt:
        trials[m_trial].rcptReplyIndex = replyIndex;
        trials[m_trial].accepted = reply.codeClass() == 2;
        if (last)
            return std::nullopt; // the dialogue's RSET before QUIT closes the transaction
        // RSET clears this try's envelope (RFC 5321 §4.1.1.5); like the RSET before QUIT,
        // its reply is about closing, not about a sender.
        m_recorder.setStage(Stage::Quit);
        m_sent = Sent::Rset;
        return QByteArray("RSET");
    case Sent::Rset:
        ++m_trial;
        return mail();
    }
    return std::nullopt;
}
