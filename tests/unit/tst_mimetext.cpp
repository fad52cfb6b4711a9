// MimeText: the text-like parts of a bounce, decoded, with the returned original left out.
#include "diagnosis/MimeText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray multipart(const QByteArray &type, const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray out = "Content-Type: " + type + ";\n\tboundary=\"" + boundary + "\"\n\nThis is a MIME message.\n";
    for (const QByteArray &part : parts)
        out += "--" + boundary + "\n" + part + "\n";
    return out + "--" + boundary + "--\nepilogue text\n";
}

QByteArray part(const QByteArray &headers, const QByteArray &body)
{
    return headers + "\n\n" + body;
}

} // namespace

class TestMimeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singlePart_data();
    void singlePart();
    void multiparts_data();
    void multiparts();
    void bounded();
    void htmlToText_data();
    void htmlToText();
};

void TestMimeText::singlePart_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    const QByteArray utf8 = "Content-Type: text/plain; charset=utf-8\n";
    const QByteArray latin1 = "Content-Type: text/plain; charset=ISO-8859-1\n";
    const QByteArray qp = "Content-Transfer-Encoding: quoted-printable";
    const QByteArray b64 = "Content-Transfer-Encoding: base64";
    QTest::newRow("no headers") << QByteArray("550 5.1.1 User unknown") << u"text/plain"_s << u"550 5.1.1 User unknown"_s;
    QTest::newRow("headers without a type") << QByteArray("Subject: Undelivered\nFrom: MAILER-DAEMON\n\nSorry.")
                                            << u"text/plain"_s << u"Sorry."_s;
    QTest::newRow("crlf") << QByteArray("Content-Type: text/plain\r\n\r\nline one\r\nline two") << u"text/plain"_s
                          << u"line one\nline two"_s;
    QTest::newRow("type in upper case") << QByteArray("Content-Type: Text/PLAIN\n\nx") << u"text/plain"_s << u"x"_s;
    QTest::newRow("utf-8 raw") << part(utf8 + "Content-Transfer-Encoding: 8bit", "Gr\xc3\xbc\xc3\x9f""e \xe2\x82\xac")
                               << u"text/plain"_s << u"Gr\u00fc\u00dfe \u20ac"_s;
    QTest::newRow("latin-1 raw 8bit") << part(latin1 + "Content-Transfer-Encoding: 8bit", "Gr\xfc\xdf""e")
                                      << u"text/plain"_s << u"Gr\u00fc\u00dfe"_s;
    QTest::newRow("base64 utf-8") << part(utf8 + b64, "R3LDvMOfZSDi\ngqwgYWxs\n") << u"text/plain"_s
                                  << u"Gr\u00fc\u00dfe \u20ac all"_s;
    QTest::newRow("base64 latin-1") << part(latin1 + b64, "R3L832U=") << u"text/plain"_s << u"Gr\u00fc\u00dfe"_s;
    QTest::newRow("base64 without charset is utf-8") << part("Content-Transfer-Encoding: BASE64", "w6Rw")
                                                     << u"text/plain"_s << u"\u00e4p"_s;
    QTest::newRow("qp utf-8") << part(utf8 + qp, "Gr=C3=BC=C3=9Fe =E2=82=AC") << u"text/plain"_s
                              << u"Gr\u00fc\u00dfe \u20ac"_s;
    QTest::newRow("qp latin-1") << part(latin1 + qp, "Gr=FC=DFe") << u"text/plain"_s << u"Gr\u00fc\u00dfe"_s;
    QTest::newRow("qp soft line break") << part(utf8 + qp, "a long li=\nne, 1+1=3D2") << u"text/plain"_s
                                        << u"a long line, 1+1=2"_s;
    QTest::newRow("qp soft break over crlf") << part(utf8 + qp, "two=\r\nhalves") << u"text/plain"_s << u"twohalves"_s;
    QTest::newRow("qp soft break with trailing blanks") << part(utf8 + qp, "two= \t\nhalves") << u"text/plain"_s
                                                        << u"twohalves"_s;
    QTest::newRow("qp lower-case hex") << part(utf8 + qp, "=c3=a4") << u"text/plain"_s << u"\u00e4"_s;
    QTest::newRow("qp broken escape kept") << part(utf8 + qp, "100=ZZ and =") << u"text/plain"_s << u"100=ZZ and ="_s;
    QTest::newRow("windows-1252 quotes") << part("Content-Type: text/plain; charset=\"windows-1252\"\n" + qp,
                                                 "=93quoted=94 =80")
                                         << u"text/plain"_s << u"\u201cquoted\u201d \u20ac"_s;
    // Reports from Chinese, Japanese, Korean and Russian providers come in their charsets
    // (read through ICU); "gb2312" declared is read as GB18030, its superset.
    QTest::newRow("gb2312 8bit") << part("Content-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: binary",
                                         "\xd3\xca\xbc\xfe\xce\xde\xb7\xa8\xcb\xcd\xb4\xef")
                                 << u"text/plain"_s << u"\u90ae\u4ef6\u65e0\u6cd5\u9001\u8fbe"_s;
    QTest::newRow("shift_jis") << part("Content-Type: text/plain; charset=Shift_JIS", "\x94\x7a\x90\x4d")
                               << u"text/plain"_s << u"\u914d\u4fe1"_s;
    QTest::newRow("koi8-r") << part("Content-Type: text/plain; charset=koi8-r", "\xf0\xcf\xde\xd4\xc1")
                            << u"text/plain"_s << u"\u041f\u043e\u0447\u0442\u0430"_s;
    QTest::newRow("unknown charset read as utf-8") << part("Content-Type: text/plain; charset=x-nonsense", "ok")
                                                   << u"text/plain"_s << u"ok"_s;
    QTest::newRow("html") << part("Content-Type: text/html; charset=utf-8", "<p>Hello</p><p>5.1.1 &lt;a@b&gt;</p>")
                          << u"text/html"_s << u"\nHello\n\n5.1.1 <a@b>\n"_s;
    QTest::newRow("delivery-status") << part("Content-Type: message/delivery-status",
                                             "Reporting-MTA: dns; mx.wizard.test\n\nFinal-Recipient: rfc822; a@b.test")
                                     << u"message/delivery-status"_s
                                     << u"Reporting-MTA: dns; mx.wizard.test\n\nFinal-Recipient: rfc822; a@b.test"_s;
}

void TestMimeText::singlePart()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, type);
    QFETCH(QString, text);
    const QList<MimeText::Part> parts = MimeText::textParts(message);
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.at(0).type, type);
    QCOMPARE(parts.at(0).text, text);
}

void TestMimeText::multiparts_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("texts"); // trimmed
    const QByteArray notice = part("Content-Type: text/plain; charset=us-ascii", "Your message could not be delivered.");
    const QByteArray status = part("Content-Type: message/delivery-status", "Final-Recipient: rfc822; a@b.test");
    const QByteArray original = part("Content-Type: message/rfc822",
                                     "To: victim@b.test\nCc: other@b.test\nSubject: hi\n\nbody");
    const QByteArray headersOnly = part("Content-Type: text/rfc822-headers", "To: victim@b.test");
    const QByteArray global = part("Content-Type: message/global", "To: victim@b.test");
    const QByteArray pdf = part("Content-Type: application/pdf\nContent-Transfer-Encoding: base64", "JVBERi0=");
    const QStringList twoTypes = {u"text/plain"_s, u"message/delivery-status"_s};
    const QStringList twoTexts = {u"Your message could not be delivered."_s, u"Final-Recipient: rfc822; a@b.test"_s};

    QTest::newRow("report, original skipped") << multipart("multipart/report; report-type=delivery-status", "XYZ",
                                                           {notice, status, original})
                                              << twoTypes << twoTexts;
    QTest::newRow("headers of the original skipped")
        << multipart("multipart/report", "b1", {notice, status, headersOnly}) << twoTypes << twoTexts;
    QTest::newRow("utf-8 original skipped") << multipart("multipart/report", "b1", {notice, status, global})
                                            << twoTypes << twoTexts;
    QTest::newRow("attachments skipped") << multipart("multipart/mixed", "b1", {pdf, notice, pdf, status})
                                         << twoTypes << twoTexts;
    QTest::newRow("nested alternative")
        << multipart("multipart/report", "outer",
                     {multipart("multipart/alternative", "inner",
                                {notice, part("Content-Type: text/html", "<div>Could not deliver</div>")}),
                      status})
        << QStringList{u"text/plain"_s, u"text/html"_s, u"message/delivery-status"_s}
        << QStringList{u"Your message could not be delivered."_s, u"Could not deliver"_s,
                       u"Final-Recipient: rfc822; a@b.test"_s};
    QTest::newRow("unquoted boundary, crlf")
        << QByteArray("Content-Type: multipart/mixed; BOUNDARY=simple\r\n\r\n--simple\r\nContent-Type: text/plain\r\n"
                      "\r\nfirst\r\n--simple\r\n\r\nsecond, no headers\r\n--simple--\r\n")
        << QStringList{u"text/plain"_s, u"text/plain"_s} << QStringList{u"first"_s, u"second, no headers"_s};
    QTest::newRow("encoded part") << multipart("multipart/report", "b1",
                                               {part("Content-Type: text/plain; charset=utf-8\n"
                                                     "Content-Transfer-Encoding: base64",
                                                     "VW5kZWxpdmVyYWJsZTogw6Q=")})
                                  << QStringList{u"text/plain"_s} << QStringList{u"Undeliverable: \u00e4"_s};
    QTest::newRow("multipart without a boundary") << QByteArray("Content-Type: multipart/mixed\n\n--x\n\nhi\n--x--")
                                                  << QStringList() << QStringList();
    QTest::newRow("nothing but an attachment") << pdf << QStringList() << QStringList();
}

void TestMimeText::multiparts()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, types);
    QFETCH(QStringList, texts);
    const QList<MimeText::Part> parts = MimeText::textParts(message);
    QStringList gotTypes;
    QStringList gotTexts;
    for (const MimeText::Part &p : parts) {
        gotTypes.append(p.type);
        gotTexts.append(p.text.trimmed());
    }
    QCOMPARE(gotTypes, types);
    QCOMPARE(gotTexts, texts);
    for (const QString &text : std::as_const(gotTexts)) {
        QVERIFY2(!text.contains(u"victim@"_s), qPrintable(text)); // the original's To: never comes out
        QVERIFY2(!text.contains(u"MIME message"_s) && !text.contains(u"epilogue"_s), qPrintable(text));
    }
}

void TestMimeText::bounded()
{
    // Far deeper than any bounce: ends without recursing forever, and finds nothing deep.
    QByteArray deep = part("Content-Type: text/plain", "deep inside");
    for (int i = 0; i < 40; ++i)
        deep = multipart("multipart/mixed", "level" + QByteArray::number(i), {deep});
    QVERIFY(MimeText::textParts(deep).isEmpty());

    // A few levels are fine.
    QByteArray shallow = part("Content-Type: text/plain", "found");
    for (int i = 0; i < 4; ++i)
        shallow = multipart("multipart/mixed", "level" + QByteArray::number(i), {shallow});
    QCOMPARE(MimeText::textParts(shallow).size(), 1);

    // Many parts: at most 64 come out.
    QList<QByteArray> many;
    for (int i = 0; i < 500; ++i)
        many.append(part("Content-Type: text/plain", "part " + QByteArray::number(i)));
    const QList<MimeText::Part> parts = MimeText::textParts(multipart("multipart/mixed", "many", many));
    QCOMPARE(parts.size(), 64);
    QCOMPARE(parts.first().text, u"part 0"_s);
    QCOMPARE(parts.last().text, u"part 63"_s);
}

void TestMimeText::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"no tags"_s << u"no tags"_s;
    QTest::newRow("line breaks") << u"one<br>two<BR/>three"_s << u"one\ntwo\nthree"_s;
    QTest::newRow("blocks") << u"<div>a</div><div>b</div>"_s << u"\na\n\nb\n"_s;
    QTest::newRow("entities") << u"&lt;a@b.test&gt; &amp;&nbsp;&quot;x&quot; &#39;y&#39;"_s
                              << u"<a@b.test> & \"x\" 'y'"_s;
    QTest::newRow("escaped entity stays escaped") << u"&amp;lt;"_s << u"&lt;"_s;
    QTest::newRow("style and script dropped")
        << u"<head><title>t</title></head><style>p{color:red}</style><script>alert(1)</script>ok"_s << u"ok"_s;
    QTest::newRow("attributes") << u"<a href=\"https://example.com/x?a=1&b=2\">link</a>"_s << u"link"_s;
    QTest::newRow("headings and lists") << u"<h1>Title</h1><ul><li>one</li></ul>"_s << u"Title\none\n"_s;
}

void TestMimeText::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(MimeText::htmlToText(html), text);
}

QTEST_GUILESS_MAIN(TestMimeText)
#include "tst_mimetext.moc"
