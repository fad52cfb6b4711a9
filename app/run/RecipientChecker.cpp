#include "run/RecipientChecker.h"

#include "model/SafeText.h"
#include "protocol/smtp/SmtpSession.h"
#include "run/RunExplainer.h"

namespace {

BatchRow::Outcome outcomeOf(const SmtpReply &reply)
{
    switch (reply.codeClass()) {
    case 2: return BatchRow::Outcome::Accepted;
    case 4: return BatchRow::Outcome::Temporary;
    case 5: return BatchRow::Outcome::Refused;
    default: return BatchRow::Outcome::Error;
    }
}

/// The server's words after the code, made safe for a terminal or a spreadsheet.
QString wordsOf(const SmtpReply &reply)
{
    QString words = reply.enhancedCode;
    const QString text = reply.text();
    if (!text.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(" ")) + text;
    return SafeText::visible(words);
}

} // namespace

RecipientChecker::RecipientChecker(const TestPlan &plan, const QStringList &recipients, const Route &route,
                                   const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_plan(plan), m_route(route), m_clock(clock)
{
    m_plan.rcptTo = recipients;
    m_plan.recipientCheck = true;
    m_plan.relayTest = false;
    m_plan.stopAfter = TestPlan::StopAfter::Rcpt;
}

RecipientChecker::~RecipientChecker()
{
    if (m_session)
        m_session->disconnect(this);
}

void RecipientChecker::start()
{
    m_session = new SmtpSession(m_plan, m_route, m_clock, this);
    connect(m_session, &SmtpSession::finished, this, &RecipientChecker::handleFinished, Qt::QueuedConnection);
    m_session->start();
}

void RecipientChecker::cancel()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void RecipientChecker::handleFinished()
{
    if (!m_session)
        return;
    Attempt attempt = m_session->takeAttempt();
    m_session->deleteLater();
    m_session = nullptr;
    RunExplainer::explainAttempt(attempt);
    m_reading = read(attempt);
    Q_EMIT finished();
}

RecipientChecker::Reading RecipientChecker::read(const Attempt &attempt)
{
    Reading reading;
    const QString mx = SafeText::visible(attempt.route.name());
    int answered = 0;
    for (const RecipientResult &recipient : attempt.recipients) {
        if (!recipient.reply) {
            reading.rows.append(std::nullopt);
            continue;
        }
        ++answered;
        BatchRow row;
        row.address = recipient.address;
        row.outcome = outcomeOf(*recipient.reply);
        row.code = recipient.reply->code;
        row.text = wordsOf(*recipient.reply);
        row.mx = mx;
        if (recipient.replyIndex >= 0 && recipient.replyIndex < attempt.replies.size())
            row.category = attempt.replies.at(recipient.replyIndex).explanation.category;
        reading.rows.append(row);
    }

    BatchRow &failure = reading.failure;
    failure.mx = mx;
    failure.outcome = BatchRow::Outcome::Error;
    if (attempt.finalReply && attempt.finalReply->code != 0) {
        // The server ended it before asking (a refused sender, a 554 greeting, a 421): that
        // says nothing about the address itself, so never "refused"; a 4xx may pass.
        const SmtpReply &reply = *attempt.finalReply;
        failure.code = reply.code;
        failure.text = wordsOf(reply);
        if (reply.codeClass() == 4)
            failure.outcome = BatchRow::Outcome::Temporary;
        if (attempt.finalReplyIndex >= 0 && attempt.finalReplyIndex < attempt.replies.size())
            failure.category = attempt.replies.at(attempt.finalReplyIndex).explanation.category;
        reading.askAgain = reply.code == 421 && answered > 0;
    } else if (attempt.fatalProblem) {
        for (const Finding &finding : attempt.findings) {
            if (finding.fatal) {
                failure.category = finding.explanation.category;
                failure.text = SafeText::visible(finding.explanation.title.isEmpty()
                                                     ? finding.detail
                                                     : finding.explanation.title + QStringLiteral(": ") + finding.detail);
            }
        }
        reading.askAgain = answered > 0; // it broke after progress: worth one more try
        reading.unreachable = attempt.replies.isEmpty();
    } else {
        reading.askAgain = true; // an orderly end with recipients left: the refusal budget
        reading.orderly = true;
    }
    return reading;
}
