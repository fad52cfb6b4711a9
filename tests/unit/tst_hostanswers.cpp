#include "protocol/dns/HostAnswers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Model::Problem;
using Outcome = HostAnswers::Outcome;
using Role = HostAnswers::Role;

/// The decision table behind DnsProbe: how a lookup's error reads, and what a host's
/// answers add up to, without a network.
class tst_HostAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void problem_data();
    void problem();
    void addresses();
    void otherFamily_data();
    void otherFamily();
    void serverAnswered();
};

void tst_HostAnswers::classify_data()
{
    QTest::addColumn<QDnsLookup::Error>("error");
    QTest::addColumn<bool>("hasRecords");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<Outcome>("expected");
    QTest::newRow("records") << QDnsLookup::NoError << true << qint64(3) << Outcome::Records;
    QTest::newRow("no error, no records") << QDnsLookup::NoError << false << qint64(3) << Outcome::NoData;
    QTest::newRow("NXDOMAIN") << QDnsLookup::NotFoundError << false << qint64(3) << Outcome::NotFound;
    QTest::newRow("invalid request") << QDnsLookup::InvalidRequestError << false << qint64(0) << Outcome::NotFound;
    QTest::newRow("Qt 6.4 NODATA: fast invalid reply") << QDnsLookup::InvalidReplyError << false << qint64(2)
                                                       << Outcome::NoData;
    QTest::newRow("just under a second") << QDnsLookup::InvalidReplyError << false << qint64(899) << Outcome::NoData;
    QTest::newRow("glibc 1 s timeout") << QDnsLookup::InvalidReplyError << false << qint64(1000) << Outcome::NoAnswer;
    QTest::newRow("glibc 5 s x 2 timeout") << QDnsLookup::InvalidReplyError << false << qint64(10'004)
                                           << Outcome::NoAnswer;
    QTest::newRow("SERVFAIL") << QDnsLookup::ServerFailureError << false << qint64(5) << Outcome::ServerFailure;
    QTest::newRow("REFUSED") << QDnsLookup::ServerRefusedError << false << qint64(5) << Outcome::ServerFailure;
    QTest::newRow("resolver error") << QDnsLookup::ResolverError << false << qint64(0) << Outcome::NoAnswer;
    QTest::newRow("cancelled") << QDnsLookup::OperationCancelledError << false << qint64(0) << Outcome::NoAnswer;
}

void tst_HostAnswers::classify()
{
    QFETCH(QDnsLookup::Error, error);
    QFETCH(bool, hasRecords);
    QFETCH(qint64, elapsedMs);
    QFETCH(Outcome, expected);
    QCOMPARE(HostAnswers::classify(error, hasRecords, elapsedMs), expected);
}

void tst_HostAnswers::problem_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QList<Outcome>>("outcomes");
    QTest::addColumn<bool>("otherFamily");   // the family not asked for has addresses
    QTest::addColumn<bool>("serverAnswers"); // the liveness check said the server talks
    QTest::addColumn<QString>("expected");   // problemKey or "-"

    const QList<Outcome> empty{Outcome::NoData, Outcome::NoData};
    const QList<Outcome> gone{Outcome::NotFound, Outcome::NotFound};
    QTest::newRow("exchange, NODATA: dangling") << Role::Exchange << empty << false << true << u"dangling-mx"_s;
    QTest::newRow("exchange, NXDOMAIN: dangling") << Role::Exchange << gone << false << true << u"dangling-mx"_s;
    QTest::newRow("exchange, other family only") << Role::Exchange << QList<Outcome>{Outcome::NoData} << true << true
                                                 << u"no-usable-address"_s;
    QTest::newRow("exchange, one family silent") << Role::Exchange
                                                 << QList<Outcome>{Outcome::NoData, Outcome::NoAnswer} << false << true
                                                 << u"dns-no-answer"_s;
    QTest::newRow("exchange, SERVFAIL") << Role::Exchange << QList<Outcome>{Outcome::ServerFailure, Outcome::NoData}
                                        << false << true << u"dns-server-failure"_s;
    QTest::newRow("implicit, NXDOMAIN") << Role::Implicit << gone << false << true << u"dns-nx-domain"_s;
    QTest::newRow("implicit, NODATA from a live server") << Role::Implicit << empty << false << true
                                                         << u"dns-no-address"_s;
    QTest::newRow("implicit, 'NODATA' from a dead server") << Role::Implicit << empty << false << false
                                                           << u"dns-no-answer"_s;
    QTest::newRow("implicit, timeouts") << Role::Implicit << QList<Outcome>{Outcome::NoAnswer, Outcome::NoAnswer}
                                        << false << false << u"dns-no-answer"_s;
    QTest::newRow("implicit, IPv6 only") << Role::Implicit << QList<Outcome>{Outcome::NoData} << true << true
                                         << u"no-usable-address"_s;
    QTest::newRow("explicit, NXDOMAIN") << Role::Explicit << gone << false << false << u"dns-nx-domain"_s;
    QTest::newRow("explicit, NODATA") << Role::Explicit << empty << false << true << u"dns-no-address"_s;
    QTest::newRow("explicit, dead server") << Role::Explicit << empty << false << false << u"dns-no-answer"_s;
    QTest::newRow("nothing came back") << Role::Exchange << QList<Outcome>() << false << true << u"dns-no-answer"_s;
}

void tst_HostAnswers::problem()
{
    QFETCH(Role, role);
    QFETCH(QList<Outcome>, outcomes);
    QFETCH(bool, otherFamily);
    QFETCH(bool, serverAnswers);
    QFETCH(QString, expected);

    HostAnswers answers(role);
    for (Outcome o : outcomes)
        answers.addOutcome(o, u"Invalid reply received"_s);
    answers.setOtherFamilyHasAddresses(otherFamily);
    const std::optional<Problem> p = answers.problem(serverAnswers);
    QCOMPARE(p ? Model::key(*p) : u"-"_s, expected);
    QVERIFY(!answers.hasAddresses());

    // An address, however it came, means no problem at all.
    HostAnswers withAddress = answers;
    withAddress.addOutcome(Outcome::Records);
    QVERIFY(withAddress.addAddress(QHostAddress(u"192.0.2.1"_s)));
    QCOMPARE(withAddress.problem(serverAnswers), std::nullopt);
}

void tst_HostAnswers::addresses()
{
    HostAnswers answers;
    QVERIFY(answers.addAddress(QHostAddress(u"2001:db8::1"_s)));
    QVERIFY(answers.addAddress(QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(!answers.addAddress(QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(answers.addAddress(QHostAddress(u"192.0.2.3"_s)));
    QVERIFY(!answers.addAddress(QHostAddress()));
    const QList<QHostAddress> expected{QHostAddress(u"192.0.2.7"_s), QHostAddress(u"192.0.2.3"_s),
                                       QHostAddress(u"2001:db8::1"_s)};
    QCOMPARE(answers.addresses(), expected);
}

void tst_HostAnswers::otherFamily_data()
{
    QTest::addColumn<TestPlan::IpFamily>("family");
    QTest::addColumn<QList<Outcome>>("outcomes");
    QTest::addColumn<bool>("alreadyAsked");
    QTest::addColumn<bool>("expected");
    QTest::newRow("v4, NODATA") << TestPlan::IpFamily::V4 << QList<Outcome>{Outcome::NoData} << false << true;
    QTest::newRow("v6, NODATA") << TestPlan::IpFamily::V6 << QList<Outcome>{Outcome::NoData} << false << true;
    QTest::newRow("asked once only") << TestPlan::IpFamily::V4 << QList<Outcome>{Outcome::NoData} << true << false;
    QTest::newRow("any family: both asked") << TestPlan::IpFamily::Any
                                            << QList<Outcome>{Outcome::NoData, Outcome::NoData} << false << false;
    QTest::newRow("NXDOMAIN: no other family either") << TestPlan::IpFamily::V4 << QList<Outcome>{Outcome::NotFound}
                                                      << false << false;
    QTest::newRow("no answer: pointless") << TestPlan::IpFamily::V4 << QList<Outcome>{Outcome::NoAnswer} << false
                                          << false;
}

void tst_HostAnswers::otherFamily()
{
    QFETCH(TestPlan::IpFamily, family);
    QFETCH(QList<Outcome>, outcomes);
    QFETCH(bool, alreadyAsked);
    QFETCH(bool, expected);
    HostAnswers answers(Role::Exchange);
    for (Outcome o : outcomes)
        answers.addOutcome(o);
    answers.otherFamilyAsked = alreadyAsked;
    QCOMPARE(answers.wantsOtherFamily(family), expected);
}

// Whether empty answers are real NODATA: an exchange's server just answered the MX query;
// for the implicit MX the MX query must have failed fast too; else the liveness check.
void tst_HostAnswers::serverAnswered()
{
    const qint64 fast = HostAnswers::FastFailureMs - 1;
    const qint64 slow = HostAnswers::FastFailureMs + 1;
    QVERIFY(HostAnswers(Role::Exchange).serverAnswered(slow, std::nullopt));
    QVERIFY(HostAnswers(Role::Implicit).serverAnswered(fast, true));
    QVERIFY(!HostAnswers(Role::Implicit).serverAnswered(slow, true));
    QVERIFY(!HostAnswers(Role::Implicit).serverAnswered(fast, std::nullopt));
    QVERIFY(HostAnswers(Role::Explicit).serverAnswered(slow, true));
    QVERIFY(!HostAnswers(Role::Explicit).serverAnswered(fast, false));
    QVERIFY(!HostAnswers(Role::Explicit).serverAnswered(fast, std::nullopt));
}

QTEST_GUILESS_MAIN(tst_HostAnswers)
#include "tst_hostanswers.moc"
