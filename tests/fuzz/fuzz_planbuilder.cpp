// PlanBuilder, the gate between what people type and the wire: whatever request the bytes
// make, a plan that comes out carries no CR, LF or NUL where a command line goes, keeps
// SMTP's line limits, and a refused request always says why.
#include "FuzzCheck.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>

namespace {

QString text(FuzzedDataProvider &in, size_t maxBytes = 120)
{
    const std::string s = in.ConsumeRandomLengthString(maxBytes);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isOneLine(const QString &s)
{
    return !s.contains(u'\r') && !s.contains(u'\n') && !s.contains(QChar(0));
}

PlanRequest requestFrom(FuzzedDataProvider &in)
{
    PlanRequest r;
    r.domain = text(in);
    r.server = text(in);
    if (in.ConsumeBool())
        r.port = in.ConsumeIntegralInRange<int>(-2, 70000);
    r.security = TestPlan::Security(in.ConsumeIntegralInRange<int>(0, 3));
    r.ehloName = text(in);
    // An empty EHLO name asks the system for this machine's name: slow, and not input.
    if (r.ehloName.trimmed().isEmpty())
        r.ehloName = QStringLiteral("client.example");
    r.auth = TestPlan::Auth(in.ConsumeIntegralInRange<int>(0, 3));
    r.user = text(in);
    r.password = text(in);
    r.allowPlaintextAuth = in.ConsumeBool();
    if (in.ConsumeBool())
        r.mailFrom = text(in);
    for (int n = in.ConsumeIntegralInRange<int>(0, 4); n > 0; --n)
        r.rcptTo.append(text(in));
    r.notify = TestPlan::Notify(in.ConsumeIntegralInRange<int>(0, 15));
    r.orcpt = in.ConsumeBool();
    r.ret = TestPlan::Ret(in.ConsumeIntegralInRange<int>(0, 2));
    r.envid = text(in);
    r.subject = text(in, 1100);
    for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n)
        r.headers.append(text(in, 1100));
    r.stopAfter = TestPlan::StopAfter(in.ConsumeIntegralInRange<int>(0, 6));
    if (in.ConsumeBool())
        r.timeouts = Timeouts::uniform(std::chrono::milliseconds(in.ConsumeIntegral<int64_t>()));
    r.dnsServer = text(in, 60);
    r.ipFamily = TestPlan::IpFamily(in.ConsumeIntegralInRange<int>(0, 2));
    r.routing = TestPlan::Routing(in.ConsumeIntegralInRange<int>(0, 1));
    r.body = text(in, 4000);
    return r;
}

void checkPlan(const PlanRequest &request, const TestPlan &plan)
{
    FUZZ_CHECK(plan.host.isEmpty() != plan.domain.isEmpty());
    FUZZ_CHECK(plan.port >= 1);
    for (const QString &field : {plan.host, plan.domain, plan.ehloName, plan.user, plan.password, plan.mailFrom,
                                 plan.envid, plan.subject})
        FUZZ_CHECK(isOneLine(field));
    FUZZ_CHECK(plan.rcptTo.size() <= FieldChecks::MaxRecipients);
    FUZZ_CHECK(!plan.rcptTo.isEmpty() || request.stopAfter < TestPlan::StopAfter::Rcpt);
    for (const QString &rcpt : plan.rcptTo)
        FUZZ_CHECK(isOneLine(rcpt) && rcpt.contains(u'@'));
    FUZZ_CHECK((u"Subject: " + plan.subject).toUtf8().size() <= FieldChecks::MaxLineOctets);
    for (const auto &[name, value] : plan.headers) {
        FUZZ_CHECK(!name.isEmpty() && isOneLine(name) && isOneLine(value) && !name.contains(u':'));
        FUZZ_CHECK((name + u": " + value).toUtf8().size() <= FieldChecks::MaxLineOctets);
    }
    FUZZ_CHECK(!plan.body.contains(u'\r') && !plan.body.contains(QChar(0)));
    for (const QByteArray &line : plan.body.toUtf8().split('\n'))
        FUZZ_CHECK(line.size() <= FieldChecks::MaxLineOctets);
    FUZZ_CHECK(plan.envid.size() <= FieldChecks::MaxEnvidCharacters);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const PlanRequest request = requestFrom(in);
    const PlanBuilder::Result result = PlanBuilder::build(request);
    FUZZ_CHECK(result.ok() == result.errors.isEmpty());
    for (const Plan::FieldError &error : result.errors)
        FUZZ_CHECK(!error.message.isEmpty());
    if (result.ok())
        checkPlan(request, *result.plan);

    // The partial builds the wizard makes before the rest is filled in: never refused
    // when the whole request was accepted with its destination named.
    const PlanBuilder::Result lookup = PlanBuilder::buildLookup(request);
    const PlanBuilder::Result server = PlanBuilder::buildServer(request);
    if (result.ok() && (!request.domain.trimmed().isEmpty() || !request.server.trimmed().isEmpty())) {
        FUZZ_CHECK(lookup.ok());
        FUZZ_CHECK(server.ok());
        FUZZ_CHECK(server.plan->host == result.plan->host && server.plan->domain == result.plan->domain);
        FUZZ_CHECK(server.plan->port == result.plan->port);
    }
    return 0;
}
