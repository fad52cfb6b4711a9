#include "protocol/dns/MtaStsPolicy.h"
#include "protocol/dns/MtaStsRecord.h"
#include "protocol/dns/TlsRptRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList keys(const QList<HealthIssue> &faults)
{
    QStringList list;
    for (const HealthIssue &fault : faults)
        list.append(Model::key(fault.problem));
    return list;
}
} // namespace

/// The MTA-STS TXT record and policy file (RFC 8461 §3.1, §3.2, §4.1) and the TLS-RPT
/// record (RFC 8460 §3), with the records big providers publish.
class tst_MtaStsPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stsRecord_data();
    void stsRecord();
    void policy_data();
    void policy();
    void matches_data();
    void matches();
    void uncovered();
    void tlsRpt_data();
    void tlsRpt();
};

void tst_MtaStsPolicy::stsRecord_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("isSts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("gmail.com") << u"v=STSv1; id=20190429T010101;"_s << true << u"20190429T010101"_s << QStringList();
    QTest::newRow("no trailing ;") << u"v=STSv1; id=abc123"_s << true << u"abc123"_s << QStringList();
    QTest::newRow("dashes in id") << u"v=STSv1; id=2024-05-01;"_s << true << QString() << QStringList{u"sts-syntax"_s};
    QTest::newRow("id too long") << u"v=STSv1; id=123456789012345678901234567890123"_s << true << QString() << QStringList{u"sts-syntax"_s};
    QTest::newRow("no id") << u"v=STSv1;"_s << true << QString() << QStringList{u"sts-syntax"_s};
    QTest::newRow("spaces around =") << u"v=STSv1; id = abc"_s << true << QString() << QStringList{u"sts-syntax"_s, u"sts-syntax"_s};
    QTest::newRow("other version") << u"v=STSv2; id=1"_s << false << QString() << QStringList{u"sts-syntax"_s};
}

void tst_MtaStsPolicy::stsRecord()
{
    QFETCH(QString, txt);
    QFETCH(bool, isSts);
    QFETCH(QString, id);
    QFETCH(QStringList, faults);
    QCOMPARE(MtaStsRecord::isMtaSts(txt), isSts);
    const MtaStsRecord record = MtaStsRecord::parse(txt);
    QCOMPARE(record.id, id);
    QCOMPARE(keys(record.faults), faults);
}

void tst_MtaStsPolicy::policy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("mx");
    QTest::addColumn<qint64>("maxAge"); // -1: none
    QTest::addColumn<QStringList>("faults");

    QTest::newRow("gmail.com (CRLF)")
        << u"version: STSv1\r\nmode: enforce\r\nmx: gmail-smtp-in.l.google.com\r\nmx: *.gmail-smtp-in.l.google.com\r\nmax_age: 86400\r\n"_s
        << u"enforce"_s << QStringList{u"gmail-smtp-in.l.google.com"_s, u"*.gmail-smtp-in.l.google.com"_s} << qint64(86400)
        << QStringList();
    QTest::newRow("outlook.com (LF, no final line end)")
        << u"version: STSv1\nmode: enforce\nmx: *.mail.protection.outlook.com\nmax_age: 604800"_s << u"enforce"_s
        << QStringList{u"*.mail.protection.outlook.com"_s} << qint64(604800) << QStringList();
    QTest::newRow("extension field ignored") << u"version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 604800\nx_note: hi\n"_s
                                             << u"enforce"_s << QStringList{u"mx.example.com"_s} << qint64(604800) << QStringList();
    QTest::newRow("testing") << u"version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 604800\n"_s << u"testing"_s
                             << QStringList{u"mx.example.com"_s} << qint64(604800) << QStringList{u"sts-mode-testing"_s};
    QTest::newRow("none needs no mx") << u"version: STSv1\nmode: none\nmax_age: 604800\n"_s << u"none"_s << QStringList()
                                      << qint64(604800) << QStringList{u"sts-mode-none"_s};
    QTest::newRow("short max_age") << u"version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 300\n"_s << u"enforce"_s
                                   << QStringList{u"mx.example.com"_s} << qint64(300) << QStringList{u"sts-max-age-short"_s};
    QTest::newRow("max_age over a year") << u"version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 31557601\n"_s << u"enforce"_s
                                         << QStringList{u"mx.example.com"_s} << qint64(-1) << QStringList{u"sts-max-age-invalid"_s};
    QTest::newRow("max_age in words") << u"version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 1w\n"_s << u"enforce"_s
                                      << QStringList{u"mx.example.com"_s} << qint64(-1) << QStringList{u"sts-max-age-invalid"_s};
    QTest::newRow("no version") << u"mode: enforce\nmx: mx.example.com\nmax_age: 604800\n"_s << u"enforce"_s
                                << QStringList{u"mx.example.com"_s} << qint64(604800) << QStringList{u"sts-policy-version"_s};
    QTest::newRow("enforced is no mode") << u"version: STSv1\nmode: enforced\nmx: mx.example.com\nmax_age: 604800\n"_s << QString()
                                         << QStringList{u"mx.example.com"_s} << qint64(604800) << QStringList{u"sts-mode-invalid"_s};
    QTest::newRow("enforce without mx") << u"version: STSv1\nmode: enforce\nmax_age: 604800\n"_s << u"enforce"_s << QStringList()
                                        << qint64(604800) << QStringList{u"sts-no-mx-pattern"_s};
    QTest::newRow("an HTML error page")
        << u"<html><body>Not here</body></html>"_s << QString() << QStringList() << qint64(-1)
        << QStringList{u"sts-policy-syntax"_s, u"sts-policy-version"_s, u"sts-mode-invalid"_s, u"sts-max-age-invalid"_s,
                       u"sts-no-mx-pattern"_s};
    QTest::newRow("wildcard in the middle") << u"version: STSv1\nmode: enforce\nmx: mx.*.example.com\nmax_age: 604800\n"_s
                                            << u"enforce"_s << QStringList{u"mx.*.example.com"_s} << qint64(604800)
                                            << QStringList{u"sts-policy-syntax"_s};
}

void tst_MtaStsPolicy::policy()
{
    QFETCH(QString, text);
    QFETCH(QString, mode);
    QFETCH(QStringList, mx);
    QFETCH(qint64, maxAge);
    QFETCH(QStringList, faults);
    const MtaStsPolicy policy = MtaStsPolicy::parse(text);
    QCOMPARE(policy.mode, mode);
    QCOMPARE(policy.mx, mx);
    QCOMPARE(policy.maxAge.value_or(-1), maxAge);
    QCOMPARE(keys(policy.faults), faults);
}

void tst_MtaStsPolicy::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << u"mx.example.com"_s << u"mx.example.com"_s << true;
    QTest::newRow("case and final dot") << u"MX.Example.COM."_s << u"mx.example.com"_s << true;
    QTest::newRow("wildcard, one label") << u"*.example.com"_s << u"mx.example.com"_s << true;
    QTest::newRow("wildcard, two labels") << u"*.example.com"_s << u"a.b.example.com"_s << false;
    QTest::newRow("wildcard, no label") << u"*.example.com"_s << u"example.com"_s << false;
    QTest::newRow("other host") << u"mx1.example.com"_s << u"mx2.example.com"_s << false;
    QTest::newRow("suffix is not a match") << u"example.com"_s << u"mx.example.com"_s << false;
}

void tst_MtaStsPolicy::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(MtaStsPolicy::matches(pattern, host), matches);
}

void tst_MtaStsPolicy::uncovered()
{
    const MtaStsPolicy policy = MtaStsPolicy::parse(
        u"version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: *.backup.example.com\nmax_age: 604800\n"_s);
    QCOMPARE(policy.uncovered({u"mx1.example.com"_s, u"mx2.example.com"_s, u"a.backup.example.com"_s}),
             QStringList{u"mx2.example.com"_s});
}

void tst_MtaStsPolicy::tlsRpt_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("isTlsRpt");
    QTest::addColumn<QStringList>("rua");
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("google.com") << u"v=TLSRPTv1;rua=mailto:sts-reports@google.com"_s << true
                                << QStringList{u"mailto:sts-reports@google.com"_s} << QStringList();
    QTest::newRow("mail and https") << u"v=TLSRPTv1; rua=mailto:tls@example.com,https://reports.example.com/v1/tlsrpt"_s << true
                                    << QStringList{u"mailto:tls@example.com"_s, u"https://reports.example.com/v1/tlsrpt"_s}
                                    << QStringList();
    QTest::newRow("no rua") << u"v=TLSRPTv1"_s << true << QStringList() << QStringList{u"tlsrpt-no-rua"_s};
    QTest::newRow("http") << u"v=TLSRPTv1; rua=http://reports.example.com/"_s << true
                          << QStringList{u"http://reports.example.com/"_s} << QStringList{u"tlsrpt-rua-invalid"_s};
    QTest::newRow("bare address") << u"v=TLSRPTv1; rua=tls@example.com"_s << true << QStringList{u"tls@example.com"_s}
                                  << QStringList{u"tlsrpt-rua-invalid"_s};
    QTest::newRow("other version") << u"v=TLSRPTv2; rua=mailto:tls@example.com"_s << false << QStringList()
                                   << QStringList{u"tlsrpt-syntax"_s};
}

void tst_MtaStsPolicy::tlsRpt()
{
    QFETCH(QString, txt);
    QFETCH(bool, isTlsRpt);
    QFETCH(QStringList, rua);
    QFETCH(QStringList, faults);
    QCOMPARE(TlsRptRecord::isTlsRpt(txt), isTlsRpt);
    const TlsRptRecord record = TlsRptRecord::parse(txt);
    QCOMPARE(record.rua, rua);
    QCOMPARE(keys(record.faults), faults);
}

QTEST_GUILESS_MAIN(tst_MtaStsPolicy)
#include "tst_mtastspolicy.moc"
