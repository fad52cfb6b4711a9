#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"

#include "plan/DomainName.h"
#include "plan/MailAddress.h"
#include "plan/ServerAddress.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using Plan::Field;

namespace {

// RFC 5322 §3.6: these appear at most once; a second one makes many servers refuse the
// message (Gmail, Microsoft 365), so an extra header may not repeat them.
const QSet<QString> &onceOnlyHeaders()
{
    static const QSet<QString> names{u"date"_s,     u"from"_s,       u"sender"_s,     u"reply-to"_s,
                                     u"to"_s,       u"cc"_s,         u"bcc"_s,        u"message-id"_s,
                                     u"in-reply-to"_s, u"references"_s, u"subject"_s};
    return names;
}

/// Collects the errors of one build; each check that fails adds one for its field.
class Collector
{
public:
    QList<Plan::FieldError> errors;

    void add(Field field, const QString &message) { errors.append({field, message}); }
    bool ok(Field field, const std::optional<QString> &message)
    {
        if (message)
            add(field, *message);
        return !message;
    }
    /// CR, LF and NUL first, in every field, with a message naming the field.
    bool singleLine(Field field, const QString &text) { return ok(field, FieldChecks::checkSingleLine(text, field)); }
};

QString describeRecipient(const QString &text, qsizetype index, qsizetype count)
{
    if (count == 1)
        return {};
    const bool printable = std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
    return printable ? PlanBuilder::tr("Recipient \"%1\": ").arg(text.trimmed())
                     : PlanBuilder::tr("Recipient %1: ").arg(index + 1);
}

void buildDestination(const PlanRequest &request, const QStringList &recipients, TestPlan &plan,
                      std::optional<int> &serverPort, Collector &c)
{
    const QString domain = request.domain.trimmed();
    const QString server = request.server.trimmed();
    if (!domain.isEmpty() && !server.isEmpty()) {
        c.add(Field::Destination, PlanBuilder::tr("Give either a domain (its mail servers are looked up) "
                                                  "or a server, not both"));
        return;
    }
    if (!server.isEmpty()) {
        QString error;
        if (const auto parsed = ServerAddress::parse(server, &error)) {
            plan.host = parsed->host;
            serverPort = parsed->port;
        } else {
            c.add(Field::Destination, error);
        }
        return;
    }
    // A domain, an address whose domain is meant, or else the first recipient's domain.
    // Trimmed like the domain: the checks below forgive spaces around it, so what is
    // converted must not keep them.
    const QString text = !domain.isEmpty() ? domain : recipients.value(0).trimmed();
    if (text.isEmpty()) {
        c.add(Field::Destination, PlanBuilder::tr("Give a domain, a server or a recipient address"));
        return;
    }
    if (text.contains(u'@')) {
        QString error;
        const auto address = MailAddress::parse(text, &error);
        if (!address) {
            if (!domain.isEmpty()) // a bad recipient is reported as a recipient
                c.add(Field::Destination, error);
            return;
        }
        if (address->hasAddressLiteral())
            plan.host = DomainName::parseAddressLiteral(address->domain)->toString();
        else
            plan.domain = address->domain;
        return;
    }
    if (!c.ok(Field::Destination, FieldChecks::checkDestinationDomain(text)))
        return;
    QString name = text;
    if (name.endsWith(u'.'))
        name.chop(1);
    // The check above accepted the name, so this converts; should the two ever disagree,
    // the refusal is reported rather than an empty optional dereferenced.
    QString error;
    if (const auto ace = DomainName::toAce(name, &error))
        plan.domain = *ace;
    else
        c.add(Field::Destination, error);
}

void buildHeaders(const PlanRequest &request, TestPlan &plan, Collector &c)
{
    QSet<QString> seen;
    if (!request.subject.isEmpty())
        seen.insert(u"subject"_s);
    for (const QString &line : request.headers) {
        if (line.trimmed().isEmpty())
            continue;
        if (!c.ok(Field::Headers, FieldChecks::checkHeader(line)))
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        const QString key = name.toLower();
        if (onceOnlyHeaders().contains(key) && seen.contains(key)) {
            c.add(Field::Headers, key == u"subject"_s && !request.subject.isEmpty()
                                      ? PlanBuilder::tr("The subject is given twice: in the subject field and as a header")
                                      : PlanBuilder::tr("The %1 header may appear only once").arg(name));
            continue;
        }
        seen.insert(key);
        plan.headers.append({name, value});
    }
}

void buildEnvelope(const PlanRequest &request, const QStringList &recipients, TestPlan &plan, Collector &c)
{
    using StopAfter = TestPlan::StopAfter;
    if (!request.mailFrom) {
        if (request.stopAfter >= StopAfter::Mail)
            c.add(Field::MailFrom, PlanBuilder::tr("Give the sender address (MAIL FROM), or <> for the null sender"));
    } else if (c.singleLine(Field::MailFrom, *request.mailFrom)) {
        const QString from = request.mailFrom->trimmed();
        if (!from.isEmpty() && from != u"<>"_s) {
            QString error;
            if (const auto address = MailAddress::parse(from, &error))
                plan.mailFrom = address->toWire();
            else
                c.add(Field::MailFrom, error);
        }
    }

    if (recipients.isEmpty() && request.stopAfter >= StopAfter::Rcpt)
        c.add(Field::RcptTo, PlanBuilder::tr("Give at least one recipient (RCPT TO)"));
    if (recipients.size() > FieldChecks::MaxRecipients)
        c.add(Field::RcptTo, PlanBuilder::tr("At most %1 recipients can be tested at once").arg(FieldChecks::MaxRecipients));
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString &text = recipients.at(i);
        const QString prefix = describeRecipient(text, i, recipients.size());
        if (const auto lineError = FieldChecks::checkSingleLine(text, Field::RcptTo)) {
            c.add(Field::RcptTo, prefix + *lineError);
            continue;
        }
        QString error;
        if (text.trimmed() == u"<>"_s)
            c.add(Field::RcptTo, prefix + PlanBuilder::tr("The null sender <> is not a recipient"));
        else if (const auto address = MailAddress::parse(text, &error))
            plan.rcptTo.append(address->toWire());
        else
            c.add(Field::RcptTo, prefix + error);
    }

    if (request.notify.testFlag(TestPlan::NotifyNever) && request.notify != TestPlan::NotifyNever)
        c.add(Field::Notify, PlanBuilder::tr("\"never\" cannot be combined with success, failure or delay"));
    if (c.ok(Field::Envid, FieldChecks::checkEnvid(request.envid)))
        plan.envid = request.envid;
}

} // namespace

PlanBuilder::Result PlanBuilder::build(const PlanRequest &request)
{
    Collector c;
    TestPlan plan;

    // Blank lines in the recipient list are how people leave room, not recipients.
    QStringList recipients;
    for (const QString &r : request.rcptTo) {
        if (!r.trimmed().isEmpty())
            recipients.append(r);
    }

    std::optional<int> serverPort;
    if (c.singleLine(Field::Destination, request.domain) && c.singleLine(Field::Destination, request.server))
        buildDestination(request, recipients, plan, serverPort, c);

    if (request.port && c.ok(Field::Port, FieldChecks::checkPort(*request.port)) && serverPort && *serverPort != *request.port)
        c.add(Field::Port, tr("The server already names port %1").arg(*serverPort));
    plan.port = quint16(request.port.value_or(serverPort.value_or(request.security == TestPlan::Security::Tls ? 465 : 25)));
    plan.security = request.security;

    if (c.singleLine(Field::EhloName, request.ehloName)) {
        const QString ehlo = request.ehloName.trimmed();
        if (ehlo.isEmpty())
            plan.ehloName = FieldChecks::defaultEhloName();
        else if (c.ok(Field::EhloName, FieldChecks::checkEhloName(ehlo)))
            plan.ehloName = ehlo.startsWith(u'[') ? DomainName::addressLiteral(*DomainName::parseAddressLiteral(ehlo))
                                                  : *DomainName::toAce(ehlo);
    }
    if (c.ok(Field::CaFile, FieldChecks::checkCaFile(request.caFile)))
        plan.caFile = request.caFile;
    plan.tlsInsecure = request.tlsInsecure;

    plan.auth = request.auth;
    const bool userOk = c.singleLine(Field::User, request.user);
    const bool passwordOk = c.singleLine(Field::Password, request.password);
    const bool tokenOk = c.singleLine(Field::Token, request.token);
    const bool usesToken = TestPlan::usesToken(request.auth);
    if (request.auth != TestPlan::Auth::None) {
        if (userOk && request.user.isEmpty())
            c.add(Field::User, tr("Signing in needs a user name"));
        if (!usesToken && passwordOk && request.password.isEmpty())
            c.add(Field::Password, tr("Signing in needs a password"));
        if (usesToken && tokenOk && request.token.trimmed().isEmpty())
            c.add(Field::Token, tr("Signing in with OAuth 2.0 needs an access token"));
        // The token's bytes go into one AUTH line; RFC 4954 §4 lets servers refuse longer ones.
        if (usesToken && request.token.size() > FieldChecks::MaxTokenLength)
            c.add(Field::Token, tr("The access token is longer than %1 characters; copy it again, without anything around it")
                                    .arg(FieldChecks::MaxTokenLength));
    }
    plan.user = request.user;
    // Only the secret the mechanism uses goes into the plan: the other one never reaches the wire.
    plan.password = usesToken ? QString() : request.password;
    plan.token = usesToken ? request.token.trimmed() : QString();
    plan.allowPlaintextAuth = request.allowPlaintextAuth;

    if (request.relayTest) {
        // The check is about what anyone may do: signed in, a server relays by design.
        if (request.auth != TestPlan::Auth::None)
            c.add(Field::User, tr("The open-relay check runs without signing in: choose no sign-in"));
        plan.relayTest = true;
    } else {
        buildEnvelope(request, recipients, plan, c);
    }
    plan.notify = request.notify;
    plan.orcpt = request.orcpt;
    plan.ret = request.ret;

    if (c.ok(Field::Subject, FieldChecks::checkSubject(request.subject)))
        plan.subject = request.subject;
    if (c.ok(Field::Body, FieldChecks::checkBody(request.body)))
        plan.body = FieldChecks::normaliseBody(request.body);
    buildHeaders(request, plan, c);

    plan.stopAfter = request.relayTest ? TestPlan::StopAfter::Rcpt : request.stopAfter; // never DATA
    if (c.ok(Field::Timeouts, FieldChecks::checkTimeouts(request.timeouts)))
        plan.timeouts = request.timeouts;
    if (c.ok(Field::DnsServer, FieldChecks::checkDnsServer(request.dnsServer)) && !request.dnsServer.trimmed().isEmpty()) {
        QString s = request.dnsServer.trimmed();
        if (s.startsWith(u'['))
            s = s.mid(1, s.size() - 2);
        plan.dnsServer = *DomainName::parseIpAddress(s);
    }
    plan.ipFamily = request.ipFamily;
    plan.routing = request.routing;
    plan.parallel = std::clamp(request.parallel, 1, TestPlan::MaxParallel);
    plan.shuffleSeed = request.shuffleSeed;

    Result result;
    result.errors = c.errors;
    if (result.errors.isEmpty())
        result.plan = std::move(plan);
    return result;
}

namespace {
// The destination alone: the part both partial builds start from.
PlanRequest destinationOf(const PlanRequest &full)
{
    PlanRequest request;
    request.domain = full.domain;
    request.server = full.server;
    request.stopAfter = TestPlan::StopAfter::Connect;
    return request;
}
} // namespace

PlanBuilder::Result PlanBuilder::buildLookup(const PlanRequest &full)
{
    PlanRequest request = destinationOf(full);
    request.dnsServer = full.dnsServer;
    request.ipFamily = full.ipFamily;
    request.timeouts = full.timeouts;
    return build(request);
}

PlanBuilder::Result PlanBuilder::buildServer(const PlanRequest &full)
{
    PlanRequest request = destinationOf(full);
    request.port = full.port;
    request.security = full.security;
    return build(request);
}
