#include "run/RunExplainer.h"

#include "diagnosis/ReplyCatalog.h"
#include "run/MxLookup.h"

bool RunExplainer::explainEntry(Attempt *attempt, TranscriptEntry &entry)
{
    if (attempt && entry.lastLineOfReply && entry.replyIndex >= 0 && entry.replyIndex < attempt->replies.size()) {
        ReplyRecord &record = attempt->replies[entry.replyIndex];
        // A reply that came before its command answers nothing: its code's meaning
        // ("250 Completed") would mislead; it is explained as what it is.
        record.explanation = entry.unsolicited
            ? ReplyCatalog::explainProblem(Model::Problem::UnsolicitedReply, record.stage, record.reply.summaryLine(),
                                           attempt->route.port)
            : ReplyCatalog::explainReply(record.stage, record.reply);
        entry.severity = record.explanation.severity;
        entry.category = record.explanation.category;
        return true;
    }
    if (!entry.problem)
        return false;
    if (attempt && entry.findingIndex >= 0 && entry.findingIndex < attempt->findings.size()) {
        Finding &finding = attempt->findings[entry.findingIndex];
        finding.explanation = ReplyCatalog::explainProblem(finding.problem, finding.stage, finding.detail,
                                                           attempt->route.port);
        entry.severity = finding.explanation.severity;
        entry.category = finding.explanation.category;
        return false;
    }
    const Explanation explanation = ReplyCatalog::explainProblem(*entry.problem, entry.stage, entry.text,
                                                                 attempt ? attempt->route.port : 0);
    entry.severity = explanation.severity;
    entry.category = explanation.category;
    return false;
}

void RunExplainer::explainTls(Attempt &attempt)
{
    if (!attempt.tls)
        return;
    for (TlsErrorInfo &error : attempt.tls->errors)
        error.title = ReplyCatalog::explainTlsError(error.error).title;
}

void RunExplainer::explainAttempt(Attempt &attempt)
{
    for (TranscriptEntry &entry : attempt.transcript)
        explainEntry(&attempt, entry);
    // Records no transcript line points at (hand-made results) are explained too.
    for (ReplyRecord &record : attempt.replies) {
        if (!record.explanation.isValid())
            record.explanation = ReplyCatalog::explainReply(record.stage, record.reply);
    }
    for (Finding &finding : attempt.findings) {
        if (!finding.explanation.isValid())
            finding.explanation = ReplyCatalog::explainProblem(finding.problem, finding.stage, finding.detail,
                                                               attempt.route.port);
    }
    explainTls(attempt);
}

void RunExplainer::explainResult(TestResult &result)
{
    MxLookup::explain(result.dns);
    for (TranscriptEntry &entry : result.events)
        explainEntry(nullptr, entry);
    for (Attempt &attempt : result.attempts)
        explainAttempt(attempt);
}
