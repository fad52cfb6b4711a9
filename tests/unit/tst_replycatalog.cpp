#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"

#include <QFile>
#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Category;
using Model::Problem;
using Model::Severity;
using Model::Stage;

namespace {

// The codes the catalogue must know, written out here independently of its tables.
const QList<int> rfc5321Codes = {211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452,
                                 455, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555};
const QList<int> extraCodes = {521, 556, 235, 334, 432, 454, 530, 534, 535, 538};

// IANA SMTP Enhanced Status Codes registry, subject -> highest detail (X.0.0 .. X.7.30).
const QList<QPair<int, int>> registry = {{0, 0}, {1, 10}, {2, 4}, {3, 6}, {4, 7}, {5, 6}, {6, 10}, {7, 30}};

SmtpReply reply(int code, const QString &enhanced, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines << text;
    return r;
}

} // namespace

class TestReplyCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basicCode_data();
    void basicCode();
    void catalogueListsEveryRequiredCode();
    void enhancedCode_data();
    void enhancedCode();
    void enhancedTitlesAreUnique();
    void enhancedClassDecidesSeverity_data();
    void enhancedClassDecidesSeverity();
    void stageDependence_data();
    void stageDependence();
    void seedFailureCases_data();
    void seedFailureCases();
    void mailboxFullAgreesWithItself_data();
    void mailboxFullAgreesWithItself();
    void providerReplies_data();
    void providerReplies();
    void problems_data();
    void problems();
    void connectFailureReasons_data();
    void connectFailureReasons();
    void tlsErrors_data();
    void tlsErrors();
    void testBedScenarios_data();
    void testBedScenarios();
    void unknownInputIsInvalid();
    void providerRulesCompile();
    void noTextRuleMatchesMeaninglessWords();
};

void TestReplyCatalog::basicCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Stage>("stage");
    const QMetaEnum stages = QMetaEnum::fromType<Stage>();
    for (int code : rfc5321Codes + extraCodes) {
        for (int i = 0; i < stages.keyCount(); ++i) {
            const Stage stage = Stage(stages.value(i));
            QTest::addRow("%d@%s", code, stages.key(i)) << code << stage;
        }
    }
}

void TestReplyCatalog::basicCode()
{
    QFETCH(int, code);
    QFETCH(Stage, stage);
    const Explanation e = ReplyCatalog::explainBasicCode(code, stage);
    QVERIFY(!e.title.isEmpty());
    QVERIFY(!e.meaning.isEmpty());
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY(!e.references.isEmpty());
    QVERIFY2(e.ruleId.startsWith(u"basic-"), qPrintable(e.ruleId)); // its own row, not a class default
    QCOMPARE(e.code, code);
    QCOMPARE(e.severity, ReplyCatalog::severityForClass(code / 100));
    // The same through explainReply with a bare reply.
    const Explanation viaReply = ReplyCatalog::explainReply(stage, reply(code, {}, {}));
    QCOMPARE(viaReply.title, e.title);
}

void TestReplyCatalog::catalogueListsEveryRequiredCode()
{
    const QList<int> known = ReplyCatalog::basicCodes();
    for (int code : rfc5321Codes + extraCodes)
        QVERIFY2(known.contains(code), qPrintable(QString::number(code)));
    QCOMPARE(rfc5321Codes.size(), 24);
}

void TestReplyCatalog::enhancedCode_data()
{
    QTest::addColumn<int>("codeClass");
    QTest::addColumn<QString>("code");
    int count = 0;
    for (const auto &[subject, maxDetail] : registry) {
        for (int detail = 0; detail <= maxDetail; ++detail) {
            for (int codeClass : {2, 4, 5}) {
                const QString code = u"%1.%2.%3"_s.arg(codeClass).arg(subject).arg(detail);
                QTest::addRow("%s", qPrintable(code)) << codeClass << code;
            }
            ++count;
        }
    }
    QCOMPARE(count, 81);
}

void TestReplyCatalog::enhancedCode()
{
    QFETCH(int, codeClass);
    QFETCH(QString, code);
    const Explanation e = ReplyCatalog::explainEnhancedCode(code);
    QVERIFY2(e.isValid(), qPrintable(code));
    QVERIFY(!e.meaning.isEmpty());
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY(!e.references.isEmpty());
    QCOMPARE(e.severity, ReplyCatalog::severityForClass(codeClass));
    QCOMPARE(e.enhancedCode, code);
    const Explanation classDefault = ReplyCatalog::explainClassDefault(codeClass);
    QVERIFY(e.title != classDefault.title);
    QVERIFY(e.meaning != classDefault.meaning);
    QVERIFY(e.causes != classDefault.causes);
    QVERIFY(e.nextSteps != classDefault.nextSteps);
    QCOMPARE(ReplyCatalog::enhancedCodes().size(), 81);
}

void TestReplyCatalog::enhancedTitlesAreUnique()
{
    QSet<QString> titles;
    QSet<QString> meanings;
    for (const QString &code : ReplyCatalog::enhancedCodes()) {
        const Explanation e = ReplyCatalog::explainEnhancedCode(QString(code).replace(0, 1, u"5"_s));
        QVERIFY2(!titles.contains(e.title), qPrintable(code + u' ' + e.title));
        QVERIFY2(!meanings.contains(e.meaning), qPrintable(code));
        titles.insert(e.title);
        meanings.insert(e.meaning);
    }
}

void TestReplyCatalog::enhancedClassDecidesSeverity_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<Category>("category");
    QTest::newRow("5.2.2") << u"552 5.2.2 Quota"_s << Severity::Permanent << Category::MailboxFull;
    QTest::newRow("4.2.2") << u"452 4.2.2 Quota"_s << Severity::Transient << Category::MailboxFull;
    QTest::newRow("4.7.1 greylist-like") << u"451 4.7.1 Please try again"_s << Severity::Transient << Category::Greylisted;
    QTest::newRow("5.7.1 policy") << u"550 5.7.1 Refused"_s << Severity::Permanent << Category::Policy;
    // A busy or locked mailbox is the receiving side's trouble; nothing says greylisting.
    QTest::newRow("4.2.0 test bed busy") << u"451 4.2.0 Mailbox temporarily unavailable"_s
                                         << Severity::Transient << Category::ServerUnavailable;
    QTest::newRow("enhanced only") << u"5.1.1"_s << Severity::Permanent << Category::RecipientUnknown;
    QTest::newRow("2.1.5") << u"250 2.1.5 Ok"_s << Severity::Success << Category::Accepted;
}

void TestReplyCatalog::enhancedClassDecidesSeverity()
{
    QFETCH(QString, line);
    QFETCH(Severity, severity);
    QFETCH(Category, category);
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    const Explanation e = ReplyCatalog::explainReply(Stage::Rcpt, entry->reply);
    QCOMPARE(e.severity, severity);
    QCOMPARE(e.category, category);
}

void TestReplyCatalog::stageDependence_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::newRow("550 mail") << Stage::Mail << u"550 Not allowed"_s << Category::SenderRejected;
    // "Not allowed" after RCPT TO: a rule refuses the recipient, not an unknown mailbox;
    // a bare 550 there still reads as one.
    QTest::newRow("550 rcpt") << Stage::Rcpt << u"550 Not allowed"_s << Category::Policy;
    QTest::newRow("550 rcpt, no words") << Stage::Rcpt << u"550 No"_s << Category::RecipientUnknown;
    QTest::newRow("550 message") << Stage::Message << u"550 Not allowed"_s << Category::ContentRejected;
    QTest::newRow("550 greeting") << Stage::Greeting << u"550 Not allowed"_s << Category::ClientBlocked;
    QTest::newRow("552 rcpt") << Stage::Rcpt << u"552 Limit"_s << Category::MailboxFull;
    QTest::newRow("552 message") << Stage::Message << u"552 Limit"_s << Category::MessageTooLarge;
    QTest::newRow("554 greeting") << Stage::Greeting << u"554 No"_s << Category::ClientBlocked;
    QTest::newRow("554 rcpt") << Stage::Rcpt << u"554 No"_s << Category::RelayDenied;
    QTest::newRow("554 message") << Stage::Message << u"554 No"_s << Category::ContentRejected;
    QTest::newRow("553 mail") << Stage::Mail << u"553 No"_s << Category::SenderRejected;
    QTest::newRow("553 rcpt") << Stage::Rcpt << u"553 No"_s << Category::RecipientUnknown;
    QTest::newRow("454 starttls") << Stage::StartTls << u"454 No"_s << Category::TlsFailed;
    QTest::newRow("454 auth") << Stage::Auth << u"454 No"_s << Category::AuthFailed;
    QTest::newRow("501 ehlo") << Stage::Ehlo << u"501 No"_s << Category::SyntaxError;
    QTest::newRow("501 mail") << Stage::Mail << u"501 No"_s << Category::SyntaxError;
    QTest::newRow("451 rcpt") << Stage::Rcpt << u"451 Later"_s << Category::Greylisted;
    QTest::newRow("451 message") << Stage::Message << u"451 Later"_s << Category::ServerUnavailable;
    QTest::newRow("5.1.0 mail") << Stage::Mail << u"550 5.1.0 Address rejected"_s << Category::SenderRejected;
    QTest::newRow("5.1.0 rcpt") << Stage::Rcpt << u"550 5.1.0 Address rejected"_s << Category::RecipientUnknown;
}

void TestReplyCatalog::stageDependence()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    const Explanation e = ReplyCatalog::explainReply(stage, entry->reply);
    QCOMPARE(e.category, category);
    // The same reply at another stage reads differently.
    const Stage other = stage == Stage::Rcpt ? (line.startsWith(u"451") ? Stage::Message : Stage::Mail)
                                             : Stage::Rcpt;
    const Explanation elsewhere = ReplyCatalog::explainReply(other, entry->reply);
    QVERIFY(elsewhere.title != e.title || elsewhere.category != e.category);
}

void TestReplyCatalog::seedFailureCases_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("501 5.5.4 EHLO") << Stage::Ehlo << u"501 5.5.4 Invalid domain name"_s << Category::SyntaxError
                                    << QStringList{u"invalid characters in the domain name"_s,
                                                   u"connection restrictions on the destination"_s};
    QTest::newRow("550 5.1.7 MAIL") << Stage::Mail << u"550 5.1.7 Invalid address"_s << Category::SenderRejected
                                    << QStringList{u"syntax error in the sender"_s,
                                                   u"connection restrictions on the destination"_s};
    QTest::newRow("530 5.7.1 MAIL") << Stage::Mail << u"530 5.7.1 Client was not authenticated"_s
                                    << Category::AuthRequired
                                    << QStringList{u"does not accept anonymous"_s};
    QTest::newRow("550 5.1.1 RCPT") << Stage::Rcpt << u"550 5.1.1 User unknown"_s << Category::RecipientUnknown
                                    << QStringList{u"recipient does not exist"_s};
    QTest::newRow("500 5.3.3 DATA") << Stage::Data << u"500 5.3.3 Unrecognized command"_s << Category::SyntaxError
                                    << QStringList{u"syntax error"_s, u"not recognised"_s};
}

void TestReplyCatalog::mailboxFullAgreesWithItself_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("552 5.2.2") << u"552 5.2.2 <full@wizard.test>: Mailbox full"_s << Severity::Permanent;
    QTest::newRow("552 without enhanced code") << u"552 Requested mail action aborted: exceeded storage allocation"_s
                                               << Severity::Permanent;
    QTest::newRow("enhanced only") << u"5.2.2 The recipient's storage is used up"_s << Severity::Permanent;
    QTest::newRow("gmail") << u"552-5.2.2 The email account that you tried to reach is over quota and inactive."_s
                           << Severity::Permanent;
    QTest::newRow("exchange") << u"552 5.2.2 STOREDRV.Deliver; QuotaExceeded.; Failed to process message"_s
                              << Severity::Permanent;
    QTest::newRow("452 4.2.2") << u"452 4.2.2 Mailbox full"_s << Severity::Transient;
}

void TestReplyCatalog::mailboxFullAgreesWithItself()
{
    // Issue 9, finding 15: a full mailbox was headed "Permanent failure" and then told the
    // reader to "send again later", as if the server would take it by waiting. A refused
    // message is only taken once the recipient has made room: the steps must say so.
    QFETCH(QString, line);
    QFETCH(Severity, severity);
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    const Explanation e = ReplyCatalog::explainReply(Stage::Rcpt, entry->reply);
    QCOMPARE(e.category, Category::MailboxFull);
    QCOMPARE(e.severity, severity);
    const QString steps = e.nextSteps.join(u'\n');
    QVERIFY2(steps.contains(u"make room"_s), qPrintable(steps));
    QVERIFY2(steps.contains(u"then send"_s), qPrintable(steps));
    if (severity == Severity::Permanent) {
        for (const QString &waiting : {u"later"_s, u"retry"_s, u"wait"_s})
            QVERIFY2(!QString(steps + u'\n' + e.meaning).contains(waiting, Qt::CaseInsensitive), qPrintable(steps));
    }
}

void TestReplyCatalog::seedFailureCases()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    QFETCH(QStringList, reasons);
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    const Explanation e = ReplyCatalog::explainReply(stage, entry->reply);
    QCOMPARE(e.category, category);
    QCOMPARE(e.severity, Severity::Permanent);
    const QString causes = e.causes.join(u'\n');
    for (const QString &reason : reasons)
        QVERIFY2(causes.contains(reason, Qt::CaseInsensitive), qPrintable(reason + u" in:\n"_s + causes));
    QVERIFY(!e.nextSteps.isEmpty());
}

void TestReplyCatalog::providerReplies_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("line");
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/provider-replies.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    QSet<QString> rules;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QCOMPARE(f.size(), 4);
        const auto stage = Model::fromKey<Model::Stage>(f.at(0));
        QVERIFY2(stage, qPrintable(f.at(0)));
        QTest::addRow("%d %s", ++rows, qPrintable(f.at(2))) << *stage << f.at(1) << f.at(2) << f.at(3);
        rules.insert(f.at(2));
    }
    QVERIFY2(rows >= 40, "at least 40 provider replies");
    QVERIFY2(rules.size() >= 40, "at least 40 distinct provider rules exercised");
    // Every rule has a row: a pattern that cannot match (or does not compile) shows up.
    for (const QString &id : ReplyCatalog::providerRuleIds())
        QVERIFY2(rules.contains(id), qPrintable(u"no row for rule "_s + id));
}

void TestReplyCatalog::providerReplies()
{
    QFETCH(Stage, stage);
    QFETCH(QString, category);
    QFETCH(QString, ruleId);
    QFETCH(QString, line);
    QVERIFY(Model::fromKey<Model::Category>(category));
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    const Explanation e = ReplyCatalog::explainReply(stage, entry->reply);
    QVERIFY2(e.isValid(), qPrintable(line));
    QCOMPARE(Model::key(e.category), category);
    if (ruleId != u"-")
        QCOMPARE(e.ruleId, ruleId);
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.nextSteps.isEmpty());
}

void TestReplyCatalog::problems_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Category>("category");
    const QMetaEnum meta = QMetaEnum::fromType<Problem>();
    const QHash<Problem, Category> expected = {
        {Problem::DnsNxDomain, Category::DomainNotFound},
        {Problem::DnsNoAnswer, Category::Timeout},
        {Problem::NullMx, Category::DomainAcceptsNoMail},
        {Problem::DanglingMx, Category::DomainNotFound},
        {Problem::ConnectionRefused, Category::Network},
        {Problem::ConnectTimeout, Category::Timeout},
        {Problem::HostUnreachable, Category::Network},
        {Problem::NetworkUnreachable, Category::Network},
        {Problem::ConnectionReset, Category::Network},
        {Problem::NoGreeting, Category::Timeout},
        {Problem::ReplyTimeout, Category::Timeout},
        {Problem::TlsHandshakeFailed, Category::TlsFailed},
        {Problem::TlsCertificateInvalid, Category::TlsFailed},
        {Problem::StartTlsNotOffered, Category::TlsFailed},
        {Problem::AuthNotOffered, Category::AuthFailed},
        {Problem::AuthMechanismNotSupported, Category::AuthFailed},
        {Problem::PlaintextAuthRefused, Category::TlsRequired},
        {Problem::MessageTooLarge, Category::MessageTooLarge},
    };
    for (int i = 0; i < meta.keyCount(); ++i) {
        const Problem p = Problem(meta.value(i));
        QTest::addRow("%s", meta.key(i)) << p << expected.value(p, Category(-1));
    }
}

void TestReplyCatalog::problems()
{
    QFETCH(Problem, problem);
    QFETCH(Category, category);
    const Explanation e = ReplyCatalog::explainProblem(problem, Stage::Connect, u"the socket's words"_s);
    QVERIFY(e.isValid());
    QVERIFY(e.title != u"Unexpected problem");
    QVERIFY(!e.meaning.isEmpty());
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY(e.meaning.contains(u"the socket's words"));
    if (int(category) >= 0)
        QCOMPARE(e.category, category);
}

void TestReplyCatalog::connectFailureReasons_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::newRow("refused") << Problem::ConnectionRefused;
    QTest::newRow("timeout") << Problem::ConnectTimeout;
}

void TestReplyCatalog::connectFailureReasons()
{
    QFETCH(Problem, problem);
    const QString causes = ReplyCatalog::explainProblem(problem, Stage::Connect).causes.join(u'\n');
    for (const QString &reason : {u"service on the destination is down"_s, u"firewall at the destination"_s,
                                  u"firewall at the source"_s, u"FQDN or IP address"_s, u"port"_s})
        QVERIFY2(causes.contains(reason, Qt::CaseInsensitive), qPrintable(reason));
    if (problem == Problem::ConnectTimeout)
        QVERIFY(causes.contains(u"outbound port 25"));
}

void TestReplyCatalog::tlsErrors_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    const QMetaEnum meta = QMetaEnum::fromType<QSslError::SslError>();
    for (int i = 0; i < meta.keyCount(); ++i)
        QTest::addRow("%s", meta.key(i)) << QSslError::SslError(meta.value(i));
}

void TestReplyCatalog::tlsErrors()
{
    QFETCH(QSslError::SslError, error);
    const Explanation e = ReplyCatalog::explainTlsError(error);
    QVERIFY(e.title != u"Certificate problem"); // its own row, not the fallback
    QVERIFY(!e.meaning.isEmpty());
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.nextSteps.isEmpty());
    QCOMPARE(e.category, Category::TlsFailed);
}

void TestReplyCatalog::testBedScenarios_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::newRow("postfix unknown user") << Stage::Rcpt
        << u"550 5.1.1 <nobody@zone.test>: Recipient address rejected: User unknown in virtual mailbox table"_s
        << Category::RecipientUnknown;
    QTest::newRow("relay") << Stage::Rcpt << u"554 5.7.1 <a@elsewhere.test>: Relay access denied"_s << Category::RelayDenied;
    QTest::newRow("starttls first") << Stage::Mail << u"530 5.7.0 Must issue a STARTTLS command first"_s
                                    << Category::TlsRequired;
    QTest::newRow("auth required") << Stage::Mail << u"530 5.7.0 Authentication required"_s << Category::AuthRequired;
    QTest::newRow("bad password") << Stage::Auth << u"535 5.7.8 Error: authentication failed: authentication failure"_s
                                  << Category::AuthFailed;
    QTest::newRow("421") << Stage::Greeting << u"421 4.3.2 Service shutting down"_s << Category::ServerUnavailable;
    QTest::newRow("421 sink") << Stage::Rcpt << u"421 4.4.2 Error: timeout exceeded"_s << Category::Timeout;
    QTest::newRow("sink soft rcpt") << Stage::Rcpt << u"450 4.3.0 Error: command failed"_s << Category::ServerUnavailable;
    QTest::newRow("sink hard rcpt") << Stage::Rcpt << u"500 5.3.0 Error: command failed"_s << Category::ServerUnavailable;
    QTest::newRow("greylist") << Stage::Rcpt << u"451 4.7.1 Greylisted, try again later"_s << Category::Greylisted;
    QTest::newRow("235") << Stage::Auth << u"235 2.7.0 Authentication successful"_s << Category::Accepted;
}

void TestReplyCatalog::testBedScenarios()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    const auto entry = BounceParser::parseReply(line);
    QVERIFY(entry);
    QCOMPARE(ReplyCatalog::explainReply(stage, entry->reply).category, category);
}

void TestReplyCatalog::unknownInputIsInvalid()
{
    SmtpReply nothing;
    nothing.lines << u"hello world"_s;
    QVERIFY(!ReplyCatalog::explainReply(Stage::Rcpt, nothing).isValid());
    QVERIFY(!ReplyCatalog::explainEnhancedCode(u"5.9.9"_s).isValid());
    QVERIFY(!ReplyCatalog::explainEnhancedCode(u"garbage"_s).isValid());
    // An unlisted code of a known class still gets the class meaning.
    const Explanation odd = ReplyCatalog::explainReply(Stage::Rcpt, reply(599, {}, u"odd"_s));
    QVERIFY(odd.isValid());
    QCOMPARE(odd.severity, Severity::Permanent);
}

void TestReplyCatalog::providerRulesCompile()
{
    const QStringList ids = ReplyCatalog::providerRuleIds();
    QVERIFY(ids.size() >= 40);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // ids are unique
}

// A pattern with an empty alternative ("...|") matches every text and would explain every
// reply by its rule; words that name nothing must fall through to the codes.
void TestReplyCatalog::noTextRuleMatchesMeaninglessWords()
{
    for (const char *text : {"zzqx", "qqqq wwww", "-", "0"}) {
        for (const Stage stage : {Stage::Greeting, Stage::Mail, Stage::Rcpt, Stage::Message}) {
            const Explanation e = ReplyCatalog::explainReply(stage, reply(550, {}, QString::fromLatin1(text)));
            QVERIFY2(e.ruleId.startsWith(u"basic-") || e.ruleId.startsWith(u"class-"),
                     qPrintable(u"%1 explained by %2"_s.arg(QString::fromLatin1(text), e.ruleId)));
        }
    }
}

QTEST_GUILESS_MAIN(TestReplyCatalog)
#include "tst_replycatalog.moc"
