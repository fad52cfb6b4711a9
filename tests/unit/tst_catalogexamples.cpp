// The examples of issue 10's "Why": real replies that the catalogue used to explain
// wrongly. Each must land in the category a mail administrator gives it, rest on the words
// that name the cause, and read as one explanation (no cause twice, none the words rule out).
#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/RuleMatcher.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Category;
using Model::Severity;
using Model::Stage;

class TestCatalogExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issueExamples_data();
    void issueExamples();
    void causesReadAsOne_data();
    void causesReadAsOne();
    void oneFactOnce_data();
    void oneFactOnce();
    void wordsNextToCodes_data();
    void wordsNextToCodes();
    void bareCodeSaysItHasNoReason();
    void permanentNeverSaysLater();
    void phraseRulesCompileAndAreUnique();
    void otherLanguages_data();
    void otherLanguages();
};

namespace {
Explanation explain(Stage stage, const QString &line)
{
    const auto entry = BounceParser::parseReply(line);
    return entry ? ReplyCatalog::explainReply(stage, entry->reply) : Explanation{};
}
} // namespace

void TestCatalogExamples::issueExamples_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("basis"); // a word the explanation must say it rests on
    QTest::newRow("reputation") << Stage::Greeting
        << u"550 Connections from mx.example.jp (192.0.2.2) are being rejected due to a poor email reputation score."_s
        << Category::ClientBlocked << u"reputation"_s;
    QTest::newRow("5.3.0 address") << Stage::Rcpt << u"553 5.3.0 Address does not exist"_s
                                   << Category::RecipientUnknown << u"does not exist"_s;
    QTest::newRow("5.7.1 no mailbox") << Stage::Rcpt << u"550 5.7.1 No mailbox found"_s
                                      << Category::RecipientUnknown << u"No mailbox"_s;
    QTest::newRow("5.1.3 does not exist") << Stage::Rcpt << u"501 5.1.3 Recipient user@example.com does not exist"_s
                                          << Category::RecipientUnknown << u"does not exist"_s;
    QTest::newRow("submission port") << Stage::Mail << u"550 5.7.9 Mail to submission port must be authenticated"_s
                                     << Category::AuthRequired << u"must be authenticated"_s;
    QTest::newRow("relay not allowed") << Stage::Rcpt << u"503 5.7.1 Relay not allowed"_s
                                       << Category::RelayDenied << u"Relay not allowed"_s;
    QTest::newRow("not relaying") << Stage::Rcpt << u"550 not relaying to that domain"_s
                                  << Category::RelayDenied << u"not relay"_s;
    QTest::newRow("RecipSizeLimit") << Stage::Message
        << u"550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"_s
        << Category::MessageTooLarge << u"too large"_s;
    QTest::newRow("mailbox size limit") << Stage::Rcpt << u"452 Mailbox size limit exceeded"_s
                                        << Category::MailboxFull << u"Mailbox size limit"_s;
    QTest::newRow("too many messages") << Stage::Rcpt << u"User has too many messages on the server"_s
                                       << Category::MailboxFull << u"too many messages on the server"_s;
    QTest::newRow("no such domain") << Stage::Rcpt << u"550 No such domain at this location"_s
                                    << Category::DomainNotFound << u"No such domain"_s;
    QTest::newRow("postfix name service") << Stage::Rcpt
        << u"Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found, try again"_s
        << Category::DomainNotFound << u"not found"_s;
    QTest::newRow("turn on smtp auth") << Stage::Mail << u"Please turn on SMTP Authentication in your mail client"_s
                                       << Category::AuthRequired << u"SMTP Auth"_s;
    QTest::newRow("IP bloquee") << Stage::Greeting << u"Adresse IP source bloquee pour incident de spam"_s
                                << Category::ClientBlocked << u"IP source bloqu"_s;
    QTest::newRow("IMS not recognized") << Stage::Rcpt << u"The recipient name is not recognized"_s
                                        << Category::RecipientUnknown << u"recipient name is not recognized"_s;
    QTest::newRow("GroupWise user not found") << Stage::Rcpt << u"user@example.com (user not found)"_s
                                              << Category::RecipientUnknown << u"user not found"_s;
    QTest::newRow("IMail mailbox size") << Stage::Rcpt << u"User mailbox exceeds allowed size: user@example.com"_s
                                        << Category::MailboxFull << u"exceeds allowed size"_s;
}

void TestCatalogExamples::issueExamples()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    QFETCH(QString, basis);
    const Explanation e = explain(stage, line);
    QVERIFY2(e.isValid(), qPrintable(line));
    QCOMPARE(e.category, category);
    QVERIFY2(e.matched.contains(basis, Qt::CaseInsensitive), qPrintable(e.matched));
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(e.causes.size() <= 4);
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY(e.nextSteps.size() <= 4);
}

void TestCatalogExamples::causesReadAsOne_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("ruledOut"); // a cause the words rule out, or empty
    QTest::newRow("550 5.1.1") << Stage::Rcpt << u"550 5.1.1 User unknown"_s << u"relay"_s;
    QTest::newRow("500 5.3.3") << Stage::Data << u"500 5.3.3 Unrecognized command"_s << QString();
    QTest::newRow("530 5.7.1") << Stage::Mail << u"530 5.7.1 Client was not authenticated"_s << QString();
    // Seen in a saved explanation: "A large message pushes the mailbox over its limit" and
    // "A large message would push the mailbox over its quota", one cause in two tables.
    QTest::newRow("452 4.2.2") << Stage::Rcpt << u"452 4.2.2 Mailbox full"_s << QString();
}

void TestCatalogExamples::causesReadAsOne()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(QString, ruledOut);
    const Explanation e = explain(stage, line);
    QVERIFY(e.isValid());
    QVERIFY(e.causes.size() <= 4);
    // No cause twice in other words: each pair shares less than half its longer words.
    // Inflections count as one word ("pushes", "push").
    static const QRegularExpression word(u"\\w{4,}"_s);
    static const QRegularExpression ending(u"(?:ing|ed|es|s)$"_s);
    const auto words = [](const QString &text) {
        QSet<QString> set;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
            QString w = it.next().captured(0);
            if (const auto m = ending.match(w); m.hasMatch() && m.capturedStart(0) >= 4)
                w.truncate(m.capturedStart(0));
            set.insert(w);
        }
        return set;
    };
    for (qsizetype i = 0; i < e.causes.size(); ++i) {
        for (qsizetype j = i + 1; j < e.causes.size(); ++j) {
            const auto a = words(e.causes[i]);
            const auto b = words(e.causes[j]);
            const auto common = QSet<QString>(a).intersect(b).size();
            QVERIFY2(2 * common < QSet<QString>(a).unite(b).size(),
                     qPrintable(e.causes[i] + u" ~ "_s + e.causes[j]));
        }
    }
    if (!ruledOut.isEmpty())
        QVERIFY2(!e.causes.join(u' ').contains(ruledOut, Qt::CaseInsensitive), qPrintable(e.causes.join(u'|')));
}

// One fact in other words is still said twice: the Postfix rule, X.1.1 and "550 at RCPT"
// each said "misspelled or removed", "does not exist (a typo, or the person left)" and
// "valid once but deleted" (seen in the GUI's explanation panel), which word overlap does
// not catch. Each fact has one wording in the tables, so it appears once.
void TestCatalogExamples::oneFactOnce_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("causePattern"); // how many causes match it
    QTest::addColumn<int>("causeCount");
    QTest::addColumn<QString>("stepPattern"); // how many next steps match it
    QTest::addColumn<int>("stepCount");
    const QString gone = u"does not exist|no longer exists|misspell|typo|deleted|removed"_s;
    const QString checkAddress = u"^check the (spelling of the )?address"_s;
    QTest::newRow("postfix user unknown") << Stage::Rcpt
        << u"550 5.1.1 <bob@contoso.com>: Recipient address rejected: User unknown in virtual mailbox table"_s
        << gone << 1 << checkAddress << 1;
    QTest::newRow("550 5.1.1") << Stage::Rcpt << u"550 5.1.1 User unknown"_s << gone << 1 << checkAddress << 1;
    QTest::newRow("m365 5.1.10") << Stage::Rcpt << u"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"_s
        << gone << 1 << checkAddress << 1;
    QTest::newRow("550 5.1.0") << Stage::Rcpt << u"550 5.1.0 Address rejected"_s << gone << 1 << checkAddress << 1;
    // "Check the credentials in the mail provider's web interface", "... by signing in to
    // webmail" and "... in webmail; use an app password" were one step three times.
    QTest::newRow("535 5.7.8") << Stage::Auth << u"535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"_s
        << u"wrong password"_s << 1 << u"credentials|user name and password|webmail|web interface"_s << 1;
    // "Check the SIZE in the EHLO reply; send large files as links" after both halves alone.
    QTest::newRow("552 5.3.4") << Stage::Message << u"552 5.3.4 Message size exceeds fixed limit"_s
        << u"attachment"_s << 2 << u"\\bSIZE\\b"_s << 1;
    // 552 at RCPT may be too many recipients; "Mailbox full" says it is not.
    QTest::newRow("552 5.2.2 mailbox full") << Stage::Rcpt << u"552 5.2.2 <bob@contoso.com>: Recipient address rejected: Mailbox full"_s
        << u"many recipients"_s << 0 << u"many recipients"_s << 0;
    QTest::newRow("spam, exim words") << Stage::Message << u"550 5.7.1 Message rejected as spam by Content Filtering."_s
        << u"sender authentication"_s << 1 << QString() << 0;
    // 554 at the greeting may be "not a mail server for you"; a named blocklist says it is not.
    QTest::newRow("spamhaus at greeting") << Stage::Greeting
        << u"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"_s
        << u"not a mail server"_s << 0 << QString() << 0;
}

void TestCatalogExamples::oneFactOnce()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(QString, causePattern);
    QFETCH(int, causeCount);
    QFETCH(QString, stepPattern);
    QFETCH(int, stepCount);
    const Explanation e = explain(stage, line);
    QVERIFY(e.isValid());
    const QRegularExpression causes(causePattern, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(e.causes.filter(causes).size() == causeCount, qPrintable(e.causes.join(u" | "_s)));
    if (!stepPattern.isEmpty()) {
        const QRegularExpression steps(stepPattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(e.nextSteps.filter(steps).size() == stepCount, qPrintable(e.nextSteps.join(u" | "_s)));
    }
}

// How words and codes weigh together: the table is tests/data/words-next-to-codes.tsv
// (stage, category, severity, the rule that must decide or empty, a name, the reply).
void TestCatalogExamples::wordsNextToCodes_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("ruleId"); // empty: any rule
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/words-next-to-codes.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QCOMPARE(f.size(), 6);
        const auto stage = Model::fromKey<Stage>(f.at(0));
        const auto category = Model::fromKey<Category>(f.at(1));
        const auto severity = Model::fromKey<Severity>(f.at(2));
        QVERIFY2(stage && category && severity, qPrintable(line));
        QTest::addRow("%s", qPrintable(f.at(4))) << *stage << f.at(5) << *category << *severity << f.at(3);
        ++rows;
    }
    QVERIFY(rows >= 171);
}

void TestCatalogExamples::wordsNextToCodes()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    QFETCH(Severity, severity);
    QFETCH(QString, ruleId);
    const Explanation e = explain(stage, line);
    QVERIFY2(e.isValid(), qPrintable(line));
    QCOMPARE(e.category, category);
    QCOMPARE(e.severity, severity);
    if (!ruleId.isEmpty())
        QCOMPARE(e.ruleId, ruleId);
}

void TestCatalogExamples::bareCodeSaysItHasNoReason()
{
    const Explanation e = explain(Stage::Rcpt, u"550"_s);
    QVERIFY(e.isValid());
    QVERIFY2(e.meaning.startsWith(u"The server gave no reason; by its code alone this means"_s), qPrintable(e.meaning));
    QCOMPARE(e.matched, u"550"_s);
    // Words the catalogue does not know: it says so instead of guessing.
    const Explanation vague = explain(Stage::Rcpt, u"550 5.1.1 zxqv"_s);
    QVERIFY2(vague.meaning.contains(u"by its code alone"_s), qPrintable(vague.meaning));
    QCOMPARE(vague.matched, u"5.1.1"_s);
    // Words that name the cause: no such sentence.
    QVERIFY(!explain(Stage::Rcpt, u"550 5.1.1 User unknown"_s).meaning.contains(u"by its code alone"_s));
}

void TestCatalogExamples::permanentNeverSaysLater()
{
    static const QRegularExpression later(u"again later|try later|in a few minutes"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : {u"552 5.2.2 Mailbox full"_s, u"550 5.7.1 Relay not allowed"_s, u"554 5.7.1 spam detected"_s,
                                u"550 5.4.316 Message expired, connection refused"_s, u"550 5.3.0 Error: command failed"_s}) {
        const Explanation e = explain(Stage::Rcpt, line);
        QCOMPARE(e.severity, Severity::Permanent);
        QVERIFY2(!later.match(e.causes.join(u' ')).hasMatch(), qPrintable(line + u": "_s + e.causes.join(u'|')));
    }
}

void TestCatalogExamples::phraseRulesCompileAndAreUnique()
{
    const QStringList ids = RuleMatcher::phraseRuleIds();
    QVERIFY(ids.size() >= 25);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    // Every phrase row's borrowed text exists: a match never gives an empty explanation.
    for (const QString &line : {u"550 mailbox is full"_s, u"550 relaying denied"_s, u"421 greylisted"_s,
                                u"550 Domain does not accept mail (nullMX)"_s, u"connection refused"_s}) {
        const Explanation e = explain(Stage::Rcpt, line);
        QVERIFY2(e.isValid() && !e.causes.isEmpty() && !e.meaning.isEmpty(), qPrintable(line));
    }
}

void TestCatalogExamples::otherLanguages_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("line");
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/phrase-languages.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QCOMPARE(f.size(), 4);
        const auto stage = Model::fromKey<Stage>(f.at(0));
        QVERIFY2(stage, qPrintable(f.at(0)));
        QTest::addRow("%d %s %s", ++rows, qPrintable(f.at(2)), qPrintable(f.at(1))) << *stage << f.at(1) << f.at(3);
    }
    QVERIFY(rows >= 25);
}

// The words decide, not only the code: each row's code alone would often say the same, so
// the explanation must rest on the words ("matched" is not the bare code).
void TestCatalogExamples::otherLanguages()
{
    QFETCH(Stage, stage);
    QFETCH(QString, category);
    QFETCH(QString, line);
    const Explanation e = explain(stage, line);
    QCOMPARE(Model::key(e.category), category);
    QVERIFY2(e.ruleId.startsWith(u"phrase-") || e.ruleId.startsWith(u"enhanced-"), qPrintable(e.ruleId));
    QVERIFY2(!e.matched.isEmpty() && !e.matched.at(0).isDigit(), qPrintable(e.matched));
}

QTEST_GUILESS_MAIN(TestCatalogExamples)
#include "tst_catalogexamples.moc"
