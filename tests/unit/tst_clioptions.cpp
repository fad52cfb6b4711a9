#include "options/CliOptions.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"

#include <QBuffer>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// The headless runner's options: each lands in the right PlanRequest field, bad values
/// are usage errors naming the option, and the readers of files and standard input.
class TestCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void defaults();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void fieldErrorsNameOptions_data();
    void fieldErrorsNameOptions();
    void bodyFile_data();
    void bodyFile();
    void password_data();
    void password();
};

namespace {

template<typename Enum>
QString key(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

/// One field of the parsed options as text, so one table can check them all.
QString render(const CliOptions &o, const QString &field)
{
    const PlanRequest &r = o.request;
    if (field == u"rcptTo"_s) return r.rcptTo.join(u'|');
    if (field == u"mailFrom"_s) return r.mailFrom ? u"'"_s + *r.mailFrom + u"'"_s : u"unset"_s;
    if (field == u"domain"_s) return r.domain;
    if (field == u"server"_s) return r.server;
    if (field == u"port"_s) return r.port ? QString::number(*r.port) : u"unset"_s;
    if (field == u"security"_s) return key(r.security);
    if (field == u"ehlo"_s) return r.ehloName;
    if (field == u"auth"_s) return key(r.auth) + u'/' + r.user;
    if (field == u"passwordStdin"_s) return o.passwordFromStdin ? u"yes"_s : u"no"_s;
    if (field == u"tokenStdin"_s) return o.tokenFromStdin ? u"yes"_s : u"no"_s;
    if (field == u"plaintext"_s) return r.allowPlaintextAuth ? u"yes"_s : u"no"_s;
    if (field == u"notify"_s) return QString::number(int(r.notify));
    if (field == u"orcpt"_s) return r.orcpt ? u"yes"_s : u"no"_s;
    if (field == u"ret"_s) return key(r.ret);
    if (field == u"envid"_s) return r.envid;
    if (field == u"subject"_s) return r.subject;
    if (field == u"body"_s) return r.body;
    if (field == u"bodyFile"_s) return o.bodyFile;
    if (field == u"headers"_s) return r.headers.join(u'|');
    if (field == u"stopAfter"_s) return key(r.stopAfter);
    if (field == u"dnsServer"_s) return r.dnsServer;
    if (field == u"timeouts"_s) {
        if (r.timeouts == Timeouts::helpDesk()) return u"helpdesk"_s;
        if (r.timeouts == Timeouts::rfc5321()) return u"rfc"_s;
        return r.timeouts == Timeouts::uniform(r.timeouts.connect) ? QString::number(r.timeouts.connect.count())
                                                                   : u"mixed"_s;
    }
    if (field == u"routing"_s) return key(r.routing);
    if (field == u"ipFamily"_s) return key(r.ipFamily);
    if (field == u"caFile"_s) return r.caFile;
    if (field == u"tlsInsecure"_s) return r.tlsInsecure ? u"yes"_s : u"no"_s;
    if (field == u"seed"_s) return QString::number(r.shuffleSeed);
    if (field == u"parallel"_s) return QString::number(r.parallel);
    if (field == u"json"_s) return o.json ? u"yes"_s : u"no"_s;
    if (field == u"colour"_s) return o.colour ? u"yes"_s : u"no"_s;
    if (field == u"explain"_s) return o.explainText + u'|' + o.explainFile + u'|'
                                      + (o.explainStage ? Model::key(*o.explainStage) : QString());
    if (field == u"reports"_s) return o.reports.join(u'|');
    if (field == u"anonymise"_s) return o.anonymise ? u"yes"_s : u"no"_s;
    if (field == u"savePassword"_s) return o.savePassword ? u"yes"_s : u"no"_s;
    if (field == u"forgetPassword"_s) return o.forgetPassword ? u"yes"_s : u"no"_s;
    return u"?unknown field "_s + field;
}

CliParseResult parse(const QStringList &arguments)
{
    return CliOptions::parse(QStringList{u"smtp-wizard-cli"_s} + arguments);
}

} // namespace

void TestCliOptions::mapping_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--to") << QStringList{u"--to"_s, u"a@example.com"_s} << u"rcptTo"_s << u"a@example.com"_s;
    QTest::newRow("--to twice") << QStringList{u"--to"_s, u"a@x.example"_s, u"--to=b@y.example"_s} << u"rcptTo"_s
                                << u"a@x.example|b@y.example"_s;
    QTest::newRow("--from") << QStringList{u"--from"_s, u"alice@example.org"_s} << u"mailFrom"_s
                            << u"'alice@example.org'"_s;
    QTest::newRow("--from <>") << QStringList{u"--from"_s, u"<>"_s} << u"mailFrom"_s << u"'<>'"_s;
    QTest::newRow("--from empty") << QStringList{u"--from="_s} << u"mailFrom"_s << u"''"_s;
    QTest::newRow("no --from") << QStringList{} << u"mailFrom"_s << u"unset"_s;
    QTest::newRow("--domain") << QStringList{u"--domain"_s, u"example.com"_s} << u"domain"_s << u"example.com"_s;
    QTest::newRow("--server") << QStringList{u"--server"_s, u"[::1]:2525"_s} << u"server"_s << u"[::1]:2525"_s;
    QTest::newRow("--port") << QStringList{u"--port"_s, u"587"_s} << u"port"_s << u"587"_s;
    QTest::newRow("no --port") << QStringList{} << u"port"_s << u"unset"_s;
    QTest::newRow("--security none") << QStringList{u"--security"_s, u"none"_s} << u"security"_s << u"None"_s;
    QTest::newRow("--security starttls") << QStringList{u"--security"_s, u"starttls"_s} << u"security"_s
                                         << u"StartTls"_s;
    QTest::newRow("--security starttls-required") << QStringList{u"--security"_s, u"starttls-required"_s}
                                                  << u"security"_s << u"StartTlsRequired"_s;
    QTest::newRow("--security TLS") << QStringList{u"--security"_s, u"TLS"_s} << u"security"_s << u"Tls"_s;
    QTest::newRow("--ehlo") << QStringList{u"--ehlo"_s, u"pc.example.org"_s} << u"ehlo"_s << u"pc.example.org"_s;
    QTest::newRow("--auth login --user") << QStringList{u"--auth"_s, u"login"_s, u"--user"_s, u"bob"_s} << u"auth"_s
                                         << u"Login/bob"_s;
    QTest::newRow("--auth plain") << QStringList{u"--auth"_s, u"plain"_s} << u"auth"_s << u"Plain/"_s;
    QTest::newRow("--user implies plain") << QStringList{u"--user"_s, u"bob"_s} << u"auth"_s << u"Plain/bob"_s;
    QTest::newRow("--password-stdin") << QStringList{u"--password-stdin"_s} << u"passwordStdin"_s << u"yes"_s;
    QTest::newRow("--auth cram-md5") << QStringList{u"--auth"_s, u"cram-md5"_s, u"--user"_s, u"bob"_s} << u"auth"_s << u"CramMd5/bob"_s;
    QTest::newRow("--auth oauthbearer") << QStringList{u"--auth"_s, u"oauthbearer"_s, u"--user"_s, u"b"_s, u"--token-stdin"_s}
                                        << u"tokenStdin"_s << u"yes"_s;
    QTest::newRow("--token-stdin implies xoauth2") << QStringList{u"--user"_s, u"bob"_s, u"--token-stdin"_s} << u"auth"_s << u"XOAuth2/bob"_s;
    QTest::newRow("--allow-plaintext-auth") << QStringList{u"--allow-plaintext-auth"_s} << u"plaintext"_s << u"yes"_s;
    QTest::newRow("--notify") << QStringList{u"--notify"_s, u"success,failure"_s} << u"notify"_s
                              << QString::number(int(TestPlan::NotifySuccess | TestPlan::NotifyFailure));
    QTest::newRow("--notify never") << QStringList{u"--notify"_s, u"never"_s} << u"notify"_s
                                    << QString::number(int(TestPlan::NotifyNever));
    QTest::newRow("--orcpt") << QStringList{u"--orcpt"_s} << u"orcpt"_s << u"yes"_s;
    QTest::newRow("--ret full") << QStringList{u"--ret"_s, u"full"_s} << u"ret"_s << u"Full"_s;
    QTest::newRow("--ret hdrs") << QStringList{u"--ret"_s, u"hdrs"_s} << u"ret"_s << u"Headers"_s;
    QTest::newRow("--envid") << QStringList{u"--envid"_s, u"T-1"_s} << u"envid"_s << u"T-1"_s;
    QTest::newRow("--subject") << QStringList{u"--subject"_s, u"Hallo Welt"_s} << u"subject"_s << u"Hallo Welt"_s;
    QTest::newRow("--body") << QStringList{u"--body"_s, u"line 1\nline 2"_s} << u"body"_s << u"line 1\nline 2"_s;
    QTest::newRow("--body-file") << QStringList{u"--body-file"_s, u"/tmp/b.txt"_s} << u"bodyFile"_s
                                 << u"/tmp/b.txt"_s;
    QTest::newRow("--header twice") << QStringList{u"--header"_s, u"X-A: 1"_s, u"--header"_s, u"X-B: 2"_s}
                                    << u"headers"_s << u"X-A: 1|X-B: 2"_s;
    const char *stops[][2] = {{"connect", "Connect"}, {"ehlo", "Ehlo"}, {"tls", "Tls"},
                              {"auth", "Auth"},       {"mail", "Mail"}, {"rcpt", "Rcpt"}};
    for (const auto &stop : stops)
        QTest::addRow("--quit-after %s", stop[0]) << QStringList{u"--quit-after"_s, QString::fromLatin1(stop[0])}
                                                  << u"stopAfter"_s << QString::fromLatin1(stop[1]);
    QTest::newRow("no --quit-after") << QStringList{} << u"stopAfter"_s << u"Send"_s;
    QTest::newRow("--dns-server") << QStringList{u"--dns-server"_s, u"127.0.0.53"_s} << u"dnsServer"_s
                                  << u"127.0.0.53"_s;
    QTest::newRow("--timeout") << QStringList{u"--timeout"_s, u"5"_s} << u"timeouts"_s << u"5000"_s;
    QTest::newRow("--timeout a day") << QStringList{u"--timeout"_s, u"86400"_s} << u"timeouts"_s << u"86400000"_s;
    QTest::newRow("--timeout fraction") << QStringList{u"--timeout"_s, u"1.5"_s} << u"timeouts"_s << u"1500"_s;
    QTest::newRow("--rfc-timeouts") << QStringList{u"--rfc-timeouts"_s} << u"timeouts"_s << u"rfc"_s;
    QTest::newRow("no timeout") << QStringList{} << u"timeouts"_s << u"helpdesk"_s;
    QTest::newRow("--all-mx") << QStringList{u"--all-mx"_s} << u"routing"_s << u"EveryMx"_s;
    QTest::newRow("--all-mx: four at once") << QStringList{u"--all-mx"_s} << u"parallel"_s << u"4"_s;
    QTest::newRow("--parallel 1") << QStringList{u"--all-mx"_s, u"--parallel"_s, u"1"_s} << u"parallel"_s << u"1"_s;
    QTest::newRow("--parallel with --health") << QStringList{u"--domain"_s, u"example.com"_s, u"--health"_s,
                                                             u"--parallel"_s, u"2"_s}
                                              << u"parallel"_s << u"2"_s;
    QTest::newRow("-4") << QStringList{u"-4"_s} << u"ipFamily"_s << u"V4"_s;
    QTest::newRow("-6") << QStringList{u"-6"_s} << u"ipFamily"_s << u"V6"_s;
    QTest::newRow("--ca-file") << QStringList{u"--ca-file"_s, u"/etc/ca.pem"_s} << u"caFile"_s << u"/etc/ca.pem"_s;
    QTest::newRow("--tls-insecure") << QStringList{u"--tls-insecure"_s} << u"tlsInsecure"_s << u"yes"_s;
    QTest::newRow("--json") << QStringList{u"--json"_s} << u"json"_s << u"yes"_s;
    QTest::newRow("--no-color") << QStringList{u"--no-color"_s} << u"colour"_s << u"no"_s;
    QTest::newRow("--no-colour") << QStringList{u"--no-colour"_s} << u"colour"_s << u"no"_s;
    QTest::newRow("colour by default") << QStringList{} << u"colour"_s << u"yes"_s;
    QTest::newRow("--explain") << QStringList{u"--explain"_s, u"550 5.1.1 no"_s} << u"explain"_s
                               << u"550 5.1.1 no||"_s;
    QTest::newRow("--explain --stage") << QStringList{u"--explain"_s, u"550 no"_s, u"--stage"_s, u"rcpt"_s}
                                       << u"explain"_s << u"550 no||rcpt"_s;
    QTest::newRow("--explain-file -") << QStringList{u"--explain-file"_s, u"-"_s} << u"explain"_s << u"|-|"_s;
    QTest::newRow("--report twice") << QStringList{u"--report"_s, u"a.html"_s, u"--report"_s, u"b.PDF"_s}
                                    << u"reports"_s << u"a.html|b.PDF"_s;
    QTest::newRow("--anonymise") << QStringList{u"--anonymise"_s} << u"anonymise"_s << u"yes"_s;
    QTest::newRow("--anonymize") << QStringList{u"--anonymize"_s} << u"anonymise"_s << u"yes"_s;
    QTest::newRow("--save-password") << QStringList{u"--save-password"_s, u"--user"_s, u"u"_s} << u"savePassword"_s
                                     << u"yes"_s;
    QTest::newRow("--forget-password") << QStringList{u"--forget-password"_s, u"--user"_s, u"u"_s}
                                       << u"forgetPassword"_s << u"yes"_s;
    QTest::newRow("--seed") << QStringList{u"--seed"_s, u"4242"_s} << u"seed"_s << u"4242"_s;
}

void TestCliOptions::mapping()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const CliParseResult result = parse(arguments);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.action, CliParseResult::Action::Run);
    QCOMPARE(render(result.options, field), expected);
}

void TestCliOptions::defaults()
{
    const CliParseResult result = parse({u"--to"_s, u"bob@example.com"_s, u"--from"_s, u"a@example.org"_s});
    QCOMPARE(result.action, CliParseResult::Action::Run);
    const CliOptions &o = result.options;
    QCOMPARE(o.request.security, TestPlan::Security::StartTls);
    QCOMPARE(o.request.auth, TestPlan::Auth::None);
    QCOMPARE(o.request.ipFamily, TestPlan::IpFamily::Any);
    QCOMPARE(o.request.routing, TestPlan::Routing::FirstReachable);
    QVERIFY(!o.explains());
    QVERIFY(!o.json);
    QVERIFY(o.reports.isEmpty());
    // What the runner builds from it: the recipient's domain, port 25, MX lookup.
    const auto built = PlanBuilder::build(o.request);
    QVERIFY(built.ok());
    QCOMPARE(built.plan->domain, u"example.com"_s);
    QCOMPARE(built.plan->port, 25);
}

void TestCliOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of the one expected error

    QTest::newRow("port letters") << QStringList{u"--port"_s, u"smtp"_s} << u"--port: "_s;
    QTest::newRow("port 0") << QStringList{u"--port"_s, u"0"_s} << u"--port: "_s;
    QTest::newRow("port 65536") << QStringList{u"--port"_s, u"65536"_s} << u"--port: "_s;
    QTest::newRow("security ssl") << QStringList{u"--security"_s, u"ssl"_s} << u"--security: "_s;
    QTest::newRow("auth scram-sha-1") << QStringList{u"--auth"_s, u"scram-sha-1"_s} << u"--auth: "_s;
    QTest::newRow("token with plain") << QStringList{u"--auth"_s, u"plain"_s, u"--token-stdin"_s} << u"--token-stdin: "_s;
    QTest::newRow("password with xoauth2") << QStringList{u"--auth"_s, u"xoauth2"_s, u"--password-stdin"_s} << u"--password-stdin: "_s;
    QTest::newRow("notify always") << QStringList{u"--notify"_s, u"always"_s} << u"--notify: "_s;
    QTest::newRow("notify never,success") << QStringList{u"--notify"_s, u"never,success"_s} << u"--notify: "_s;
    QTest::newRow("ret all") << QStringList{u"--ret"_s, u"all"_s} << u"--ret: "_s;
    QTest::newRow("quit-after data") << QStringList{u"--quit-after"_s, u"data"_s} << u"--quit-after: "_s;
    QTest::newRow("timeout 0") << QStringList{u"--timeout"_s, u"0"_s} << u"--timeout: "_s;
    QTest::newRow("parallel 0") << QStringList{u"--all-mx"_s, u"--parallel"_s, u"0"_s} << u"--parallel: "_s;
    QTest::newRow("parallel 17") << QStringList{u"--all-mx"_s, u"--parallel"_s, u"17"_s} << u"--parallel: "_s;
    QTest::newRow("parallel without --all-mx") << QStringList{u"--parallel"_s, u"2"_s} << u"--parallel: "_s;
    QTest::newRow("timeout negative") << QStringList{u"--timeout"_s, u"-3"_s} << u"--timeout: "_s;
    QTest::newRow("timeout letters") << QStringList{u"--timeout"_s, u"ten"_s} << u"--timeout: "_s;
    QTest::newRow("timeout nan") << QStringList{u"--timeout"_s, u"nan"_s} << u"--timeout: "_s;
    QTest::newRow("timeout huge") << QStringList{u"--timeout"_s, u"1e300"_s} << u"--timeout: "_s;
    QTest::newRow("timeout below a millisecond") << QStringList{u"--timeout"_s, u"0.0001"_s} << u"--timeout: "_s;
    QTest::newRow("timeout over a day") << QStringList{u"--timeout"_s, u"86401"_s} << u"--timeout: "_s;
    QTest::newRow("timeout and rfc") << QStringList{u"--timeout"_s, u"5"_s, u"--rfc-timeouts"_s}
                                     << u"--rfc-timeouts: "_s;
    QTest::newRow("-4 and -6") << QStringList{u"-4"_s, u"-6"_s} << u"-4 and -6"_s;
    QTest::newRow("seed negative") << QStringList{u"--seed"_s, u"-1"_s} << u"--seed: "_s;
    QTest::newRow("seed too big") << QStringList{u"--seed"_s, u"4294967296"_s} << u"--seed: "_s;
    QTest::newRow("stage unknown") << QStringList{u"--explain"_s, u"550 x"_s, u"--stage"_s, u"bogus"_s}
                                   << u"--stage: "_s;
    QTest::newRow("stage without explain") << QStringList{u"--stage"_s, u"rcpt"_s} << u"--stage: "_s;
    QTest::newRow("explain and explain-file") << QStringList{u"--explain"_s, u"550"_s, u"--explain-file"_s, u"f"_s}
                                              << u"--explain-file: "_s;
    QTest::newRow("explain empty") << QStringList{u"--explain="_s} << u"--explain: "_s;
    QTest::newRow("report .doc") << QStringList{u"--report"_s, u"out.doc"_s} << u"--report: "_s;
    QTest::newRow("report no extension") << QStringList{u"--report"_s, u"out"_s} << u"--report: "_s;
    QTest::newRow("body and body-file") << QStringList{u"--body"_s, u"x"_s, u"--body-file"_s, u"f"_s}
                                        << u"--body-file: "_s;
    QTest::newRow("save-password without user") << QStringList{u"--save-password"_s} << u"--save-password: "_s;
    QTest::newRow("forget-password without user") << QStringList{u"--forget-password"_s}
                                                  << u"--forget-password: "_s;
    QTest::newRow("save and forget") << QStringList{u"--save-password"_s, u"--forget-password"_s, u"--user"_s, u"u"_s}
                                     << u"--save-password: "_s;
    QTest::newRow("two stdin readers") << QStringList{u"--password-stdin"_s, u"--body-file"_s, u"-"_s}
                                       << u"standard input"_s;
    QTest::newRow("from twice") << QStringList{u"--from"_s, u"a@x.example"_s, u"--from"_s, u"b@x.example"_s}
                                << u"--from: "_s;
    QTest::newRow("server twice") << QStringList{u"--server"_s, u"a"_s, u"--server"_s, u"b"_s} << u"--server: "_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("missing value") << QStringList{u"--to"_s} << u"to"_s;
    QTest::newRow("positional") << QStringList{u"example.com"_s} << u"Unexpected argument \"example.com\""_s;
}

void TestCliOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliParseResult result = parse(arguments);
    QCOMPARE(result.action, CliParseResult::Action::Error);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(message), qPrintable(result.errors.first()));
}

void TestCliOptions::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("mentions");

    const QStringList everyOption{u"--to"_s, u"--from"_s, u"--domain"_s, u"--server"_s, u"--port"_s,
                                  u"--security"_s, u"--ehlo"_s, u"--auth"_s, u"--user"_s, u"--password-stdin"_s,
                                  u"--allow-plaintext-auth"_s, u"--notify"_s, u"--orcpt"_s, u"--ret"_s,
                                  u"--envid"_s, u"--subject"_s, u"--body"_s, u"--body-file"_s, u"--header"_s,
                                  u"--quit-after"_s, u"--dns-server"_s, u"--timeout"_s, u"--rfc-timeouts"_s,
                                  u"--all-mx"_s, u"-4"_s, u"-6"_s, u"--ca-file"_s, u"--tls-insecure"_s,
                                  u"--json"_s, u"--no-color"_s, u"--help"_s, u"--version"_s, u"--explain"_s,
                                  u"--explain-file"_s, u"--stage"_s, u"--report"_s, u"--anonymise"_s,
                                  u"--save-password"_s, u"--forget-password"_s, u"--seed"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s} << int(CliParseResult::Action::Help) << everyOption;
    QTest::newRow("-h with others") << QStringList{u"--to"_s, u"a@b.example"_s, u"-h"_s}
                                    << int(CliParseResult::Action::Help) << QStringList{u"--quit-after"_s};
    QTest::newRow("--version") << QStringList{u"--version"_s} << int(CliParseResult::Action::Version)
                               << QStringList{QStringLiteral(SMTPWIZARD_VERSION)};
}

void TestCliOptions::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QStringList, mentions);
    const CliParseResult result = parse(arguments);
    QCOMPARE(int(result.action), action);
    QVERIFY(result.errors.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(result.text.contains(mention), qPrintable(mention));
}

void TestCliOptions::fieldErrorsNameOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("prefix"); // the start of the one described error

    const QStringList envelope{u"--from"_s, u"a@example.org"_s, u"--to"_s, u"b@example.com"_s};
    QTest::newRow("nothing to test") << QStringList{u"--quit-after"_s, u"connect"_s} << u"Nothing to test: give --domain, --server or --to"_s;
    QTest::newRow("bad server") << envelope + QStringList{u"--server"_s, u"bad_host"_s} << u"--server: "_s;
    QTest::newRow("bad domain") << envelope + QStringList{u"--domain"_s, u"bad_host.example"_s} << u"--domain: "_s;
    QTest::newRow("bad recipient") << QStringList{u"--from"_s, u"a@example.org"_s, u"--to"_s, u"b@@example.com"_s}
                                   << u"--to: "_s;
    QTest::newRow("bad sender") << QStringList{u"--from"_s, u"a@"_s, u"--to"_s, u"b@example.com"_s} << u"--from: "_s;
    QTest::newRow("no sender") << QStringList{u"--to"_s, u"b@example.com"_s} << u"--from: "_s;
    QTest::newRow("no recipient") << QStringList{u"--from"_s, u"a@example.org"_s, u"--domain"_s, u"example.com"_s}
                                  << u"--to: "_s;
    QTest::newRow("bad ehlo") << envelope + QStringList{u"--ehlo"_s, u"localhost"_s} << u"--ehlo: "_s;
    QTest::newRow("bad dns server") << envelope + QStringList{u"--dns-server"_s, u"ns.example"_s}
                                    << u"--dns-server: "_s;
    QTest::newRow("missing ca file") << envelope + QStringList{u"--ca-file"_s, u"/nonexistent/ca.pem"_s}
                                     << u"--ca-file: "_s;
    QTest::newRow("bad envid") << envelope + QStringList{u"--envid"_s, u"a b"_s} << u"--envid: "_s;
    QTest::newRow("subject with LF") << envelope + QStringList{u"--subject"_s, u"a\nBcc: x@y.example"_s}
                                     << u"--subject: line breaks (CR or LF) are not allowed"_s;
    QTest::newRow("bad header") << envelope + QStringList{u"--header"_s, u"no colon"_s} << u"--header: "_s;
    QTest::newRow("long body line") << envelope + QStringList{u"--body"_s, QString(999, u'x')} << u"--body: "_s;
    QTest::newRow("auth without user") << envelope + QStringList{u"--auth"_s, u"plain"_s, u"--password-stdin"_s}
                                       << u"--user: "_s;
    QTest::newRow("user without password") << envelope + QStringList{u"--user"_s, u"alice"_s}
                                           << u"--password-stdin: "_s;
    QTest::newRow("oauthbearer without token") << envelope + QStringList{u"--user"_s, u"alice"_s, u"--auth"_s, u"oauthbearer"_s}
                                               << u"--token-stdin: "_s;
}

void TestCliOptions::fieldErrorsNameOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, prefix);
    CliParseResult parsed = parse(arguments);
    QCOMPARE(parsed.action, CliParseResult::Action::Run);
    if (parsed.options.passwordFromStdin)
        parsed.options.request.password = u"from-stdin"_s;
    const auto built = PlanBuilder::build(parsed.options.request);
    QVERIFY(!built.ok());
    const QStringList lines = parsed.options.describe(built.errors);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(prefix), qPrintable(lines.first()));
}

void TestCliOptions::bodyFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("body"); // or a part of the error

    QTest::newRow("text") << QByteArray("Hello\r\nWorld\r\n") << true << u"Hello\r\nWorld\r\n"_s;
    QTest::newRow("UTF-8") << QByteArray("Gr\xc3\xbc\xc3\x9f" "e\n") << true << u"Grüße\n"_s;
    QTest::newRow("BOM dropped") << QByteArray("\xef\xbb\xbfHi") << true << u"Hi"_s;
    QTest::newRow("empty") << QByteArray() << true << QString();
    QTest::newRow("Latin-1") << QByteArray("Gr\xfc\xdf" "e\n") << false << u"--body-file: "_s;
    QTest::newRow("too large") << QByteArray(FieldChecks::MaxBodyOctets + 1, 'x') << false << u"larger than"_s;
    QTest::newRow("missing") << QByteArray() << false << u"cannot open"_s;
}

void TestCliOptions::bodyFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, valid);
    QFETCH(QString, body);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"body.txt"_s);
    if (QByteArrayView(QTest::currentDataTag()) != "missing") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    CliParseResult parsed = parse({u"--body-file"_s, path});
    QCOMPARE(parsed.action, CliParseResult::Action::Run);
    QString error;
    QCOMPARE(parsed.options.readBodyFile(&error), valid);
    if (valid) {
        QCOMPARE(parsed.options.request.body, body);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.startsWith(u"--body-file: "_s) && error.contains(body), qPrintable(error));
        QVERIFY(parsed.options.request.body.isEmpty());
    }
}

void TestCliOptions::password_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("password");

    QTest::newRow("LF") << QByteArray("s3cret\n") << true << u"s3cret"_s;
    QTest::newRow("CRLF") << QByteArray("s3cret\r\n") << true << u"s3cret"_s;
    QTest::newRow("no line end") << QByteArray("s3cret") << true << u"s3cret"_s;
    QTest::newRow("spaces kept") << QByteArray(" s3 cret \n") << true << u" s3 cret "_s;
    QTest::newRow("first line only") << QByteArray("first\nsecond\n") << true << u"first"_s;
    QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\n") << true << u"päss"_s;
    QTest::newRow("empty line") << QByteArray("\n") << true << QString();
    QTest::newRow("nothing") << QByteArray() << false << QString();
    QTest::newRow("not UTF-8") << QByteArray("p\xe4ss\n") << false << QString();
}

void TestCliOptions::password()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QString, password);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const auto read = CliOptions::readPassword(buffer, &error);
    QCOMPARE(read.has_value(), valid);
    if (valid) {
        QCOMPARE(*read, password);
    } else {
        QVERIFY(error.startsWith(u"--password-stdin: "_s));
        QVERIFY(!error.contains(u"p\u00e4ss"_s) && !error.contains(QChar(0xfffd))); // never echoes what it read
    }
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
