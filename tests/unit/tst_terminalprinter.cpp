// TerminalPrinter: the telnet-like log of `smtp-wizard-cli`, coloured only when asked,
// and never a channel for a server to send escape sequences to the user's terminal.
#include "cli/TerminalPrinter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Direction = TranscriptEntry::Direction;
using Model::Severity;
using OptSeverity = std::optional<Severity>;

Q_DECLARE_METATYPE(TranscriptEntry)
Q_DECLARE_METATYPE(TestResult)

namespace {

const QString reset = u"\x1b[0m"_s;
const QString dim = u"\x1b[2m"_s;

TranscriptEntry entry(qint64 ms, Direction direction, const QString &text, OptSeverity severity = std::nullopt)
{
    TranscriptEntry e;
    e.ms = ms;
    e.direction = direction;
    e.text = text;
    e.severity = severity;
    return e;
}

TestResult verdict(Verdict::Outcome outcome, std::optional<int> code, const QString &enhanced, const QString &text)
{
    TestResult r;
    r.verdict.outcome = outcome;
    // The verdict points at the record of its deciding reply, as a run leaves it.
    Attempt attempt;
    if (code) {
        SmtpReply reply;
        reply.code = *code;
        reply.enhancedCode = enhanced;
        reply.lines = {text};
        attempt.replies.append(ReplyRecord{reply, Model::Stage::Rcpt, {}});
        r.verdict.replyIndex = 0;
    } else {
        attempt.errorText = text;
    }
    r.attempts = {attempt};
    r.verdict.attemptIndex = 0;
    return r;
}

/// Characters a terminal acts on instead of showing: C0 (but the line feed), DEL and C1.
QString rawControls(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            found += u"U+%1 "_s.arg(int(u), 4, 16, QChar(u'0'));
    }
    return found;
}

} // namespace

class TestTerminalPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printEntry_data();
    void printEntry();
    void printExplanation_data();
    void printExplanation();
    void printVerdict_data();
    void printVerdict();
    void printLine();
    void serverTextIsDefused_data();
    void serverTextIsDefused();
};

void TestTerminalPrinter::printEntry_data()
{
    QTest::addColumn<TranscriptEntry>("entry");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QString>("output");
    const TranscriptEntry ehlo = entry(31, Direction::Client, u"EHLO pc.example"_s);
    const TranscriptEntry ok = entry(33, Direction::Server, u"250 2.1.5 Ok"_s, Severity::Success);
    const TranscriptEntry more = entry(33, Direction::Server, u"250-PIPELINING"_s);
    const TranscriptEntry event = entry(14, Direction::Event, u"Connecting to 192.0.2.25 port 25"_s);
    QTest::newRow("client") << ehlo << false << u"    31 ms  C: EHLO pc.example\n"_s;
    QTest::newRow("server") << ok << false << u"    33 ms  S: 250 2.1.5 Ok\n"_s;
    QTest::newRow("event") << event << false << u"    14 ms  *  Connecting to 192.0.2.25 port 25\n"_s;
    QTest::newRow("long run") << entry(1234567, Direction::Server, u"221 Bye"_s) << false
                              << u"1234567 ms  S: 221 Bye\n"_s;
    QTest::newRow("client, colour") << ehlo << true
                                    << dim + u"    31 ms"_s + reset + u"  \x1b[1mC: EHLO pc.example"_s + reset + u'\n';
    QTest::newRow("2xx green") << ok << true << dim + u"    33 ms"_s + reset + u"  \x1b[32mS: 250 2.1.5 Ok"_s + reset + u'\n';
    QTest::newRow("3xx cyan") << entry(90, Direction::Server, u"354 Go ahead"_s, Severity::Intermediate) << true
                              << dim + u"    90 ms"_s + reset + u"  \x1b[36mS: 354 Go ahead"_s + reset + u'\n';
    QTest::newRow("4xx yellow") << entry(5, Direction::Server, u"451 Later"_s, Severity::Transient) << true
                                << dim + u"     5 ms"_s + reset + u"  \x1b[33mS: 451 Later"_s + reset + u'\n';
    QTest::newRow("5xx red") << entry(5, Direction::Server, u"550 No"_s, Severity::Permanent) << true
                             << dim + u"     5 ms"_s + reset + u"  \x1b[31mS: 550 No"_s + reset + u'\n';
    QTest::newRow("continuation line plain") << more << true
                                             << dim + u"    33 ms"_s + reset + u"  S: 250-PIPELINING\n"_s;
    QTest::newRow("info server line plain") << entry(1, Direction::Server, u"x"_s, Severity::Info) << true
                                            << dim + u"     1 ms"_s + reset + u"  S: x\n"_s;
    QTest::newRow("event dim") << event << true
                               << dim + u"    14 ms"_s + reset + u"  "_s + dim + u"*  Connecting to 192.0.2.25 port 25"_s
                                      + reset + u'\n';
    QTest::newRow("problem event yellow")
        << entry(17, Direction::Event, u"Connection refused"_s, Severity::Transient) << true
        << dim + u"    17 ms"_s + reset + u"  \x1b[33m*  Connection refused"_s + reset + u'\n';
}

void TestTerminalPrinter::printEntry()
{
    QFETCH(TranscriptEntry, entry);
    QFETCH(bool, colour);
    QFETCH(QString, output);
    QString out;
    QTextStream stream(&out);
    TerminalPrinter(stream, colour).printEntry(entry);
    QCOMPARE(out, output);
    if (!colour)
        QVERIFY(!out.contains(u'\x1b'));
}

void TestTerminalPrinter::printExplanation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QString>("output");
    QTest::newRow("plain") << u"Recipient unknown"_s << Severity::Permanent << false
                           << u"            -> Recipient unknown\n"_s;
    QTest::newRow("red") << u"Recipient unknown"_s << Severity::Permanent << true
                         << u"\x1b[31m            -> Recipient unknown"_s + reset + u'\n';
    QTest::newRow("green") << u"Accepted"_s << Severity::Success << true << u"\x1b[32m            -> Accepted"_s + reset
                                                                                 + u'\n';
    QTest::newRow("info uncoloured") << u"Note"_s << Severity::Info << true << u"            -> Note\n"_s;
    QTest::newRow("no explanation, nothing printed") << QString() << Severity::Permanent << true << QString();
}

void TestTerminalPrinter::printExplanation()
{
    QFETCH(QString, title);
    QFETCH(Severity, severity);
    QFETCH(bool, colour);
    QFETCH(QString, output);
    Explanation e;
    e.title = title;
    e.severity = severity;
    e.meaning = u"Only the title is printed."_s;
    QString out;
    QTextStream stream(&out);
    TerminalPrinter(stream, colour).printExplanation(e);
    QCOMPARE(out, output);
}

void TestTerminalPrinter::printVerdict_data()
{
    QTest::addColumn<TestResult>("result");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QString>("output");
    using O = Verdict::Outcome;
    TestResult rejected = verdict(O::Rejected, 550, u"5.1.1"_s, u"User  unknown"_s);
    rejected.verdict.summary = u"The server refused the recipient."_s;
    rejected.verdict.nextSteps = {u"Check the spelling."_s, u"Ask the recipient."_s};
    QTest::newRow("rejected") << rejected << false
                              << u"\nVerdict: REJECTED\nThe server refused the recipient.\n"
                                 "Deciding reply: 550 5.1.1 User unknown\nNext steps:\n  - Check the spelling.\n"
                                 "  - Ask the recipient.\n"_s;
    QTest::newRow("no enhanced code") << verdict(O::Delivered, 250, {}, u"Ok: queued"_s) << false
                                      << u"\nVerdict: DELIVERED\nDeciding reply: 250 Ok: queued\n"_s;
    QTest::newRow("no reply") << verdict(O::DnsFailed, std::nullopt, {}, u"NXDOMAIN"_s) << false
                              << u"\nVerdict: DNS-FAILED\n"_s;
    QTest::newRow("success green") << verdict(O::Accepted, std::nullopt, {}, {}) << true
                                   << u"\n\x1b[32mVerdict: ACCEPTED"_s + reset + u'\n';
    QTest::newRow("deferred yellow") << verdict(O::Deferred, 451, u"4.7.1"_s, u"Later"_s) << true
                                     << u"\n\x1b[33mVerdict: DEFERRED"_s + reset + u'\n' + dim
                                            + u"Deciding reply: 451 4.7.1 Later"_s + reset + u'\n';
    QTest::newRow("failure red") << verdict(O::Timeout, std::nullopt, {}, {}) << true
                                 << u"\n\x1b[31mVerdict: TIMEOUT"_s + reset + u'\n';
}

void TestTerminalPrinter::printVerdict()
{
    QFETCH(TestResult, result);
    QFETCH(bool, colour);
    QFETCH(QString, output);
    QString out;
    QTextStream stream(&out);
    TerminalPrinter(stream, colour).printVerdict(result);
    QCOMPARE(out, output);
}

void TestTerminalPrinter::printLine()
{
    QString out;
    QTextStream stream(&out);
    TerminalPrinter printer(stream, true);
    printer.printLine(u"Using the password stored in the keychain"_s);
    printer.printLine(QString());
    QCOMPARE(out, u"Using the password stored in the keychain\n\n"_s);
}

void TestTerminalPrinter::serverTextIsDefused_data()
{
    // What a hostile or broken server may put in a reply line. Each keeps "before" and
    // "after" as visible text around the control characters.
    QTest::addColumn<QString>("text");
    QTest::newRow("clear screen") << u"550 before\x1b[2J\x1b[Hafter"_s;
    QTest::newRow("window title") << u"550 before\x1b]0;owned\x07" "after"_s;
    QTest::newRow("hyperlink") << u"550 before\x1b]8;;https://evil.example/\x1b\\after\x1b]8;;\x1b\\"_s;
    QTest::newRow("carriage return overwrite") << u"550 before\r250 after"_s;
    QTest::newRow("backspaces and bell") << u"550 before\b\b\b\x07" "after"_s;
    QTest::newRow("8-bit CSI") << u"550 before\u009b2Jafter"_s;
    QTest::newRow("DEL and NUL") << u"550 before\x7f"_s + QChar(0) + u"after"_s;
}

void TestTerminalPrinter::serverTextIsDefused()
{
    QFETCH(QString, text);
    static const QRegularExpression ours(u"\x1b\\[(?:0|1|2|31|32|33|36)m"_s); // the printer's own colours
    const TranscriptEntry line = entry(88, Direction::Server, text, Severity::Permanent);
    const TestResult result = verdict(Verdict::Outcome::Rejected, 550, u"5.7.1"_s, text);
    QStringList leaks; // every method and mode that lets one through, for one clear message
    for (const bool colour : {false, true}) {
        for (const bool isEntry : {true, false}) {
            QString out;
            QTextStream stream(&out);
            TerminalPrinter printer(stream, colour);
            if (isEntry)
                printer.printEntry(line);
            else
                printer.printVerdict(result);
            out.remove(ours);
            const QString where = (isEntry ? u"printEntry"_s : u"printVerdict"_s)
                + (colour ? u" with colours"_s : u" without colours"_s);
            if (const QString controls = rawControls(out); !controls.isEmpty())
                leaks.append(where + u" passes on raw "_s + controls.trimmed());
            // The words around them still reach the reader, on the line they belong to.
            QVERIFY2(out.contains(u"before"_s) && out.contains(u"after"_s), qPrintable(where));
            QCOMPARE(out.count(u'\n'), isEntry ? 1 : 3);
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestTerminalPrinter)
#include "tst_terminalprinter.moc"
