#include "report/ResultJson.h"

#include "model/TestPlan.h"
#include "report/HealthJson.h"
#include "report/RelayJson.h"
#include "report/ResultScrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue problemOrNull(const std::optional<Model::Problem> &problem)
{
    return problem ? QJsonValue(Model::key(*problem)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString sslErrorKey(QSslError::SslError error)
{
    const char *key = QMetaEnum::fromType<QSslError::SslError>().valueToKey(int(error));
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

QJsonArray transcriptToJson(const QList<TranscriptEntry> &entries)
{
    // Severity and category sit on the last line of a reply; every line of that reply
    // carries them in JSON so a reader needs no look-ahead.
    QHash<int, const TranscriptEntry *> lastLines;
    for (const TranscriptEntry &entry : entries) {
        if (entry.direction == TranscriptEntry::Direction::Server && entry.replyIndex >= 0
            && (entry.lastLineOfReply || entry.category))
            lastLines.insert(entry.replyIndex, &entry);
    }

    QJsonArray array;
    for (const TranscriptEntry &entry : entries) {
        QJsonObject line{
            {u"ms"_s, entry.ms},
            {u"dir"_s, Model::key(entry.direction)},
            {u"text"_s, entry.text},
            {u"stage"_s, Model::key(entry.stage)},
        };
        const TranscriptEntry *source = &entry;
        if (entry.direction == TranscriptEntry::Direction::Server) {
            line.insert(u"replyIndex"_s, entry.replyIndex);
            line.insert(u"lastLine"_s, entry.lastLineOfReply);
            if (!entry.category && lastLines.contains(entry.replyIndex))
                source = lastLines.value(entry.replyIndex);
        }
        if (source->severity)
            line.insert(u"severity"_s, Model::key(*source->severity));
        if (source->category)
            line.insert(u"category"_s, Model::key(*source->category));
        array.append(line);
    }
    return array;
}

QJsonObject capabilitiesToJson(const Capabilities &caps)
{
    return {
        {u"esmtp"_s, caps.esmtp},
        {u"greetingName"_s, caps.greetingName},
        {u"size"_s, caps.size ? QJsonValue(double(*caps.size)) : QJsonValue(QJsonValue::Null)},
        {u"pipelining"_s, caps.pipelining},
        {u"startTls"_s, caps.startTls},
        {u"auth"_s, stringArray(caps.authMechanisms)},
        {u"dsn"_s, caps.dsn},
        {u"eightBitMime"_s, caps.eightBitMime},
        {u"smtpUtf8"_s, caps.smtpUtf8},
        {u"enhancedStatusCodes"_s, caps.enhancedStatusCodes},
        {u"chunking"_s, caps.chunking},
        {u"binaryMime"_s, caps.binaryMime},
        {u"requireTls"_s, caps.requireTls},
        {u"keywords"_s, stringArray(caps.keywords)},
        {u"oddLines"_s, stringArray(caps.oddLines)},
    };
}

QJsonObject certificateToJson(const CertificateInfo &cert)
{
    return {
        {u"subject"_s, cert.subject},
        {u"issuer"_s, cert.issuer},
        {u"sans"_s, stringArray(cert.subjectAlternativeNames)},
        {u"notBefore"_s, timeOrNull(cert.notBefore)},
        {u"notAfter"_s, timeOrNull(cert.notAfter)},
        {u"serialNumber"_s, cert.serialNumber},
        {u"sha256"_s, cert.sha256Fingerprint},
        {u"selfSigned"_s, cert.selfSigned},
    };
}

} // namespace

QJsonObject ResultJson::replyToJson(const SmtpReply &reply)
{
    return {
        {u"code"_s, reply.code},
        {u"enhancedCode"_s, stringOrNull(reply.enhancedCode)},
        {u"text"_s, reply.text()},
        {u"lines"_s, stringArray(reply.lines)},
    };
}

QJsonObject ResultJson::planToJson(const TestPlan &plan)
{
    QJsonArray headers;
    for (const auto &header : plan.headers)
        headers.append(QJsonObject{{u"name"_s, header.first}, {u"value"_s, header.second}});

    const Timeouts &t = plan.timeouts;
    const QJsonObject timeouts{
        {u"dns"_s, qint64(t.dns.count())},           {u"connect"_s, qint64(t.connect.count())},
        {u"greeting"_s, qint64(t.greeting.count())}, {u"command"_s, qint64(t.command.count())},
        {u"tls"_s, qint64(t.tls.count())},           {u"mail"_s, qint64(t.mail.count())},
        {u"rcpt"_s, qint64(t.rcpt.count())},         {u"dataInit"_s, qint64(t.dataInit.count())},
        {u"dataBlock"_s, qint64(t.dataBlock.count())}, {u"dataTerm"_s, qint64(t.dataTerm.count())},
    };

    // The password and the token are deliberately absent: not even their length or whether one was given.
    return {
        {u"destination"_s, plan.destination()},
        {u"domain"_s, stringOrNull(plan.domain)},
        {u"host"_s, stringOrNull(plan.host)},
        {u"port"_s, int(plan.port)},
        {u"security"_s, Model::key(plan.security)},
        {u"ehloName"_s, plan.ehloName},
        {u"caFile"_s, stringOrNull(plan.caFile)},
        {u"tlsInsecure"_s, plan.tlsInsecure},
        {u"auth"_s, Model::key(plan.auth)},
        {u"user"_s, stringOrNull(plan.user)},
        {u"allowPlaintextAuth"_s, plan.allowPlaintextAuth},
        {u"mailFrom"_s, plan.mailFrom},
        {u"rcptTo"_s, stringArray(plan.rcptTo)},
        {u"notify"_s, stringArray(Model::notifyKeys(plan.notify))},
        {u"orcpt"_s, plan.orcpt},
        {u"ret"_s, Model::key(plan.ret)},
        {u"envid"_s, stringOrNull(plan.envid)},
        {u"subject"_s, plan.subject},
        {u"body"_s, plan.body},
        {u"headers"_s, headers},
        {u"stopAfter"_s, Model::key(plan.stopAfter)},
        {u"timeoutsMs"_s, timeouts},
        {u"dnsServer"_s, plan.dnsServer.isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(plan.dnsServer.toString())},
        {u"ipFamily"_s, Model::key(plan.ipFamily)},
        {u"routing"_s, Model::key(plan.routing)},
        {u"relayTest"_s, plan.relayTest},
    };
}

QJsonObject ResultJson::dnsToJson(const DnsFindings &dns)
{
    QJsonArray mx;
    for (const MxHost &host : dns.mx) {
        QJsonArray addresses;
        QJsonArray ptr;
        for (const ResolvedAddress &address : host.addresses) {
            addresses.append(address.address.toString());
            ptr.append(QJsonObject{
                {u"address"_s, address.address.toString()},
                {u"name"_s, address.ptrLookedUp ? stringOrNull(address.ptr) : QJsonValue(QJsonValue::Null)},
                {u"lookedUp"_s, address.ptrLookedUp},
                {u"matchesExchange"_s, address.ptrMatches},
            });
        }
        mx.append(QJsonObject{
            {u"preference"_s, host.preference},
            {u"exchange"_s, host.exchange},
            {u"addresses"_s, addresses},
            {u"ptr"_s, ptr},
            {u"problem"_s, problemOrNull(host.problem)},
        });
    }
    return {
        {u"domain"_s, dns.domain},
        {u"lookedUp"_s, dns.lookedUp},
        {u"implicitMx"_s, dns.implicitMx},
        {u"nullMx"_s, dns.nullMx},
        {u"mx"_s, mx},
        {u"problem"_s, problemOrNull(dns.problem)},
        {u"errorText"_s, stringOrNull(dns.errorText)},
        {u"dnsServer"_s, stringOrNull(dns.dnsServer)},
        {u"elapsedMs"_s, dns.elapsedMs},
    };
}

QJsonObject ResultJson::tlsToJson(const TlsInfo &tls)
{
    QJsonArray chain;
    for (const CertificateInfo &cert : tls.peerCertificates)
        chain.append(certificateToJson(cert));
    QJsonArray errors;
    for (const TlsErrorInfo &error : tls.errors) {
        errors.append(QJsonObject{
            {u"error"_s, sslErrorKey(error.error)},
            {u"text"_s, error.text},
            {u"certificateIndex"_s, error.certificateIndex},
        });
    }
    return {
        {u"protocol"_s, tls.protocol},
        {u"cipher"_s, tls.cipher},
        {u"cipherBits"_s, tls.cipherBits},
        {u"implicit"_s, tls.implicit},
        {u"verified"_s, tls.verified()},
        {u"continuedDespiteErrors"_s, tls.continuedDespiteErrors},
        {u"peerCertificates"_s, chain},
        {u"errors"_s, errors},
    };
}

QJsonObject ResultJson::attemptToJson(const Attempt &attempt)
{
    QJsonArray recipients;
    for (const RecipientResult &recipient : attempt.recipients) {
        recipients.append(QJsonObject{
            {u"address"_s, recipient.address},
            {u"accepted"_s, recipient.accepted()},
            {u"reply"_s, recipient.reply ? QJsonValue(replyToJson(*recipient.reply)) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray findings;
    for (const Finding &finding : attempt.findings) {
        findings.append(QJsonObject{
            {u"problem"_s, Model::key(finding.problem)},
            {u"stage"_s, Model::key(finding.stage)},
            {u"detail"_s, finding.detail},
            {u"fatal"_s, finding.fatal},
        });
    }
    QJsonArray timings;
    for (const StageTiming &timing : attempt.timings) {
        timings.append(QJsonObject{
            {u"stage"_s, Model::key(timing.stage)},
            {u"startMs"_s, timing.startMs},
            {u"durationMs"_s, timing.durationMs},
        });
    }
    QJsonArray replies;
    for (qsizetype i = 0; i < attempt.replies.size(); ++i) {
        QJsonObject reply = replyToJson(attempt.replies.at(i).reply);
        reply.insert(u"stage"_s, Model::key(attempt.replies.at(i).stage));
        replies.append(reply);
    }
    return {
        {u"host"_s, attempt.route.host},
        {u"address"_s, attempt.route.address.toString()},
        {u"port"_s, int(attempt.route.port)},
        {u"mxPreference"_s, attempt.route.preference},
        {u"outcome"_s, Model::key(attempt.outcome)},
        {u"stage"_s, Model::key(attempt.stage)},
        {u"finalReply"_s, attempt.finalReply ? QJsonValue(replyToJson(*attempt.finalReply)) : QJsonValue(QJsonValue::Null)},
        {u"problem"_s, problemOrNull(attempt.fatalProblem)},
        {u"errorText"_s, stringOrNull(attempt.errorText)},
        {u"authenticated"_s, attempt.authenticated},
        {u"messageSent"_s, attempt.messageSent},
        {u"startMs"_s, attempt.startMs},
        {u"durationMs"_s, attempt.durationMs},
        {u"tls"_s, attempt.tls ? QJsonValue(tlsToJson(*attempt.tls)) : QJsonValue(QJsonValue::Null)},
        {u"capabilities"_s, capabilitiesToJson(attempt.capabilities)},
        {u"recipients"_s, recipients},
        {u"findings"_s, findings},
        {u"timings"_s, timings},
        {u"replies"_s, replies},
        {u"transcript"_s, transcriptToJson(attempt.transcript)},
    };
}

QJsonObject ResultJson::verdictToJson(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    const std::optional<int> code = result.decidingCode();
    return {
        {u"outcome"_s, Model::key(verdict.outcome)},
        {u"stage"_s, Model::key(verdict.stage)},
        {u"code"_s, code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null)},
        {u"enhancedCode"_s, stringOrNull(result.decidingEnhancedCode())},
        {u"text"_s, result.decidingText()},
        {u"problem"_s, problemOrNull(verdict.problem)},
        {u"attemptIndex"_s, verdict.attemptIndex},
        {u"category"_s, Model::key(verdict.category)},
        {u"summary"_s, verdict.summary},
        {u"nextSteps"_s, stringArray(verdict.nextSteps)},
        {u"exitCode"_s, Verdict::exitCode(verdict.outcome)},
    };
}

QJsonObject ResultJson::toJson(const TestResult &unsafe)
{
    const TestResult result = ResultScrubber::withoutSecrets(unsafe);
    QJsonArray attempts;
    for (const Attempt &attempt : result.attempts)
        attempts.append(attemptToJson(attempt));
    QJsonObject json{
        {u"format"_s, u"smtp-wizard-result"_s},
        {u"formatVersion"_s, formatVersion},
        {u"appVersion"_s, result.appVersion},
        {u"machineName"_s, result.machineName},
        {u"startedAt"_s, timeOrNull(result.startedAt)},
        {u"durationMs"_s, result.durationMs},
        {u"plan"_s, planToJson(result.plan)},
        {u"dns"_s, dnsToJson(result.dns)},
        {u"events"_s, transcriptToJson(result.events)},
        {u"attempts"_s, attempts},
        {u"verdict"_s, verdictToJson(result)},
    };
    // Only when the checks ran: a result without them reads as it always did.
    if (result.health)
        json.insert(u"health"_s, HealthJson::toJson(*result.health));
    if (result.plan.relayTest)
        json.insert(u"relay"_s, RelayJson::toJson(result));
    return json;
}

QByteArray ResultJson::toJsonBytes(const TestResult &result, bool indented)
{
    return QJsonDocument(toJson(result)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}
