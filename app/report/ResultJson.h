#pragma once

#include "model/TestResult.h"

#include <QByteArray>
#include <QJsonObject>

/// The TestResult as the JSON document of `smtp-wizard-cli --json` and of .json reports;
/// docs/json.md describes every field. The password is never part of it.
///
///     std::fputs(ResultJson::toJsonBytes(result, true).constData(), stdout);
class ResultJson
{
public:
    /// Bumped when a field changes meaning or disappears (new fields do not bump it).
    static constexpr int formatVersion = 1;

    static QJsonObject toJson(const TestResult &result);
    static QByteArray toJsonBytes(const TestResult &result, bool indented = true);

    // The parts, for tools that print one piece (e.g. the plan or one attempt).
    static QJsonObject planToJson(const TestPlan &plan);
    static QJsonObject dnsToJson(const DnsFindings &dns);
    static QJsonObject attemptToJson(const Attempt &attempt);
    static QJsonObject verdictToJson(const TestResult &result);
    static QJsonObject tlsToJson(const TlsInfo &tls);
    static QJsonObject replyToJson(const SmtpReply &reply);
};
