#pragma once

#include "model/TestResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Reads a result JSON document (docs/json.md) back into a TestResult: the inverse of
/// ResultJson, so ResultJson::toJson(*fromJson(json)) == json for what ResultJson wrote.
/// Missing fields take their defaults; only a foreign document or one from a newer format
/// is refused. Explanations are not part of the document: RunExplainer can make them again.
///
///     QString error;
///     if (const auto result = ResultJsonReader::fromJsonBytes(file.readAll(), &error))
///         show(*result);
class ResultJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ResultJsonReader)
public:
    /// The result, or nothing with the reason in error (for people, translated).
    static std::optional<TestResult> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<TestResult> fromJsonBytes(const QByteArray &bytes, QString *error = nullptr);
    /// Whether json is a result this version can read; error says why not.
    static bool isReadable(const QJsonObject &json, QString *error = nullptr);

    // The parts, mirroring ResultJson's.
    static TestPlan planFromJson(const QJsonObject &json);
    static DnsFindings dnsFromJson(const QJsonObject &json);
    static Attempt attemptFromJson(const QJsonObject &json);
    static TlsInfo tlsFromJson(const QJsonObject &json);
    static SmtpReply replyFromJson(const QJsonObject &json);
    /// The verdict's own fields; the deciding reply is found by fromJson (it needs the attempts).
    static Verdict verdictFromJson(const QJsonObject &json);
    static QList<TranscriptEntry> transcriptFromJson(const QJsonArray &json);
};
