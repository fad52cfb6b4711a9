#include "protocol/dns/DmarcRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// DMARC records (RFC 7489 §6.3) as published by real domains, and the usual mistakes.
class tst_DmarcRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isDmarc_data();
    void isDmarc();
    void parse_data();
    void parse();
};

void tst_DmarcRecord::isDmarc_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("dmarc");
    QTest::newRow("plain") << u"v=DMARC1; p=none"_s << true;
    QTest::newRow("spaces around =") << u"v = DMARC1 ; p = reject"_s << true;
    QTest::newRow("lower-case version") << u"v=dmarc1; p=reject"_s << false;
    QTest::newRow("version not first") << u"p=reject; v=DMARC1"_s << false;
    QTest::newRow("SPF at _dmarc") << u"v=spf1 -all"_s << false;
}

void tst_DmarcRecord::isDmarc()
{
    QFETCH(QString, txt);
    QFETCH(bool, dmarc);
    QCOMPARE(DmarcRecord::isDmarc(txt), dmarc);
}

void tst_DmarcRecord::parse_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("rua");
    QTest::addColumn<QStringList>("faults");

    QTest::newRow("google.com") << u"v=DMARC1; p=reject; rua=mailto:mailauth-reports@google.com"_s << u"reject"_s
                                << QStringList{u"mailto:mailauth-reports@google.com"_s} << QStringList();
    QTest::newRow("microsoft.com")
        << u"v=DMARC1; p=reject; pct=100; rua=mailto:d@rua.agari.com; ruf=mailto:d@ruf.agari.com; fo=1"_s << u"reject"_s
        << QStringList{u"mailto:d@rua.agari.com"_s} << QStringList();
    QTest::newRow("two report addresses, a size limit")
        << u"v=DMARC1; p=quarantine; rua=mailto:a@example.com,mailto:b@reports.example.net!10m; adkim=s; aspf=r"_s
        << u"quarantine"_s << QStringList{u"mailto:a@example.com"_s, u"mailto:b@reports.example.net!10m"_s} << QStringList();
    QTest::newRow("spaces everywhere") << u"v = DMARC1 ;  p = reject ; rua = mailto:a@example.com ;"_s << u"reject"_s
                                       << QStringList{u"mailto:a@example.com"_s} << QStringList();
    QTest::newRow("monitoring only") << u"v=DMARC1; p=none"_s << u"none"_s << QStringList()
                                     << QStringList{u"dmarc-policy-none"_s, u"dmarc-no-rua"_s};
    QTest::newRow("part of the mail") << u"v=DMARC1; p=quarantine; pct=25; rua=mailto:a@example.com"_s << u"quarantine"_s
                                      << QStringList{u"mailto:a@example.com"_s} << QStringList{u"dmarc-partial"_s};
    QTest::newRow("subdomains unprotected") << u"v=DMARC1;p=reject;sp=none;rua=mailto:x@example.com"_s << u"reject"_s
                                            << QStringList{u"mailto:x@example.com"_s} << QStringList{u"dmarc-subdomain-none"_s};
    QTest::newRow("no policy, reports") << u"v=DMARC1; rua=mailto:x@example.com"_s << QString()
                                        << QStringList{u"mailto:x@example.com"_s} << QStringList{u"dmarc-no-policy"_s};
    QTest::newRow("unknown policy") << u"v=DMARC1; p=maybe"_s << QString() << QStringList()
                                    << QStringList{u"dmarc-no-policy"_s, u"dmarc-no-rua"_s};
    QTest::newRow("rua without mailto") << u"v=DMARC1; p=reject; rua=dmarc@example.com"_s << u"reject"_s
                                        << QStringList{u"dmarc@example.com"_s} << QStringList{u"dmarc-rua-invalid"_s};
    QTest::newRow("pct over 100") << u"v=DMARC1; p=reject; pct=150; rua=mailto:a@example.com"_s << u"reject"_s
                                  << QStringList{u"mailto:a@example.com"_s} << QStringList{u"dmarc-syntax"_s};
    QTest::newRow("bad alignment") << u"v=DMARC1; p=reject; adkim=strict; rua=mailto:a@example.com"_s << u"reject"_s
                                   << QStringList{u"mailto:a@example.com"_s} << QStringList{u"dmarc-syntax"_s};
    QTest::newRow("empty part") << u"v=DMARC1; p=reject;; rua=mailto:a@example.com"_s << u"reject"_s
                                << QStringList{u"mailto:a@example.com"_s} << QStringList{u"dmarc-syntax"_s};
    QTest::newRow("tag twice") << u"v=DMARC1; p=reject; p=none; rua=mailto:a@example.com"_s << u"reject"_s
                               << QStringList{u"mailto:a@example.com"_s} << QStringList{u"dmarc-syntax"_s};
    QTest::newRow("unknown tag is ignored") << u"v=DMARC1; p=reject; rua=mailto:a@example.com; np=reject"_s << u"reject"_s
                                            << QStringList{u"mailto:a@example.com"_s} << QStringList();
}

void tst_DmarcRecord::parse()
{
    QFETCH(QString, record);
    QFETCH(QString, policy);
    QFETCH(QStringList, rua);
    QFETCH(QStringList, faults);
    const DmarcRecord parsed = DmarcRecord::parse(record);
    QCOMPARE(parsed.policy, policy);
    QCOMPARE(parsed.rua, rua);
    QStringList keys;
    for (const HealthIssue &fault : parsed.faults)
        keys.append(Model::key(fault.problem));
    QCOMPARE(keys, faults);
}

QTEST_GUILESS_MAIN(tst_DmarcRecord)
#include "tst_dmarcrecord.moc"
