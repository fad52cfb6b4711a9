#include "protocol/dns/PublicSuffix.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The organisational domain as RFC 7489 §3.2 defines it, by the rules of the Public
// Suffix List: normal, wildcard and exception rules, the default rule, IDN in both forms.
class tst_PublicSuffix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void installedList();
    void withoutAList();
};

void tst_PublicSuffix::rules_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("organizational");
    QTest::newRow("two labels") << u"example.com"_s << u"example.com"_s;
    QTest::newRow("subdomain") << u"mail.eu.example.com"_s << u"example.com"_s;
    QTest::newRow("two-label suffix") << u"a.b.example.co.uk"_s << u"example.co.uk"_s;
    QTest::newRow("a suffix itself") << u"co.uk"_s << QString();
    QTest::newRow("a top-level domain") << u"com"_s << QString();
    QTest::newRow("wildcard") << u"shop.foo.ck"_s << u"shop.foo.ck"_s;
    QTest::newRow("wildcard's suffix") << u"foo.ck"_s << QString();
    QTest::newRow("exception") << u"www.ck"_s << u"www.ck"_s;
    QTest::newRow("under an exception") << u"a.www.ck"_s << u"www.ck"_s;
    QTest::newRow("default rule") << u"mail.example.test"_s << u"example.test"_s;
    QTest::newRow("trailing dot, case") << u"Mail.Example.COM."_s << u"example.com"_s;
    QTest::newRow("unicode suffix") << u"a.example.xn--p1ai"_s << u"example.xn--p1ai"_s;
    QTest::newRow("unicode input") << u"post.bücher.рф"_s << u"xn--bcher-kva.xn--p1ai"_s;
    QTest::newRow("empty label") << u"a..example.com"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_PublicSuffix::rules()
{
    QFETCH(QString, domain);
    QFETCH(QString, organizational);
    PublicSuffix::useListText(u"// comment line\ncom\nuk\nco.uk\n*.ck\n!www.ck\n\nрф\n"_s);
    QVERIFY(PublicSuffix::listLoaded());
    QCOMPARE(PublicSuffix::organizationalDomain(domain), organizational);
}

// Debian's publicsuffix package, as the program reads it (tools/deps.sh installs it).
void tst_PublicSuffix::installedList()
{
    QFile file(PublicSuffix::defaultListPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(PublicSuffix::defaultListPath()));
    PublicSuffix::useListText(QString::fromUtf8(file.readAll()));
    QVERIFY(PublicSuffix::listLoaded());
    QCOMPARE(PublicSuffix::organizationalDomain(u"mail.example.co.uk"_s), u"example.co.uk"_s);
    QCOMPARE(PublicSuffix::organizationalDomain(u"eu.mail.example.com.au"_s), u"example.com.au"_s);
    QCOMPARE(PublicSuffix::organizationalDomain(u"news.example.de"_s), u"example.de"_s);
    QCOMPARE(PublicSuffix::organizationalDomain(u"github.io"_s), QString()); // a private-section suffix
}

// An unreadable or empty list: no organisational domain at all rather than the default
// rule's guess ("co.uk" for a subdomain of example.co.uk), so nothing is inherited.
void tst_PublicSuffix::withoutAList()
{
    PublicSuffix::useListText(QString());
    QVERIFY(!PublicSuffix::listLoaded());
    QCOMPARE(PublicSuffix::organizationalDomain(u"mail.example.co.uk"_s), QString());
    QCOMPARE(PublicSuffix::organizationalDomain(u"mail.example.com"_s), QString());
}

QTEST_GUILESS_MAIN(tst_PublicSuffix)
#include "tst_publicsuffix.moc"
