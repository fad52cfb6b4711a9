#include "protocol/smtp/ResetDetector.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <poll.h>
#include <sys/socket.h>

/// ResetDetector over a real loopback connection: Qt reports a reset and an orderly close
/// alike (RemoteHostClosedError, its descriptor already closed); the detector tells them
/// apart, and lets the socket go when released.
class TestResetDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tellsResetFromClose_data();
    void tellsResetFromClose();
};

void TestResetDetector::tellsResetFromClose_data()
{
    QTest::addColumn<QByteArray>("serverSends");
    QTest::addColumn<bool>("clientSendsUnread"); // the server closes without reading it
    QTest::addColumn<bool>("linger0");           // SO_LINGER {1, 0}: close sends a RST
    QTest::addColumn<bool>("reset");
    QTest::newRow("orderly close") << QByteArray() << false << false << false;
    QTest::newRow("orderly close after a reply") << QByteArray("221 bye\r\n") << false << false << false;
    QTest::newRow("reset") << QByteArray() << false << true << true;
    QTest::newRow("reset after a reply") << QByteArray("354 go ahead\r\n") << false << true << true;
    // The kernel answers a close with unread data by a reset (RFC 2525 §2.17).
    QTest::newRow("close with unread data") << QByteArray() << true << false << true;
}

void TestResetDetector::tellsResetFromClose()
{
    QFETCH(QByteArray, serverSends);
    QFETCH(bool, clientSendsUnread);
    QFETCH(bool, linger0);
    QFETCH(bool, reset);

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    QSignalSpy connected(&client, &QTcpSocket::connected);
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(connected.wait(5000));
    QVERIFY(server.hasPendingConnections() || server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);

    ResetDetector detector;
    detector.watch(client.socketDescriptor());
    if (clientSendsUnread) {
        // Waited for without the event loop, so Qt never reads it: it stays in the kernel.
        client.write("QUIT\r\n");
        QVERIFY(client.waitForBytesWritten(5000));
        struct pollfd arrival = {int(peer->socketDescriptor()), POLLIN, 0};
        QCOMPARE(::poll(&arrival, 1, 5000), 1);
    }
    QSignalSpy error(&client, &QTcpSocket::errorOccurred);
    peer->write(serverSends);
    peer->flush();
    if (linger0) {
        const struct linger hard = {1, 0};
        QCOMPARE(::setsockopt(int(peer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard), 0);
    }
    peer->abort();
    QVERIFY(error.wait(5000));
    QCOMPARE(error.constFirst().constFirst().value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(client.socketDescriptor(), qintptr(-1)); // Qt's own descriptor is gone already
    QCOMPARE(client.readAll(), serverSends);          // what came before the end is kept
    QCOMPARE(detector.wasReset(), reset);
    detector.release();
    QVERIFY(!detector.wasReset());
}

QTEST_GUILESS_MAIN(TestResetDetector)
#include "tst_resetdetector.moc"
