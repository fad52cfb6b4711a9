#include "plan/MailAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// RFC 5321 mailboxes: dot-atoms, quoted local parts, IDN domains, address literals, limits.
class TestMailAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void lengths_data();
    void lengths();
};

void TestMailAddress::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("domainUnicode");
    QTest::addColumn<bool>("smtpUtf8");

    QTest::newRow("plain") << u"alice@example.com"_s << u"alice"_s << u"example.com"_s << u"example.com"_s << false;
    QTest::newRow("angle brackets") << u"<alice@example.com>"_s << u"alice"_s << u"example.com"_s
                                    << u"example.com"_s << false;
    QTest::newRow("spaces around") << u"  bob@example.org \t"_s << u"bob"_s << u"example.org"_s << u"example.org"_s
                                   << false;
    QTest::newRow("dots and plus") << u"first.last+tag@sub.example.com"_s << u"first.last+tag"_s
                                   << u"sub.example.com"_s << u"sub.example.com"_s << false;
    QTest::newRow("all atext") << u"!#$%&'*+-/=?^_`{|}~@example.com"_s << u"!#$%&'*+-/=?^_`{|}~"_s
                               << u"example.com"_s << u"example.com"_s << false;
    QTest::newRow("upper-case domain lowered") << u"Alice@Example.COM"_s << u"Alice"_s << u"example.com"_s
                                               << u"Example.COM"_s << false;
    QTest::newRow("single-label domain") << u"postmaster@localhost"_s << u"postmaster"_s << u"localhost"_s
                                         << u"localhost"_s << false;
    QTest::newRow("quoted with space") << u"\"john smith\"@example.com"_s << u"\"john smith\""_s
                                       << u"example.com"_s << u"example.com"_s << false;
    QTest::newRow("quoted with @") << u"\"a@b\"@example.com"_s << u"\"a@b\""_s << u"example.com"_s
                                   << u"example.com"_s << false;
    QTest::newRow("quoted with escapes") << u"\"a\\\"b\\\\c\"@example.com"_s << u"\"a\\\"b\\\\c\""_s
                                         << u"example.com"_s << u"example.com"_s << false;
    QTest::newRow("IDN domain") << u"info@bücher.example"_s << u"info"_s << u"xn--bcher-kva.example"_s
                                << u"bücher.example"_s << false;
    QTest::newRow("IDN domain upper case") << u"info@BÜCHER.example"_s << u"info"_s
                                           << u"xn--bcher-kva.example"_s << u"BÜCHER.example"_s << false;
    QTest::newRow("UTF-8 local part") << u"jörg@example.com"_s << u"jörg"_s << u"example.com"_s
                                      << u"example.com"_s << true;
    QTest::newRow("UTF-8 quoted local part") << u"\"jörg m\"@example.com"_s << u"\"jörg m\""_s
                                             << u"example.com"_s << u"example.com"_s << true;
    QTest::newRow("IPv4 literal") << u"root@[192.0.2.1]"_s << u"root"_s << u"[192.0.2.1]"_s << u"[192.0.2.1]"_s
                                  << false;
    QTest::newRow("IPv6 literal") << u"root@[IPv6:2001:DB8::1]"_s << u"root"_s << u"[IPv6:2001:db8::1]"_s
                                  << u"[IPv6:2001:db8::1]"_s << false;
    QTest::newRow("hyphen inside label") << u"a@mail-1.example.com"_s << u"a"_s << u"mail-1.example.com"_s
                                         << u"mail-1.example.com"_s << false;
    QTest::newRow("digits label") << u"a@123.example.com"_s << u"a"_s << u"123.example.com"_s
                                  << u"123.example.com"_s << false;
}

void TestMailAddress::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QFETCH(QString, domainUnicode);
    QFETCH(bool, smtpUtf8);
    QString error;
    const auto address = MailAddress::parse(text, &error);
    QVERIFY2(address.has_value(), qPrintable(error));
    QCOMPARE(address->localPart, localPart);
    QCOMPARE(address->domain, domain);
    QCOMPARE(address->domainUnicode, domainUnicode);
    QCOMPARE(address->needsSmtpUtf8(), smtpUtf8);
    QCOMPARE(address->toWire(), localPart + u'@' + domain);
    QCOMPARE(address->hasAddressLiteral(), domain.startsWith(u'['));
}

void TestMailAddress::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the expected message

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("null sender") << u"<>"_s << u"empty"_s;
    QTest::newRow("no at") << u"alice.example.com"_s << u"The address has no @"_s;
    QTest::newRow("two at") << u"a@b@example.com"_s << u"more than one @"_s;
    QTest::newRow("nothing before at") << u"@example.com"_s << u"nothing before the @"_s;
    QTest::newRow("source route") << u"<@relay.example:alice@example.com>"_s << u"Source routes"_s;
    QTest::newRow("nothing after at") << u"alice@"_s << u"nothing after the @"_s;
    QTest::newRow("leading dot") << u".alice@example.com"_s << u"dot"_s;
    QTest::newRow("trailing dot") << u"alice.@example.com"_s << u"dot"_s;
    QTest::newRow("double dot") << u"al..ice@example.com"_s << u"two dots in a row"_s;
    QTest::newRow("space in local part") << u"john smith@example.com"_s << u"contains a space"_s;
    QTest::newRow("special in local part") << u"a,b@example.com"_s << u"only allowed inside quotes"_s;
    QTest::newRow("unterminated quote") << u"\"abc@example.com"_s << u"no closing quote"_s;
    QTest::newRow("text after quote") << u"\"abc\"x@example.com"_s << u"followed by @"_s;
    QTest::newRow("empty quotes") << u"\"\"@example.com"_s << u"empty"_s;
    QTest::newRow("unbalanced bracket") << u"<alice@example.com"_s << u"does not end with >"_s;
    QTest::newRow("closing bracket only") << u"alice@example.com>"_s << u"does not start with <"_s;
    QTest::newRow("CR") << u"alice@example.com\r"_s.append(u"x"_s) << u"line break"_s;
    QTest::newRow("LF") << u"alice@exa\nmple.com"_s << u"line break"_s;
    QTest::newRow("NUL") << QString(u"alice@exa"_s + QChar(0) + u"mple.com"_s) << u"control character"_s;
    QTest::newRow("underscore in domain") << u"a@mail_1.example.com"_s << u"\"_\""_s;
    QTest::newRow("space in domain") << u"a@exa mple.com"_s << u"space"_s;
    QTest::newRow("domain trailing dot") << u"a@example.com."_s << u"ends with a dot"_s;
    QTest::newRow("domain empty label") << u"a@example..com"_s << u"empty part"_s;
    QTest::newRow("label leading hyphen") << u"a@-mail.example.com"_s << u"hyphen"_s;
    QTest::newRow("label trailing hyphen") << u"a@mail-.example.com"_s << u"hyphen"_s;
    QTest::newRow("bare IPv4") << u"root@192.0.2.1"_s << u"square brackets: [192.0.2.1]"_s;
    QTest::newRow("bad IPv4 literal") << u"root@[192.0.2.256]"_s << u"not a valid IPv4 address"_s;
    QTest::newRow("short IPv4 literal") << u"root@[127.1]"_s << u"not a valid IPv4 address"_s;
    QTest::newRow("IPv6 literal without tag") << u"root@[2001:db8::1]"_s << u"IPv6: tag"_s;
    QTest::newRow("bad IPv6 literal") << u"root@[IPv6:2001:db8:::1]"_s << u"not a valid IPv6 address"_s;
    QTest::newRow("IPv4 in IPv6 tag") << u"root@[IPv6:192.0.2.1]"_s << u"not a valid IPv6 address"_s;
    QTest::newRow("unknown literal tag") << u"root@[x400:abc]"_s << u"Unknown kind of address literal"_s;
    QTest::newRow("unclosed literal") << u"root@[192.0.2.1"_s << u"square brackets"_s;
}

void TestMailAddress::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    const auto address = MailAddress::parse(text, &error);
    QVERIFY2(!address.has_value(), qPrintable(address ? address->toWire() : QString()));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestMailAddress::lengths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message");

    const QString label63 = QString(63, u'd');
    QTest::newRow("local part 64") << QString(64, u'a') + u"@example.com"_s << true << QString();
    QTest::newRow("local part 65") << QString(65, u'a') + u"@example.com"_s << false
                                   << u"The part before @ is longer than 64 characters"_s;
    // 32 two-octet characters are 64 octets; one more is too many, counted in UTF-8.
    QTest::newRow("UTF-8 local part 64 octets") << QString(32, u'ä') + u"@example.com"_s << true << QString();
    QTest::newRow("UTF-8 local part 66 octets") << QString(33, u'ä') + u"@example.com"_s << false
                                                << u"longer than 64"_s;
    QTest::newRow("quoted local part counts quotes") << u'"' + QString(63, u'a') + u"\"@example.com"_s << false
                                                     << u"longer than 64"_s;
    QTest::newRow("label 63") << u"a@"_s + label63 + u".com"_s << true << QString();
    QTest::newRow("label 64") << u"a@"_s + label63 + u"d.com"_s << false << u"longer than 63"_s;
    // 64 + 1 + 189 = 254 octets: the longest path RFC 5321 allows.
    const QString domain189 = label63 + u'.' + label63 + u'.' + QString(57, u'e') + u".com"_s;
    QCOMPARE(domain189.size(), 189);
    QTest::newRow("address 254") << QString(64, u'a') + u'@' + domain189 << true << QString();
    const QString domain190 = label63 + u'.' + label63 + u'.' + QString(58, u'e') + u".com"_s;
    QTest::newRow("address 255") << QString(64, u'a') + u'@' + domain190 << false
                                 << u"longer than 254 characters"_s;
    const QString domain253 = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(61, u'f');
    QCOMPARE(domain253.size(), 253);
    QTest::newRow("domain 253, address too long") << u"a@"_s + domain253 << false << u"longer than 254"_s;
    const QString domain254 = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(62, u'f');
    QTest::newRow("domain 254") << u"a@"_s + domain254 << false << u"longer than 253"_s;
}

void TestMailAddress::lengths()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, message);
    QString error;
    const auto address = MailAddress::parse(text, &error);
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"
