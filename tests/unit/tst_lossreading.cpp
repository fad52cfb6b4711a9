#include "protocol/smtp/LossReading.h"

#include <QTest>

using Loss = LossReading::Loss;
using Phase = LossReading::Phase;
using Model::Problem;

/// What a lost connection or a time-out means at each point of the conversation.
class TestLossReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void losses_data();
    void losses();
    void timeouts_data();
    void timeouts();
};

void TestLossReading::losses_data()
{
    QTest::addColumn<Loss>("loss");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<bool>("certificateErrors");
    QTest::addColumn<bool>("orderly");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("close after QUIT") << Loss::ClosedByServer << Phase::Quitting << false << true << Problem::ConnectionClosed;
    QTest::newRow("close after 421") << Loss::ClosedByServer << Phase::ServerClosing << false << true << Problem::ConnectionClosed;
    QTest::newRow("reset after QUIT") << Loss::ResetByServer << Phase::Quitting << false << true << Problem::ConnectionClosed;
    QTest::newRow("close mid-talk") << Loss::ClosedByServer << Phase::Talking << false << false << Problem::ConnectionClosed;
    QTest::newRow("reset mid-talk") << Loss::ResetByServer << Phase::Talking << false << false << Problem::ConnectionReset;
    QTest::newRow("close in handshake") << Loss::ClosedByServer << Phase::Handshaking << false << false << Problem::TlsHandshakeFailed;
    QTest::newRow("reset in handshake") << Loss::ResetByServer << Phase::Handshaking << false << false << Problem::TlsHandshakeFailed;
    QTest::newRow("refused") << Loss::Refused << Phase::Connecting << false << false << Problem::ConnectionRefused;
    QTest::newRow("no address") << Loss::HostNotFound << Phase::Connecting << false << false << Problem::DnsNoAddress;
    QTest::newRow("unreachable") << Loss::NetworkUnreachable << Phase::Connecting << false << false << Problem::NetworkUnreachable;
    QTest::newRow("network error connecting") << Loss::NetworkError << Phase::Connecting << false << false << Problem::HostUnreachable;
    QTest::newRow("network error talking") << Loss::NetworkError << Phase::Talking << false << false << Problem::ConnectionReset;
    QTest::newRow("bad certificate") << Loss::TlsHandshake << Phase::Handshaking << true << false << Problem::TlsCertificateInvalid;
    QTest::newRow("handshake error") << Loss::TlsHandshake << Phase::Handshaking << false << false << Problem::TlsHandshakeFailed;
}

void TestLossReading::losses()
{
    QFETCH(Loss, loss);
    QFETCH(Phase, phase);
    QFETCH(bool, certificateErrors);
    QFETCH(bool, orderly);
    QFETCH(Problem, problem);
    const auto ending = LossReading::ofLoss(loss, phase, QStringLiteral("socket said"), certificateErrors);
    QCOMPARE(ending.orderly, orderly);
    if (orderly) {
        QVERIFY(!ending.event.isEmpty());
    } else {
        QCOMPARE(ending.problem, problem);
        QVERIFY(!ending.text.isEmpty());
    }
}

void TestLossReading::timeouts_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<bool>("orderly");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("says");
    QTest::newRow("421 answered") << Phase::ServerClosing << true << Problem::ConnectionClosed << QString();
    QTest::newRow("QUIT unanswered") << Phase::Quitting << true << Problem::ConnectionClosed << QStringLiteral("QUIT");
    QTest::newRow("connect") << Phase::Connecting << false << Problem::ConnectTimeout << QStringLiteral("No connection after 2.5 s");
    QTest::newRow("greeting") << Phase::Greeting << false << Problem::NoGreeting << QStringLiteral("no greeting after 2.5 s");
    QTest::newRow("handshake") << Phase::Handshaking << false << Problem::ReplyTimeout << QStringLiteral("TLS handshake");
    QTest::newRow("reply") << Phase::Talking << false << Problem::ReplyTimeout << QStringLiteral("No reply after 2.5 s");
}

void TestLossReading::timeouts()
{
    QFETCH(Phase, phase);
    QFETCH(bool, orderly);
    QFETCH(Problem, problem);
    QFETCH(QString, says);
    const auto ending = LossReading::ofTimeout(phase, 2.5);
    QCOMPARE(ending.orderly, orderly);
    if (orderly) {
        QCOMPARE(ending.event.isEmpty(), says.isEmpty());
        QVERIFY(ending.event.contains(says));
    } else {
        QCOMPARE(ending.problem, problem);
        QVERIFY2(ending.text.contains(says), qPrintable(ending.text));
    }
}

QTEST_GUILESS_MAIN(TestLossReading)
#include "tst_lossreading.moc"
