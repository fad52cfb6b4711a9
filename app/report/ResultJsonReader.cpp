#include "report/ResultJsonReader.h"

#include "report/HealthJson.h"
#include "report/RelayJson.h"
#include "report/ResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {

const QString formatName = u"smtp-wizard-result"_s;

template<typename E>
E enumOr(const QJsonValue &value, E fallback)
{
    return Model::fromKey<E>(value.toString()).value_or(fallback);
}

template<typename E>
std::optional<E> optionalEnum(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return Model::fromKey<E>(value.toString());
}

qint64 integer(const QJsonValue &value, qint64 fallback = 0)
{
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QHostAddress address(const QJsonValue &value)
{
    return value.isString() ? QHostAddress(value.toString()) : QHostAddress();
}

QSslError::SslError sslError(const QString &name)
{
    bool known = false;
    const int value = QMetaEnum::fromType<QSslError::SslError>().keyToValue(name.toLatin1().constData(), &known);
    if (known)
        return QSslError::SslError(value);
    // ResultJson writes the number of an error Qt has no name for.
    const int number = name.toInt(&known);
    return known ? QSslError::SslError(number) : QSslError::UnspecifiedError;
}

Capabilities capabilitiesFromJson(const QJsonObject &json)
{
    Capabilities caps;
    caps.esmtp = json.value(u"esmtp").toBool();
    caps.greetingName = json.value(u"greetingName").toString();
    if (json.value(u"size").isDouble())
        caps.size = integer(json.value(u"size"));
    caps.pipelining = json.value(u"pipelining").toBool();
    caps.startTls = json.value(u"startTls").toBool();
    caps.authMechanisms = strings(json.value(u"auth"));
    caps.dsn = json.value(u"dsn").toBool();
    caps.eightBitMime = json.value(u"eightBitMime").toBool();
    caps.smtpUtf8 = json.value(u"smtpUtf8").toBool();
    caps.enhancedStatusCodes = json.value(u"enhancedStatusCodes").toBool();
    caps.chunking = json.value(u"chunking").toBool();
    caps.binaryMime = json.value(u"binaryMime").toBool();
    caps.requireTls = json.value(u"requireTls").toBool();
    caps.keywords = strings(json.value(u"keywords"));
    caps.oddLines = strings(json.value(u"oddLines"));
    return caps;
}

CertificateInfo certificateFromJson(const QJsonObject &json)
{
    CertificateInfo cert;
    cert.subject = json.value(u"subject").toString();
    cert.issuer = json.value(u"issuer").toString();
    cert.subjectAlternativeNames = strings(json.value(u"sans"));
    cert.notBefore = time(json.value(u"notBefore"));
    cert.notAfter = time(json.value(u"notAfter"));
    cert.serialNumber = json.value(u"serialNumber").toString();
    cert.sha256Fingerprint = json.value(u"sha256").toString();
    cert.selfSigned = json.value(u"selfSigned").toBool();
    return cert;
}

/// The record among replies that says what the JSON quotes, preferring one of stage;
/// indices are not part of the document, so the words find the record.
int findReply(const QList<ReplyRecord> &replies, int code, const QString &enhanced, const QString &text,
              std::optional<Model::Stage> stage, int from = 0)
{
    int fallback = -1;
    for (int i = std::max(from, 0); i < replies.size(); ++i) {
        const SmtpReply &reply = replies.at(i).reply;
        if (reply.code != code || reply.enhancedCode != enhanced || reply.text() != text)
            continue;
        if (!stage || replies.at(i).stage == *stage)
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback;
}

void linkRecords(Attempt &attempt)
{
    if (attempt.finalReply) {
        const SmtpReply &r = *attempt.finalReply;
        // The reply that ended an attempt is the last of its kind, so search from the end.
        for (int i = int(attempt.replies.size()) - 1; i >= 0; --i) {
            if (attempt.replies.at(i).reply == r) {
                attempt.finalReplyIndex = i;
                break;
            }
        }
    }
    int next = 0;
    for (RecipientResult &recipient : attempt.recipients) {
        if (!recipient.reply)
            continue;
        const SmtpReply &r = *recipient.reply;
        recipient.replyIndex = findReply(attempt.replies, r.code, r.enhancedCode, r.text(), Model::Stage::Rcpt, next);
        if (recipient.replyIndex >= 0)
            next = recipient.replyIndex + 1;
    }
}

} // namespace

bool ResultJsonReader::isReadable(const QJsonObject &json, QString *error)
{
    QString why;
    if (json.value(u"format").toString() != formatName)
        why = tr("This file is not an SMTP Wizard test result.");
    else if (const qint64 version = integer(json.value(u"formatVersion"), 1); version > ResultJson::formatVersion)
        why = tr("This test result was saved by a newer version of SMTP Wizard (format %1); this version reads "
                 "format %2 and older. Update SMTP Wizard to open it.")
                  .arg(version)
                  .arg(ResultJson::formatVersion);
    if (error)
        *error = why;
    return why.isEmpty();
}

std::optional<TestResult> ResultJsonReader::fromJsonBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("This file is not an SMTP Wizard test result: it is not readable JSON (%1).")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : tr("no object at the top"));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<TestResult> ResultJsonReader::fromJson(const QJsonObject &json, QString *error)
{
    if (!isReadable(json, error))
        return std::nullopt;

    TestResult result;
    result.appVersion = json.value(u"appVersion").toString();
    result.machineName = json.value(u"machineName").toString();
    result.startedAt = time(json.value(u"startedAt"));
    result.durationMs = integer(json.value(u"durationMs"));
    result.plan = planFromJson(json.value(u"plan").toObject());
    result.dns = dnsFromJson(json.value(u"dns").toObject());
    result.events = transcriptFromJson(json.value(u"events").toArray());
    if (json.value(u"health").isObject())
        result.health = HealthJson::fromJson(json.value(u"health").toObject());
    for (const QJsonValue &attempt : json.value(u"attempts").toArray())
        result.attempts.append(attemptFromJson(attempt.toObject()));
    if (json.value(u"relay").isObject())
        RelayJson::readInto(json.value(u"relay").toObject(), result);

    // Routes carry the reverse name the DNS step found for their address.
    for (Attempt &attempt : result.attempts) {
        for (const MxHost &host : std::as_const(result.dns.mx)) {
            for (const ResolvedAddress &resolved : host.addresses) {
                if (resolved.address == attempt.route.address && host.exchange == attempt.route.host)
                    attempt.route.ptr = resolved.ptr;
            }
        }
    }

    const QJsonObject verdictJson = json.value(u"verdict").toObject();
    result.verdict = verdictFromJson(verdictJson);
    const int a = result.verdict.attemptIndex;
    if (verdictJson.value(u"code").isDouble() && a >= 0 && a < result.attempts.size()) {
        result.verdict.replyIndex = findReply(result.attempts.at(a).replies, verdictJson.value(u"code").toInt(),
                                              verdictJson.value(u"enhancedCode").toString(),
                                              verdictJson.value(u"text").toString(), result.verdict.stage);
    }
    if (error)
        error->clear();
    return result;
}

TestPlan ResultJsonReader::planFromJson(const QJsonObject &json)
{
    TestPlan plan;
    plan.domain = json.value(u"domain").toString();
    plan.host = json.value(u"host").toString();
    if (plan.domain.isEmpty() && plan.host.isEmpty())
        plan.domain = json.value(u"destination").toString();
    plan.port = quint16(integer(json.value(u"port"), plan.port));
    plan.security = enumOr(json.value(u"security"), plan.security);
    plan.ehloName = json.value(u"ehloName").toString();
    plan.caFile = json.value(u"caFile").toString();
    plan.tlsInsecure = json.value(u"tlsInsecure").toBool();
    plan.auth = enumOr(json.value(u"auth"), plan.auth);
    plan.user = json.value(u"user").toString();
    plan.allowPlaintextAuth = json.value(u"allowPlaintextAuth").toBool();
    plan.mailFrom = json.value(u"mailFrom").toString();
    plan.rcptTo = strings(json.value(u"rcptTo"));
    for (const QString &flag : strings(json.value(u"notify"))) {
        if (const auto value = Model::fromKey<TestPlan::NotifyFlag>(flag))
            plan.notify |= *value;
    }
    plan.orcpt = json.value(u"orcpt").toBool();
    plan.ret = enumOr(json.value(u"ret"), plan.ret);
    plan.envid = json.value(u"envid").toString();
    plan.subject = json.value(u"subject").toString();
    plan.body = json.value(u"body").toString();
    for (const QJsonValue &header : json.value(u"headers").toArray()) {
        const QJsonObject h = header.toObject();
        plan.headers.append({h.value(u"name").toString(), h.value(u"value").toString()});
    }
    plan.stopAfter = enumOr(json.value(u"stopAfter"), plan.stopAfter);

    const QJsonObject ms = json.value(u"timeoutsMs").toObject();
    Timeouts &t = plan.timeouts;
    const std::pair<QStringView, std::chrono::milliseconds *> fields[] = {
        {u"dns", &t.dns},       {u"connect", &t.connect},   {u"greeting", &t.greeting},   {u"command", &t.command},
        {u"tls", &t.tls},       {u"mail", &t.mail},         {u"rcpt", &t.rcpt},           {u"dataInit", &t.dataInit},
        {u"dataBlock", &t.dataBlock}, {u"dataTerm", &t.dataTerm},
    };
    for (const auto &[name, field] : fields)
        *field = std::chrono::milliseconds(integer(ms.value(name), field->count()));
    plan.dnsServer = address(json.value(u"dnsServer"));
    plan.ipFamily = enumOr(json.value(u"ipFamily"), plan.ipFamily);
    plan.routing = enumOr(json.value(u"routing"), plan.routing);
    plan.relayTest = json.value(u"relayTest").toBool();
    return plan;
}

DnsFindings ResultJsonReader::dnsFromJson(const QJsonObject &json)
{
    DnsFindings dns;
    dns.domain = json.value(u"domain").toString();
    dns.lookedUp = json.value(u"lookedUp").toBool();
    dns.implicitMx = json.value(u"implicitMx").toBool();
    dns.nullMx = json.value(u"nullMx").toBool();
    for (const QJsonValue &value : json.value(u"mx").toArray()) {
        const QJsonObject mx = value.toObject();
        MxHost host;
        host.preference = int(integer(mx.value(u"preference")));
        host.exchange = mx.value(u"exchange").toString();
        host.problem = optionalEnum<Model::Problem>(mx.value(u"problem"));
        const QJsonArray ptr = mx.value(u"ptr").toArray();
        for (const QString &text : strings(mx.value(u"addresses"))) {
            ResolvedAddress resolved{QHostAddress(text), {}, false, false};
            for (const QJsonValue &p : ptr) {
                const QJsonObject reverse = p.toObject();
                if (reverse.value(u"address").toString() != text)
                    continue;
                resolved.ptr = reverse.value(u"name").toString();
                resolved.ptrLookedUp = reverse.value(u"lookedUp").toBool();
                resolved.ptrMatches = reverse.value(u"matchesExchange").toBool();
                break;
            }
            host.addresses.append(resolved);
        }
        dns.mx.append(host);
    }
    dns.problem = optionalEnum<Model::Problem>(json.value(u"problem"));
    dns.errorText = json.value(u"errorText").toString();
    dns.dnsServer = json.value(u"dnsServer").toString();
    dns.elapsedMs = integer(json.value(u"elapsedMs"));
    return dns;
}

TlsInfo ResultJsonReader::tlsFromJson(const QJsonObject &json)
{
    TlsInfo tls;
    tls.protocol = json.value(u"protocol").toString();
    tls.cipher = json.value(u"cipher").toString();
    tls.cipherBits = int(integer(json.value(u"cipherBits")));
    tls.implicit = json.value(u"implicit").toBool();
    tls.continuedDespiteErrors = json.value(u"continuedDespiteErrors").toBool();
    for (const QJsonValue &cert : json.value(u"peerCertificates").toArray())
        tls.peerCertificates.append(certificateFromJson(cert.toObject()));
    for (const QJsonValue &value : json.value(u"errors").toArray()) {
        const QJsonObject e = value.toObject();
        TlsErrorInfo info;
        info.error = sslError(e.value(u"error").toString());
        info.text = e.value(u"text").toString();
        info.certificateIndex = int(integer(e.value(u"certificateIndex"), -1));
        tls.errors.append(info);
    }
    // The document says "verified", not "established": a session only has a protocol and
    // a cipher once its handshake completed (SmtpSession records an empty TlsInfo else).
    tls.established = json.value(u"verified").toBool() || !tls.protocol.isEmpty() || !tls.cipher.isEmpty();
    return tls;
}

SmtpReply ResultJsonReader::replyFromJson(const QJsonObject &json)
{
    SmtpReply reply;
    reply.code = int(integer(json.value(u"code")));
    reply.enhancedCode = json.value(u"enhancedCode").toString();
    reply.lines = strings(json.value(u"lines"));
    if (reply.lines.isEmpty() && !json.value(u"text").toString().isEmpty())
        reply.lines = {json.value(u"text").toString()};
    return reply;
}

QList<TranscriptEntry> ResultJsonReader::transcriptFromJson(const QJsonArray &json)
{
    QList<TranscriptEntry> entries;
    for (const QJsonValue &value : json) {
        const QJsonObject line = value.toObject();
        TranscriptEntry entry;
        entry.ms = integer(line.value(u"ms"));
        entry.direction = enumOr(line.value(u"dir"), entry.direction);
        entry.text = line.value(u"text").toString();
        entry.stage = enumOr(line.value(u"stage"), entry.stage);
        entry.replyIndex = int(integer(line.value(u"replyIndex"), -1));
        entry.lastLineOfReply = line.value(u"lastLine").toBool();
        entry.severity = optionalEnum<Model::Severity>(line.value(u"severity"));
        entry.category = optionalEnum<Model::Category>(line.value(u"category"));
        entries.append(entry);
    }
    return entries;
}

Attempt ResultJsonReader::attemptFromJson(const QJsonObject &json)
{
    Attempt attempt;
    attempt.route.host = json.value(u"host").toString();
    attempt.route.address = address(json.value(u"address"));
    attempt.route.port = quint16(integer(json.value(u"port")));
    attempt.route.preference = int(integer(json.value(u"mxPreference"), -1));
    attempt.outcome = enumOr(json.value(u"outcome"), attempt.outcome);
    attempt.stage = enumOr(json.value(u"stage"), attempt.stage);
    if (json.value(u"finalReply").isObject())
        attempt.finalReply = replyFromJson(json.value(u"finalReply").toObject());
    attempt.fatalProblem = optionalEnum<Model::Problem>(json.value(u"problem"));
    attempt.errorText = json.value(u"errorText").toString();
    attempt.authenticated = json.value(u"authenticated").toBool();
    attempt.messageSent = json.value(u"messageSent").toBool();
    attempt.startMs = integer(json.value(u"startMs"));
    attempt.durationMs = integer(json.value(u"durationMs"));
    if (json.value(u"tls").isObject())
        attempt.tls = tlsFromJson(json.value(u"tls").toObject());
    attempt.capabilities = capabilitiesFromJson(json.value(u"capabilities").toObject());
    for (const QJsonValue &value : json.value(u"replies").toArray()) {
        const QJsonObject reply = value.toObject();
        attempt.replies.append(ReplyRecord{replyFromJson(reply), enumOr(reply.value(u"stage"), Model::Stage::Connect), {}});
    }
    for (const QJsonValue &value : json.value(u"recipients").toArray()) {
        const QJsonObject r = value.toObject();
        RecipientResult recipient;
        recipient.address = r.value(u"address").toString();
        if (r.value(u"reply").isObject())
            recipient.reply = replyFromJson(r.value(u"reply").toObject());
        attempt.recipients.append(recipient);
    }
    for (const QJsonValue &value : json.value(u"findings").toArray()) {
        const QJsonObject f = value.toObject();
        // A problem this version has no name for cannot be explained or shown; leave it out.
        if (const auto problem = optionalEnum<Model::Problem>(f.value(u"problem"))) {
            attempt.findings.append(Finding{*problem, enumOr(f.value(u"stage"), Model::Stage::Connect),
                                            f.value(u"detail").toString(), f.value(u"fatal").toBool(), {}});
        }
    }
    for (const QJsonValue &value : json.value(u"timings").toArray()) {
        const QJsonObject t = value.toObject();
        attempt.timings.append(StageTiming{enumOr(t.value(u"stage"), Model::Stage::Connect),
                                           integer(t.value(u"startMs")), integer(t.value(u"durationMs"))});
    }
    attempt.transcript = transcriptFromJson(json.value(u"transcript").toArray());
    linkRecords(attempt);
    return attempt;
}

Verdict ResultJsonReader::verdictFromJson(const QJsonObject &json)
{
    Verdict verdict;
    verdict.outcome = enumOr(json.value(u"outcome"), verdict.outcome);
    verdict.stage = enumOr(json.value(u"stage"), verdict.stage);
    verdict.problem = optionalEnum<Model::Problem>(json.value(u"problem"));
    verdict.attemptIndex = int(integer(json.value(u"attemptIndex"), -1));
    verdict.category = enumOr(json.value(u"category"), verdict.category);
    verdict.summary = json.value(u"summary").toString();
    verdict.nextSteps = strings(json.value(u"nextSteps"));
    return verdict;
}
