// ReportWriter: every format on a fixed TestResult, atomic saving, anonymising, secrets.
#include "ReportFixture.h"

#include "report/HtmlReport.h"
#include "pdf/PdfReport.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Format = ReportWriter::Format;

namespace {

const QString goldenText = QStringLiteral(SMTPWIZARD_TEST_DATA "/golden/report.txt");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

QString pdfToText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

/// Every report's text as a reader (or pdftotext) sees it.
QString readable(const TestResult &result, Format format, const ReportWriter::Options &options, const QString &dir)
{
    if (format == Format::Pdf) {
        const QString path = dir + u"/report.pdf"_s;
        if (!ReportWriter::save(result, path, options).ok)
            return {};
        return pdfToText(path) + QString::fromLatin1(readAll(path));
    }
    return QString::fromUtf8(ReportWriter::render(result, format, options));
}

/// The first table whose first cell reads header.
QTextTable *findTable(QTextDocument &document, const QString &header)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            if (table->cellAt(0, 0).firstCursorPosition().block().text() == header)
                return table;
        }
    }
    return nullptr;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfWithoutPrinterSaysWhy();
    void textMatchesGoldenFile();
    void textLines_data();
    void textLines();
    void textLeadsWithPlainWords();
    void htmlLeadsWithPlainWords();
    void htmlRecipientTable();
    void coloursMatchTheWizard_data();
    void coloursMatchTheWizard();
    void htmlParsed_data();
    void htmlParsed();
    void htmlDnsTable();
    void htmlEscapesNetworkText_data();
    void htmlEscapesNetworkText();
    void htmlIsSelfContained();
    void htmlRendersInColour();
    void pdfHasPagesAndVerdict();
    void pageSizeFollowsLocale_data();
    void pageSizeFollowsLocale();
    void formatFromFileName_data();
    void formatFromFileName();
    void suggestedFileName_data();
    void suggestedFileName();
    void savesEveryFormat_data();
    void savesEveryFormat();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void fullDiskKeepsOldFile();
    void readOnlyFolderKeepsOldFile();
    void anonymise_data();
    void anonymise();
    void noPasswordAnywhere_data();
    void noPasswordAnywhere();
    void ticketContent();

private:
    QTemporaryDir m_dir;
};

void TestReportWriter::initTestCase()
{
    // The suggested file name uses local time; pin it so the expectations hold anywhere.
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    // As the wizard does: PDF printed in-process (the runner loads the module instead).
    ReportWriter::setPdfPrinter([](const QString &html, const QString &title, QIODevice *device) {
        return PdfReport::write(html, title, device);
    });
}

void TestReportWriter::pdfWithoutPrinterSaysWhy()
{
    ReportWriter::setPdfPrinter(nullptr);
    const QString path = m_dir.filePath(u"no-printer.pdf"_s);
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), path);
    ReportWriter::setPdfPrinter([](const QString &html, const QString &title, QIODevice *device) {
        return PdfReport::write(html, title, device);
    });
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(u"PDF support"_s) && saved.error.contains(u".html"_s), qPrintable(saved.error));
    QVERIFY(!QFile::exists(path));
}

void TestReportWriter::textMatchesGoldenFile()
{
    const QByteArray actual = ReportWriter::render(ReportFixture::failoverResult(), Format::Text);
    if (qEnvironmentVariableIsSet("SMTPWIZARD_UPDATE_GOLDEN"))
        QVERIFY(writeAll(goldenText, actual));
    const QByteArray expected = readAll(goldenText);
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenText));
    if (actual != expected) {
        const QString dump = QDir::temp().filePath(u"report.actual.txt"_s);
        writeAll(dump, actual);
        QFAIL(qPrintable(u"Text report differs from %1; actual written to %2 "
                         "(the reply titles come from ReplyCatalog: after a catalogue change, "
                         "review and accept with SMTPWIZARD_UPDATE_GOLDEN=1)"_s.arg(goldenText, dump)));
    }
}

void TestReportWriter::textLines_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("header") << u"SMTP test report: wizard.test"_s;
    QTest::newRow("started") << u"2026-11-29 14:32:05 UTC"_s;
    QTest::newRow("machine") << u"pc-helpdesk-07.corp.example"_s;
    QTest::newRow("event") << u"14:32:05.137  *  Connecting to 127.0.25.99 port 25"_s;
    QTest::newRow("client") << u"14:32:05.154  C: EHLO pc-helpdesk-07.corp.example"_s;
    QTest::newRow("server") << u"14:32:05.154  S: 220 mail.wizard.test ESMTP Postfix (Debian/GNU)   ["_s;
    QTest::newRow("continuation") << u"14:32:05.156  S: 250-PIPELINING\n"_s;
    QTest::newRow("masked auth") << u"C: AUTH PLAIN ********"_s;
    QTest::newRow("rejected rcpt") << u"S: 550 5.1.1 <nobody@wizard.test>: Recipient address rejected"_s;
    QTest::newRow("dns") << u"MX 20   mail.wizard.test"_s;
    QTest::newRow("ptr") << u"PTR: mail.wizard.test"_s;
    QTest::newRow("tls") << u"TLSv1.3, TLS_AES_256_GCM_SHA384 (256 bits)"_s;
    QTest::newRow("timings") << u"Message 1.250 s"_s;
    QTest::newRow("technical result") << u"Rejected at RCPT TO: 550 5.1.1\n"_s;
    QTest::newRow("next steps") << u"  1. Check the spelling of nobody@wizard.test.\n"_s;
    QTest::newRow("recipient refused") << u"nobody@wizard.test  Refused   Recipient unknown (Postfix)\n"_s;
}

void TestReportWriter::textLines()
{
    QFETCH(QString, expected);
    const QString text = TextReport::render(ReportFixture::failoverResult());
    QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReportWriter::textLeadsWithPlainWords()
{
    // A ticket is read from the top: the verdict sentence and what to do come before the
    // per-recipient table, the jargon and the transcript (issue 9, finding 16).
    const TestResult result = ReportFixture::failoverResult();
    const QString text = TextReport::render(result);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.value(0), u"SMTP test report: wizard.test"_s);
    QCOMPARE(lines.value(2), result.verdict.summary);
    const qsizetype summary = text.indexOf(result.verdict.summary);
    const qsizetype step = text.indexOf(u"1. Check the spelling of nobody@wizard.test."_s);
    const qsizetype recipients = text.indexOf(u"nobody@wizard.test  Refused"_s);
    const qsizetype technical = text.indexOf(u"Technical details"_s);
    const qsizetype transcript = text.indexOf(u"Transcript (times in UTC)"_s);
    QVERIFY(summary >= 0);
    QVERIFY(summary < step);
    QVERIFY(step < recipients);
    QVERIFY(recipients < technical);
    QVERIFY(technical < transcript);
    // The codes and keys are there, but only under "Technical details".
    for (const QString &jargon : {u"Rejected at RCPT TO: 550 5.1.1"_s, u"recipient-unknown"_s, u"rejected\n"_s}) {
        QVERIFY2(text.indexOf(jargon) > technical, qPrintable(jargon));
    }
    QVERIFY(text.indexOf(result.verdict.summary, summary + 1) < 0); // said once
}

void TestReportWriter::htmlLeadsWithPlainWords()
{
    const TestResult result = ReportFixture::failoverResult();
    QTextDocument document;
    document.setHtml(HtmlReport::render(result));
    const QString text = document.toPlainText();
    const qsizetype summary = text.indexOf(result.verdict.summary);
    const qsizetype step = text.indexOf(u"Ask the recipient's administrator whether the mailbox exists."_s);
    const qsizetype recipients = text.indexOf(u"Recipient unknown (Postfix)"_s);
    const qsizetype technical = text.indexOf(u"Technical details"_s);
    const qsizetype transcript = text.indexOf(u"Attempt 1 of 2"_s);
    QVERIFY(summary >= 0);
    QVERIFY(summary < step);
    QVERIFY(step < recipients);
    QVERIFY(recipients < technical);
    QVERIFY(technical < transcript);
    QVERIFY(!text.contains(u"Verdict: Rejected"_s));
    QVERIFY(!text.contains(u"Category: recipient-unknown"_s));
    for (const QString &jargon : {u"Rejected at RCPT TO: 550 5.1.1"_s, u"recipient-unknown"_s})
        QVERIFY2(text.indexOf(jargon) > technical, qPrintable(jargon));
}

void TestReportWriter::htmlRecipientTable()
{
    QTextDocument document;
    document.setHtml(HtmlReport::render(ReportFixture::failoverResult()));
    QTextTable *table = findTable(document, u"Address"_s);
    QVERIFY(table);
    QCOMPARE(table->columns(), 3);
    QCOMPARE(table->rows(), 3);
    const auto cell = [table](int row, int column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cell(0, 1), u"Outcome"_s);
    QCOMPARE(cell(0, 2), u"Reason"_s);
    QCOMPARE(cell(1, 0), u"alice@wizard.test"_s);
    QCOMPARE(cell(1, 1), u"Accepted"_s);
    QCOMPARE(cell(2, 0), u"nobody@wizard.test"_s);
    QCOMPARE(cell(2, 1), u"Refused"_s);
    QVERIFY2(cell(2, 2).startsWith(u"Recipient unknown (Postfix)"_s), qPrintable(cell(2, 2)));
}

void TestReportWriter::coloursMatchTheWizard_data()
{
    // The hue the wizard's transcript gives each class (TranscriptColors, from the shared
    // table): a report printed for a ticket must not call 3xx blue when the screen says purple.
    QTest::addColumn<Model::Severity>("severity");
    QTest::addColumn<int>("hue");
    QTest::newRow("2xx") << Model::Severity::Success << 125;
    QTest::newRow("3xx") << Model::Severity::Intermediate << 275;
    QTest::newRow("4xx") << Model::Severity::Transient << 33;
    QTest::newRow("5xx") << Model::Severity::Permanent << 0;
}

void TestReportWriter::coloursMatchTheWizard()
{
    QFETCH(Model::Severity, severity);
    QFETCH(int, hue);
    const auto near = [hue](const QColor &colour) {
        const int d = std::abs(colour.hsvHue() - hue) % 360;
        return std::min(d, 360 - d) <= 6;
    };
    const QColor foreground(HtmlReport::foreground(severity));
    const QColor background(HtmlReport::background(severity));
    QVERIFY2(near(foreground), qPrintable(foreground.name()));
    QVERIFY2(near(background), qPrintable(background.name()));
    // Still readable on paper: WCAG AA contrast of the text on its own background.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double contrast = (luminance(background) + 0.05) / (luminance(foreground) + 0.05);
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
}

void TestReportWriter::htmlParsed_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << u"SMTP test report: wizard.test"_s;
    QTest::newRow("technical result") << u"Rejected at RCPT TO: 550 5.1.1"_s;
    QTest::newRow("summary") << u"refused the recipient nobody@wizard.test"_s;
    QTest::newRow("next step") << u"Ask the recipient's administrator whether the mailbox exists."_s;
    QTest::newRow("legend title") << u"Colours in the transcript"_s;
    QTest::newRow("legend 2xx") << u"Success (2xx)"_s;
    QTest::newRow("legend 3xx") << u"Waiting for more (3xx)"_s;
    QTest::newRow("legend 4xx") << u"Temporary problem (4xx)"_s;
    QTest::newRow("legend 5xx") << u"Permanent failure (5xx)"_s;
    QTest::newRow("legend client") << u"C: Sent by this computer"_s;
    QTest::newRow("plan security") << u"STARTTLS when offered"_s;
    QTest::newRow("plan dsn") << u"NOTIFY=SUCCESS,FAILURE RET=HDRS ENVID=ticket-4711"_s;
    QTest::newRow("attempt") << u"Attempt 2 of 2: mail.wizard.test [127.0.25.1] port 25 (MX 20)"_s;
    QTest::newRow("transcript") << u"<nobody@wizard.test>: Recipient address rejected"_s;
    QTest::newRow("tls") << u"TLS_AES_256_GCM_SHA384"_s;
    QTest::newRow("tls error") << u"The issuer certificate of a locally looked up certificate could not be found"_s;
    QTest::newRow("certificate") << u"SMTP Wizard Test CA"_s;
    QTest::newRow("fingerprint") << u"SHA-256 AB:CD:EF"_s;
    QTest::newRow("timings") << u"Timings"_s;
    QTest::newRow("explanations") << u"What the replies mean"_s;
    QTest::newRow("version and machine") << u"Made by SMTP Wizard 0.1.0 on pc-helpdesk-07.corp.example"_s;
}

void TestReportWriter::htmlParsed()
{
    QFETCH(QString, expected);
    QTextDocument document;
    document.setHtml(HtmlReport::render(ReportFixture::failoverResult()));
    QVERIFY2(document.toPlainText().contains(expected), qPrintable(expected));
}

void TestReportWriter::htmlDnsTable()
{
    QTextDocument document;
    document.setHtml(HtmlReport::render(ReportFixture::failoverResult()));
    QTextTable *table = findTable(document, u"Preference"_s);
    QVERIFY(table);
    QCOMPARE(table->columns(), 4);
    QCOMPARE(table->rows(), 4); // header, dead (1 address), mail (2 addresses)
    const auto cell = [table](int row, int column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cell(1, 0), u"10"_s);
    QCOMPARE(cell(1, 1), u"dead.wizard.test"_s);
    QCOMPARE(cell(1, 2), u"127.0.25.99"_s);
    QCOMPARE(cell(1, 3), u"no reverse DNS"_s);
    QCOMPARE(cell(2, 1), u"mail.wizard.test"_s);
    QCOMPARE(cell(2, 3), u"mail.wizard.test"_s);
    QCOMPARE(cell(3, 2), u"::1"_s);
}

void TestReportWriter::htmlEscapesNetworkText_data()
{
    QTest::addColumn<int>("where");
    QTest::newRow("server reply") << 0;
    QTest::newRow("verdict text") << 1;
    QTest::newRow("certificate subject") << 2;
    QTest::newRow("dns error") << 3;
    QTest::newRow("exchange name") << 4;
}

void TestReportWriter::htmlEscapesNetworkText()
{
    QFETCH(int, where);
    const QString evil = u"<script>alert(\"x\")</script><img src=x onerror=alert(1)>&amp;"_s;
    TestResult result = ReportFixture::failoverResult();
    switch (where) {
    case 0: result.attempts[1].transcript[2].text = u"220 "_s + evil; break;
    case 1: result.attempts[1].replies[7].reply.lines = {evil}; break; // the deciding reply
    case 2: result.attempts[1].tls->peerCertificates[0].subject = evil; break;
    case 3: result.dns.errorText = evil; result.dns.problem = Model::Problem::DnsServerFailure; break;
    case 4: result.dns.mx[0].exchange = evil; break;
    }
    const QString html = HtmlReport::render(result);
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;"_s));
    QTextDocument document;
    document.setHtml(html);
    QVERIFY(document.toPlainText().contains(evil));
}

void TestReportWriter::htmlIsSelfContained()
{
    const QString html = HtmlReport::render(ReportFixture::failoverResult());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<style>"_s));
    for (const QString &external : {u"<link"_s, u"src="_s, u"http://"_s, u"https://"_s, u"url("_s, u"@import"_s})
        QVERIFY2(!html.contains(external, Qt::CaseInsensitive), qPrintable(external));
}

void TestReportWriter::htmlRendersInColour()
{
    // The report drawn as QTextDocument draws it (and as the PDF is made): the rejected
    // verdict's red and the transcript's green must both be on the page.
    QTextDocument document;
    document.setHtml(HtmlReport::render(ReportFixture::failoverResult()));
    document.setTextWidth(900);
    QImage image(900, int(document.size().height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    if (const QString dir = qEnvironmentVariable("SMTPWIZARD_REPORT_PREVIEW_DIR"); !dir.isEmpty()) {
        // For looking at by eye (docs/report-example-*): the picture and the HTML itself.
        image.save(dir + u"/report-html.png"_s);
        writeAll(dir + u"/report.html"_s, HtmlReport::render(ReportFixture::failoverResult()).toUtf8());
    }

    const QColor red(HtmlReport::background(Model::Severity::Permanent));
    const QColor green(HtmlReport::background(Model::Severity::Success));
    int redPixels = 0;
    int greenPixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            redPixels += pixel == red.rgb();
            greenPixels += pixel == green.rgb();
        }
    }
    QVERIFY2(redPixels > 1000, qPrintable(QString::number(redPixels)));
    QVERIFY2(greenPixels > 1000, qPrintable(QString::number(greenPixels)));
}

void TestReportWriter::pdfHasPagesAndVerdict()
{
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.format, Format::Pdf);
    QVERIFY(readAll(path).startsWith("%PDF-"));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    if (const QString dir = qEnvironmentVariable("SMTPWIZARD_REPORT_PREVIEW_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + u"/report.pdf"_s);
    const QString text = pdfToText(path).simplified(); // the sentence may wrap
    QVERIFY2(text.contains(u"refused the recipient nobody@wizard.test"_s), qPrintable(text.left(600)));
    QVERIFY(text.indexOf(u"refused the recipient nobody@wizard.test"_s) < text.indexOf(u"Technical details"_s));
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"Recipient address rejected"_s));
}

void TestReportWriter::pageSizeFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::newRow("en_US") << u"en_US"_s << QPageSize::Letter;
    QTest::newRow("fr_CA") << u"fr_CA"_s << QPageSize::Letter;
    QTest::newRow("es_MX") << u"es_MX"_s << QPageSize::Letter;
    QTest::newRow("de_DE") << u"de_DE"_s << QPageSize::A4;
    QTest::newRow("en_GB") << u"en_GB"_s << QPageSize::A4;
    QTest::newRow("ja_JP") << u"ja_JP"_s << QPageSize::A4;
}

void TestReportWriter::pageSizeFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QPageSize::PageSizeId, size);
    QCOMPARE(PdfReport::pageSizeFor(QLocale(locale)).id(), size);
}

void TestReportWriter::formatFromFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("txt") << u"a/report.txt"_s << int(Format::Text);
    QTest::newRow("TXT") << u"REPORT.TXT"_s << int(Format::Text);
    QTest::newRow("html") << u"r.html"_s << int(Format::Html);
    QTest::newRow("htm") << u"r.htm"_s << int(Format::Html);
    QTest::newRow("pdf") << u"r.pdf"_s << int(Format::Pdf);
    QTest::newRow("json") << u"r.json"_s << int(Format::Json);
    QTest::newRow("docx") << u"r.docx"_s << -1;
    QTest::newRow("none") << u"report"_s << -1;
}

void TestReportWriter::formatFromFileName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<Format> found = ReportWriter::formatForFileName(name);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestReportWriter::suggestedFileName_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("domain html") << u"contoso.com"_s << QString() << int(Format::Html)
                                 << u"smtp-test_contoso.com_2026-11-29_1432.html"_s;
    QTest::newRow("domain pdf") << u"wizard.test"_s << QString() << int(Format::Pdf)
                                << u"smtp-test_wizard.test_2026-11-29_1432.pdf"_s;
    QTest::newRow("ipv6 host") << QString() << u"::1"_s << int(Format::Json) << u"smtp-test_--1_2026-11-29_1432.json"_s;
    QTest::newRow("idn ace") << u"xn--bcher-kva.example"_s << QString() << int(Format::Text)
                             << u"smtp-test_xn--bcher-kva.example_2026-11-29_1432.txt"_s;
    QTest::newRow("slashes") << QString() << u"../../etc/passwd"_s << int(Format::Text)
                             << u"smtp-test_-..-etc-passwd_2026-11-29_1432.txt"_s;
}

void TestReportWriter::suggestedFileName()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(int, format);
    QFETCH(QString, expected);
    TestResult result = ReportFixture::failoverResult();
    result.plan.domain = domain;
    result.plan.host = host;
    QCOMPARE(ReportWriter::suggestedFileName(result, Format(format)), expected);
}

void TestReportWriter::savesEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("text") << u"r.txt"_s << QByteArray("SMTP test report: wizard.test\n");
    QTest::newRow("html") << u"r.html"_s << QByteArray("<!DOCTYPE html>");
    QTest::newRow("htm") << u"r.htm"_s << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << u"r.pdf"_s << QByteArray("%PDF-");
    QTest::newRow("json") << u"r.json"_s << QByteArray("{\n");
}

void TestReportWriter::savesEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeAll(path, "old content"));
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(saved.error.isEmpty());
    const QByteArray bytes = readAll(path);
    QCOMPARE(saved.bytes, bytes.size());
    QVERIFY(bytes.startsWith(start));
    QVERIFY(!QDir(m_dir.path()).entryList({name + u".*"_s}, QDir::Files | QDir::Hidden).size()); // no temp left
}

void TestReportWriter::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("folder gone") << u"gone/report.html"_s << u"does not exist"_s;
    QTest::newRow("parent is a file") << u"plain-file/report.html"_s << u"is not a folder"_s;
    QTest::newRow("unknown format") << u"report.docx"_s << u"use .txt, .html, .pdf or .json"_s;
    QTest::newRow("target is a folder") << u"a-folder.html"_s << u"a folder of that name exists"_s;
}

void TestReportWriter::failedSaveKeepsOldFile()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QVERIFY(writeAll(m_dir.filePath(u"plain-file"_s), "I am a file"));
    QVERIFY(QDir(m_dir.path()).mkpath(u"a-folder.html"_s));
    const QString full = m_dir.filePath(path);
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), full);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(message), qPrintable(saved.error));
    QVERIFY2(saved.error.contains(QDir::toNativeSeparators(full)), qPrintable(saved.error));
    QCOMPARE(readAll(m_dir.filePath(u"plain-file"_s)), QByteArray("I am a file"));
}

void TestReportWriter::fullDiskKeepsOldFile()
{
    // Root ignores file modes, so a "read-only folder" cannot be made here; a file-size
    // limit fails the write the way a full disk does, after QSaveFile has started.
    const QString path = m_dir.filePath(u"existing.html"_s);
    const QByteArray old = "the previous report, which must survive";
    QVERIFY(writeAll(path, old));

    std::signal(SIGXFSZ, SIG_IGN);
    rlimit original{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
    rlimit limited = original;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), path);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);

    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(u"Could not write the report"_s), qPrintable(saved.error));
    QVERIFY2(saved.error.contains(u"left unchanged"_s), qPrintable(saved.error));
    QVERIFY2(saved.error.contains(u"File too large"_s), qPrintable(saved.error)); // the system's reason
    QCOMPARE(readAll(path), old);
    const QStringList left = QDir(m_dir.path()).entryList({u"existing.html*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{u"existing.html"_s});
}

void TestReportWriter::readOnlyFolderKeepsOldFile()
{
    // A folder nobody may write into. Root ignores file modes, so as root the folder is
    // made immutable instead (chattr +i), which binds root too.
    QTemporaryDir dir(QDir::currentPath() + u"/readonly-XXXXXX"_s);
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ticket.html"_s);
    const QByteArray old = "the report attached to the ticket yesterday";
    QVERIFY(writeAll(path, old));
    const bool root = ::geteuid() == 0;
    auto setReadOnly = [&](bool readOnly) {
        if (!root)
            return QFile::setPermissions(dir.path(), readOnly ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                    | QFileDevice::ExeOwner);
        return QProcess::execute(u"chattr"_s, {readOnly ? u"+i"_s : u"-i"_s, dir.path()}) == 0;
    };
    QVERIFY2(setReadOnly(true), "cannot make the folder read-only (chattr +i)");
    const ReportWriter::SaveResult saved = ReportWriter::save(ReportFixture::failoverResult(), path);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(setReadOnly(false));

    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(QDir::toNativeSeparators(path)), qPrintable(saved.error));
    QVERIFY2(saved.error.startsWith(u"Could not save the report"_s), qPrintable(saved.error));
    QVERIFY2(saved.error.contains(root ? u"not permitted"_s : u"ermission"_s), qPrintable(saved.error)); // the reason
    QCOMPARE(readAll(path), old);
    QCOMPARE(left, QStringList{u"ticket.html"_s}); // no temporary file left behind
}

void TestReportWriter::anonymise_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("text") << int(Format::Text);
    QTest::newRow("html") << int(Format::Html);
    QTest::newRow("json") << int(Format::Json);
    QTest::newRow("pdf") << int(Format::Pdf);
}

void TestReportWriter::anonymise()
{
    QFETCH(int, format);
    ReportWriter::Options options;
    options.anonymise = true;
    QString text = readable(ReportFixture::failoverResult(), Format(format), options, m_dir.path());
    QVERIFY(!text.isEmpty());
    if (Format(format) == Format::Html) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    for (const QString &gone : {u"alice"_s, u"nobody"_s, u"sender@"_s, u"pc-helpdesk-07"_s, u"corp.example"_s})
        QVERIFY2(!text.contains(gone, Qt::CaseInsensitive), qPrintable(gone));
    // The same address always gets the same stand-in, domains stay.
    for (const QString &kept : {u"user1@wizard.test"_s, u"user2@wizard.test"_s, u"user3@wizard.test"_s,
                                u"client.invalid"_s, u"mail.wizard.test"_s})
        QVERIFY2(text.contains(kept), qPrintable(kept));
}

void TestReportWriter::noPasswordAnywhere_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("anonymise");
    QTest::addColumn<bool>("leak");
    for (Format format : {Format::Text, Format::Html, Format::Json, Format::Pdf}) {
        for (bool anonymise : {false, true}) {
            for (bool leak : {false, true}) {
                const QString name = ReportWriter::extension(format) + (anonymise ? u" anonymised"_s : QString())
                    + (leak ? u" leaked"_s : QString());
                QTest::newRow(qPrintable(name)) << int(format) << anonymise << leak;
            }
        }
    }
}

void TestReportWriter::noPasswordAnywhere()
{
    QFETCH(int, format);
    QFETCH(bool, anonymise);
    QFETCH(bool, leak);
    const QString user = ReportFixture::user;
    const QString pw = ReportFixture::password;
    const QStringList forms = {pw, base64(pw), base64(QChar(0) + user + QChar(0) + pw),
                               base64(user + QChar(0) + user + QChar(0) + pw)};
    TestResult result = ReportFixture::failoverResult();
    QCOMPARE(result.plan.password, pw);
    if (leak) {
        // As if an engine bug had let them through: the report still must not show them.
        result.attempts[1].transcript[22].text = u"AUTH PLAIN "_s + forms.at(2);
        result.events.append(ReportFixture::line(1, TranscriptEntry::Direction::Event,
                                                 u"password is "_s + pw + u" / "_s + forms.at(1), Model::Stage::Auth));
        result.attempts[1].replies[7].reply.lines = {forms.at(3)}; // the deciding reply
    }
    ReportWriter::Options options;
    options.anonymise = anonymise;
    const QString text = readable(result, Format(format), options, m_dir.path());
    QVERIFY(text.size() > 1000);
    for (const QString &secret : forms)
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    if (Format(format) == Format::Html)
        QVERIFY(!text.contains(pw.toHtmlEscaped()));
}

void TestReportWriter::ticketContent()
{
    const std::unique_ptr<QMimeData> mime(ReportWriter::ticketMimeData(ReportFixture::failoverResult()));
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->formats().contains(u"text/plain"_s));
    QVERIFY(mime->formats().contains(u"text/html"_s));
    QVERIFY(mime->text().contains(u"Rejected at RCPT TO: 550 5.1.1"_s));
    QVERIFY(mime->html().contains(u"Rejected at RCPT TO: 550 5.1.1"_s));
    // Pasted into a ticket, the verdict is what the reader meets first, not line 90.
    const QString summary = ReportFixture::failoverResult().verdict.summary;
    QCOMPARE(mime->text().section(u'\n', 2, 2), summary);
    QVERIFY(mime->text().indexOf(summary) < mime->text().indexOf(u"S: 220"_s));
    QVERIFY(!mime->text().contains(ReportFixture::password));
    QVERIFY(!mime->html().contains(ReportFixture::password));

    ReportWriter::Options options;
    options.anonymise = true;
    const ReportWriter::TicketContent anonymous = ReportWriter::ticketContent(ReportFixture::failoverResult(), options);
    QVERIFY(!anonymous.text.contains(u"alice@"_s));
    QVERIFY(!anonymous.html.contains(u"alice@"_s));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
