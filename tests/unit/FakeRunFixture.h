#pragma once

// A whole TestRun against the scripted in-process server (tests/support/FakeSmtpServer.h):
// a result as a real run records it (transcript, replies, timings, the masked AUTH line),
// without the test bed and without DNS (the route is given).

#include "FakeSmtpServer.h"

#include "run/TestRun.h"

#include <QSignalSpy>

namespace FakeRunFixture {

inline const QString user = QStringLiteral("alice@fake.test");
inline const QString password = QStringLiteral("Fake-S3cr3t-\u00e4!");

/// Plain text, sign-in with AUTH PLAIN (allowed without TLS), one recipient.
inline TestPlan signInPlan()
{
    TestPlan plan;
    plan.host = QStringLiteral("127.0.0.1");
    plan.security = TestPlan::Security::None;
    plan.ehloName = QStringLiteral("client.test");
    plan.auth = TestPlan::Auth::Plain;
    plan.user = user;
    plan.password = password;
    plan.allowPlaintextAuth = true;
    plan.mailFrom = QStringLiteral("a@fake.test");
    plan.rcptTo = {QStringLiteral("b@fake.test")};
    plan.subject = QStringLiteral("Fake run");
    plan.body = QStringLiteral("hi");
    plan.timeouts = Timeouts::uniform(std::chrono::seconds(3));
    return plan;
}

/// One RCPT step per reply in rcptReplies (the plan needs as many recipients); with one
/// accepted the message goes out, so the script goes on to DATA.
inline QList<FakeSmtpServer::Step> deliveringScript(const QList<QByteArray> &rcptReplies = {"250 2.1.5 ok\r\n"})
{
    QList<FakeSmtpServer::Step> script{
        {"", "220 fake.test ESMTP\r\n"},
        {"EHLO", "250-fake.test\r\n250-SIZE 1000\r\n250-AUTH PLAIN LOGIN\r\n250 ENHANCEDSTATUSCODES\r\n"},
        {"AUTH", "235 2.7.0 Authentication successful\r\n"},
        {"MAIL", "250 2.1.0 ok\r\n"}};
    for (const QByteArray &reply : rcptReplies)
        script.append({"RCPT", reply});
    script.append({{"DATA", "354 go\r\n"},
                   {".", "250 2.0.0 queued as FAKE1\r\n"},
                   {"QUIT", "221 2.0.0 bye\r\n", FakeSmtpServer::Action::Close}});
    return script;
}

/// The finished run's result, or a default result when the run did not finish in time.
inline TestResult run(TestPlan plan, const QList<FakeSmtpServer::Step> &script)
{
    FakeSmtpServer server(script);
    if (!server.listen())
        return {};
    plan.port = server.port();
    DnsFindings given;
    given.domain = plan.host;
    MxHost host;
    host.preference = -1;
    host.exchange = plan.host;
    host.addresses = {{QHostAddress::LocalHost, QString(), false, false}};
    given.mx = {host};
    TestRun testRun(plan);
    testRun.useDnsFindings(given);
    QSignalSpy finished(&testRun, &TestRun::finished);
    testRun.start();
    if (!finished.wait(10000))
        return {};
    return testRun.result();
}

/// b@ accepted, nobody@ refused with 550 5.1.1, the message sent to b@.
inline TestResult mixedRecipientsRun()
{
    TestPlan plan = signInPlan();
    plan.rcptTo.append(QStringLiteral("nobody@fake.test"));
    return run(plan, deliveringScript({"250 2.1.5 ok\r\n", "550 5.1.1 <nobody@fake.test>: no such user\r\n"}));
}

} // namespace FakeRunFixture
