#include "model/TestResult.h"

const ReplyRecord *TestResult::decidingReply() const
{
    const int a = verdict.attemptIndex;
    const int r = verdict.replyIndex;
    if (a < 0 || a >= attempts.size() || r < 0 || r >= attempts.at(a).replies.size())
        return nullptr;
    return &attempts.at(a).replies.at(r);
}

std::optional<int> TestResult::decidingCode() const
{
    if (const ReplyRecord *record = decidingReply())
        return record->reply.code;
    return std::nullopt;
}

QString TestResult::decidingEnhancedCode() const
{
    const ReplyRecord *record = decidingReply();
    return record ? record->reply.enhancedCode : QString();
}

QString TestResult::decidingText() const
{
    if (const ReplyRecord *record = decidingReply())
        return record->reply.text();
    const int a = verdict.attemptIndex;
    if (a >= 0 && a < attempts.size())
        return attempts.at(a).errorText;
    return dns.errorText;
}
