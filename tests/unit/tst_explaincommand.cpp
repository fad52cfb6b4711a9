#include "cli/ExplainCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Stage;

Q_DECLARE_METATYPE(std::optional<Stage>)

namespace {

QString bounce(const QString &name)
{
    return QStringLiteral(SMTPWIZARD_TEST_DATA "/bounces/") + name;
}

// Runs the command with --json and returns the entries as an array (one object or many).
QJsonArray runJson(const QString &input, bool file, std::optional<Stage> stage, int *exitCode)
{
    QString output;
    QTextStream out(&output);
    *exitCode = ExplainCommand::run(input, file, stage, true, false, out);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    if (document.isObject())
        return QJsonArray{document.object()};
    return document.array();
}

} // namespace

class TestExplainCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bounceFiles_data();
    void bounceFiles();
    void bounceFileCounts_data();
    void bounceFileCounts();
    void bounceContentInsteadOfPath();
    void jsonHasEveryField();
    void stageOverride_data();
    void stageOverride();
    void textOutput();
    void colourOnlyWhenAsked();
    void nothingRecognisable_data();
    void nothingRecognisable();
    void missingFile();
    void messageWithoutFailure();
    void messageInItsOwnCharset();
};

void TestExplainCommand::bounceFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("remoteMta");
    QTest::newRow("m365") << u"exchange-m365-recipient-not-found.eml"_s << 0 << u"j.doe@contoso.com"_s << 550
                          << u"5.1.10"_s << u"recipient-unknown"_s << QString() << QString();
    QTest::newRow("exchange pasted") << u"exchange-onprem-pasted.eml"_s << 0 << u"frank.miller@contoso.com"_s << 550
                                     << u"5.1.1"_s << u"recipient-unknown"_s << QString() << QString();
    QTest::newRow("gmail") << u"gmail-account-does-not-exist.eml"_s << 0 << u"no.such.person@gmail.com"_s << 550
                           << u"5.1.1"_s << u"recipient-unknown"_s << QString() << u"gmail-smtp-in.l.google.com"_s;
    QTest::newRow("postfix") << u"postfix-user-unknown.eml"_s << 0 << u"nobody@example.org"_s << 550 << u"5.1.1"_s
                             << u"recipient-unknown"_s << u"rcpt"_s << u"mx.example.org"_s;
    QTest::newRow("exim") << u"exim-mailbox-full.eml"_s << 0 << u"someone@example.net"_s << 552 << u"5.2.2"_s
                          << u"mailbox-full"_s << u"rcpt"_s << u"mx.example.net"_s;
    QTest::newRow("sendmail") << u"sendmail-user-unknown.eml"_s << 0 << u"baduser@example.com"_s << 550 << u"5.1.1"_s
                              << u"recipient-unknown"_s << u"rcpt"_s << u"mail.example.com"_s;
    QTest::newRow("multi 1") << u"postfix-multi-recipient.eml"_s << 0 << u"ghost@example.org"_s << 550 << u"5.1.1"_s
                             << u"recipient-unknown"_s << u"rcpt"_s << u"mx1.example.org"_s;
    QTest::newRow("multi 2") << u"postfix-multi-recipient.eml"_s << 1 << u"full@example.net"_s << 552 << u"5.2.2"_s
                             << u"mailbox-full"_s << u"message"_s << u"mx.example.net"_s;
    QTest::newRow("multi 3") << u"postfix-multi-recipient.eml"_s << 2 << u"someone@nowhere.invalid"_s << 0
                             << u"5.4.4"_s << u"domain-not-found"_s << QString() << QString();
    QTest::newRow("yahoo delayed") << u"yahoo-delayed-tss04.eml"_s << 0 << u"reader@yahoo.com"_s << 421 << u"4.7.0"_s
                                   << u"rate-limited"_s << u"mail"_s << u"mta7.am0.yahoodns.net"_s;
}

void TestExplainCommand::bounceFiles()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, recipient);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, category);
    QFETCH(QString, stage);
    QFETCH(QString, remoteMta);
    int exitCode = -1;
    const QJsonArray entries = runJson(bounce(file), true, std::nullopt, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(index < entries.size());
    const QJsonObject e = entries.at(index).toObject();
    QCOMPARE(e.value(u"recipient").toString(), recipient);
    QCOMPARE(e.value(u"code").toInt(), code);
    QCOMPARE(e.value(u"enhancedCode").toString(), enhanced);
    QCOMPARE(e.value(u"category").toString(), category);
    QCOMPARE(e.value(u"stage").toString(), stage);
    QCOMPARE(e.value(u"remoteMta").toString(), remoteMta);
    QVERIFY(!e.value(u"causes").toArray().isEmpty());
    QVERIFY(!e.value(u"nextSteps").toArray().isEmpty());
}

void TestExplainCommand::bounceFileCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("m365") << u"exchange-m365-recipient-not-found.eml"_s << 1;
    QTest::newRow("exchange pasted") << u"exchange-onprem-pasted.eml"_s << 1;
    QTest::newRow("gmail") << u"gmail-account-does-not-exist.eml"_s << 1;
    QTest::newRow("postfix") << u"postfix-user-unknown.eml"_s << 1;
    QTest::newRow("exim") << u"exim-mailbox-full.eml"_s << 1;
    QTest::newRow("sendmail") << u"sendmail-user-unknown.eml"_s << 1;
    QTest::newRow("multi") << u"postfix-multi-recipient.eml"_s << 3; // the delivered one is left out
    QTest::newRow("yahoo delayed") << u"yahoo-delayed-tss04.eml"_s << 1;
}

void TestExplainCommand::bounceFileCounts()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    int exitCode = -1;
    QCOMPARE(runJson(bounce(file), true, std::nullopt, &exitCode).size(), count);
}

void TestExplainCommand::bounceContentInsteadOfPath()
{
    QFile file(bounce(u"postfix-user-unknown.eml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int exitCode = -1;
    const QJsonArray entries = runJson(QString::fromUtf8(file.readAll()), true, std::nullopt, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"recipient").toString(), u"nobody@example.org"_s);
}

void TestExplainCommand::jsonHasEveryField()
{
    int exitCode = -1;
    const QJsonArray entries = runJson(u"550 5.1.1 User unknown"_s, false, Stage::Rcpt, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    for (const auto key : {u"code", u"enhancedCode", u"severity", u"category", u"title", u"meaning", u"causes",
                           u"nextSteps", u"references", u"matched"})
        QVERIFY2(e.contains(QStringView(key)), qPrintable(QStringView(key).toString()));
    // The explanation names what it rests on: the server's words here.
    QCOMPARE(e.value(u"matched").toString(), u"User unknown"_s);
    QCOMPARE(e.value(u"severity").toString(), u"permanent"_s);
    QCOMPARE(e.value(u"category").toString(), u"recipient-unknown"_s);
    QCOMPARE(e.value(u"stage").toString(), u"rcpt"_s);
}

void TestExplainCommand::stageOverride_data()
{
    QTest::addColumn<std::optional<Stage>>("stage");
    QTest::addColumn<QString>("category");
    QTest::newRow("mail") << std::optional<Stage>(Stage::Mail) << u"sender-rejected"_s;
    QTest::newRow("rcpt") << std::optional<Stage>(Stage::Rcpt) << u"recipient-unknown"_s;
    // RFC 5321's words cut short name no cause after the message (they do after MAIL and
    // RCPT, where the code and the stage say what they mean).
    QTest::newRow("message") << std::optional<Stage>(Stage::Message) << u"other"_s;
    QTest::newRow("default is rcpt") << std::optional<Stage>() << u"recipient-unknown"_s;
}

void TestExplainCommand::stageOverride()
{
    QFETCH(std::optional<Stage>, stage);
    QFETCH(QString, category);
    int exitCode = -1;
    const QJsonArray entries = runJson(u"550 Requested action not taken"_s, false, stage, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(entries.first().toObject().value(u"category").toString(), category);
}

void TestExplainCommand::textOutput()
{
    QString output;
    QTextStream out(&output);
    const int exitCode = ExplainCommand::run(u"host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command)"_s,
                                             false, std::nullopt, false, false, out);
    QCOMPARE(exitCode, 0);
    QVERIFY(output.contains(u"550 5.1.1"));
    QVERIFY(output.contains(u"recipient-unknown"));
    QVERIFY(output.contains(u"Likely causes:"));
    QVERIFY(output.contains(u"Next steps:"));
    QVERIFY(output.contains(u"mx.example.com"));
    QVERIFY(output.contains(u"RCPT"));
    QVERIFY(!output.contains(u"\x1b["));
}

void TestExplainCommand::colourOnlyWhenAsked()
{
    QString output;
    QTextStream out(&output);
    QCOMPARE(ExplainCommand::run(u"421 4.3.2 Service shutting down"_s, false, std::nullopt, false, true, out), 0);
    QVERIFY(output.contains(u"\x1b[1;33m")); // transient: yellow
}

void TestExplainCommand::nothingRecognisable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << u"hello, my mail does not work"_s << false;
    QTest::newRow("json") << u"hello, my mail does not work"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestExplainCommand::nothingRecognisable()
{
    QFETCH(QString, input);
    QFETCH(bool, json);
    QString output;
    QTextStream out(&output);
    QCOMPARE(ExplainCommand::run(input, false, std::nullopt, json, false, out), 1);
    QVERIFY(output.contains(u"550 5.1.1 User unknown"));
    if (json)
        QVERIFY(QJsonDocument::fromJson(output.toUtf8()).object().contains(u"error"));
}

void TestExplainCommand::missingFile()
{
    QString output;
    QTextStream out(&output);
    // A name that is no file is taken as content, which holds nothing recognisable.
    QCOMPARE(ExplainCommand::run(u"/nonexistent/bounce.eml"_s, true, std::nullopt, false, false, out), 1);
    QVERIFY(!output.isEmpty());
}

// A bounce whose report names no failure: the returned original ("virus scan results") is
// never read as the reason, and the hint does not ask for the file that was just given.
void TestExplainCommand::messageWithoutFailure()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"notice.eml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: postmaster@b.example\nTo: a@a.example\nSubject: Notice\nMIME-Version: 1.0\n\n"
               "Your message\n\n  Subject: Figures\n\nwas handled by the gateway.\n\n"
               "------ Original message ------\nFrom: a@a.example\nSubject: virus scan results and spam report\n\n"
               "See the blocked attachment list.\n");
    file.close();
    QString output;
    QTextStream out(&output);
    QCOMPARE(ExplainCommand::run(file.fileName(), true, std::nullopt, false, false, out), 1);
    QVERIFY2(!output.contains(u"spam"_s, Qt::CaseInsensitive), qPrintable(output));
    QVERIFY2(!output.contains(u"--explain-file"_s) && output.contains(u"No failure was found"_s), qPrintable(output));
}

// --explain-file hands over the file's bytes: a report in its own charset (Sina's in
// gb2312) is read, not refused as "not UTF-8", and words that name no reason say so.
void TestExplainCommand::messageInItsOwnCharset()
{
    const QByteArray message =
        "From: MAILER-DAEMON@cn.example\nTo: a@a.example\nSubject: failure\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: binary\n\n"
        "cn.example.\n\xd3\xca\xbc\xfe\xce\xde\xb7\xa8\xcb\xcd\xb4\xef\xa1\xa3\n\n<someone@cn.example>:\n";
    QString output;
    QTextStream out(&output);
    QCOMPARE(ExplainCommand::runMessage(message, std::nullopt, false, false, out), 0);
    QVERIFY2(output.contains(u"\u65e0\u6cd5\u9001\u8fbe"_s), qPrintable(output));
    QVERIFY2(output.contains(u"someone@cn.example"_s), qPrintable(output));
    QVERIFY2(output.contains(u"No reason given"_s) && !output.contains(u"reply code."_s), qPrintable(output));
    // The whole message was read: no advice to explain the whole message, but where the
    // reason can still be found.
    QVERIFY2(!output.contains(u"Explain the whole bounce message"_s), qPrintable(output));
    QVERIFY2(output.contains(u"Test the same recipient"_s), qPrintable(output));
    // A pasted excerpt of it may lack the part with the reason: there the advice stands.
    QString pasted;
    QTextStream out3(&pasted);
    QCOMPARE(ExplainCommand::run(u"Delivery to the following recipients failed."_s, false, std::nullopt, false, false, out3), 0);
    QVERIFY2(pasted.contains(u"Explain the whole bounce message"_s), qPrintable(pasted));
    // A byte-order mark before the headers changes nothing.
    QString again;
    QTextStream out2(&again);
    QCOMPARE(ExplainCommand::runMessage("\xEF\xBB\xBF" + message, std::nullopt, false, false, out2), 0);
    QCOMPARE(again, output);
}

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
