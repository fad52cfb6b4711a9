#include "protocol/smtp/RelayForms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Form = RelayTrial::Form;

/// The open-relay check's addresses: which name stands for the server, which forms are
/// tried in which order, and the exact commands, which must stay single lines.
class TestRelayForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverName_data();
    void serverName();
    void trials_data();
    void trials();
    void commandsAreSingleLines();
};

void TestRelayForms::serverName_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("name");
    QTest::newRow("mail domain") << u"contoso.example"_s << QString() << u"contoso.example"_s;
    QTest::newRow("host name") << QString() << u"mx1.contoso.example"_s << u"mx1.contoso.example"_s;
    QTest::newRow("IPv4 address") << QString() << u"127.0.25.1"_s << u"[127.0.25.1]"_s;
    QTest::newRow("IPv6 address") << QString() << u"::1"_s << u"[IPv6:::1]"_s;
}

void TestRelayForms::serverName()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(QString, name);
    TestPlan plan;
    plan.domain = domain;
    plan.host = host;
    QCOMPARE(RelayForms::serverName(plan), name);
}

void TestRelayForms::trials_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("expected"); // "form MAIL-command RCPT-command"

    QTest::newRow("by domain") << u"wizard.test"_s
                               << QStringList{
                                      u"plain MAIL FROM:<relaytest@example.com> RCPT TO:<relaytest@example.net>"_s,
                                      u"null-sender MAIL FROM:<> RCPT TO:<relaytest@example.net>"_s,
                                      u"local-sender MAIL FROM:<relaytest@wizard.test> RCPT TO:<relaytest@example.net>"_s,
                                      u"percent-hack MAIL FROM:<relaytest@example.com> RCPT TO:<relaytest%example.net@wizard.test>"_s,
                                      u"quoted MAIL FROM:<relaytest@example.com> RCPT TO:<\"relaytest@example.net\">"_s,
                                      u"source-route MAIL FROM:<relaytest@example.com> RCPT TO:<@wizard.test:relaytest@example.net>"_s,
                                      u"bang-path MAIL FROM:<relaytest@example.com> RCPT TO:<example.net!relaytest>"_s,
                                  };
    // An address literal is no domain a sender could be in: no local-sender form.
    QTest::newRow("by address") << u"[192.0.2.25]"_s
                                << QStringList{
                                       u"plain MAIL FROM:<relaytest@example.com> RCPT TO:<relaytest@example.net>"_s,
                                       u"null-sender MAIL FROM:<> RCPT TO:<relaytest@example.net>"_s,
                                       u"percent-hack MAIL FROM:<relaytest@example.com> RCPT TO:<relaytest%example.net@[192.0.2.25]>"_s,
                                       u"quoted MAIL FROM:<relaytest@example.com> RCPT TO:<\"relaytest@example.net\">"_s,
                                       u"source-route MAIL FROM:<relaytest@example.com> RCPT TO:<@[192.0.2.25]:relaytest@example.net>"_s,
                                       u"bang-path MAIL FROM:<relaytest@example.com> RCPT TO:<example.net!relaytest>"_s,
                                   };
}

void TestRelayForms::trials()
{
    QFETCH(QString, server);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const RelayTrial &trial : RelayForms::trials(server)) {
        QVERIFY(!trial.answered());
        QVERIFY(!trial.accepted);
        got << Model::key(trial.form) + u' ' + QString::fromUtf8(RelayForms::mailCommand(trial)) + u' '
                + QString::fromUtf8(RelayForms::rcptCommand(trial));
    }
    QCOMPARE(got, expected);
}

void TestRelayForms::commandsAreSingleLines()
{
    for (const QString &server : {u"wizard.test"_s, u"[127.0.0.1]"_s, u"[IPv6:::1]"_s}) {
        for (const RelayTrial &trial : RelayForms::trials(server)) {
            for (const QByteArray &command : {RelayForms::mailCommand(trial), RelayForms::rcptCommand(trial)}) {
                QVERIFY(!command.contains('\r') && !command.contains('\n'));
                QVERIFY(command.size() < 512); // RFC 5321 §4.5.3.1.4
            }
            // Every recipient is outside: example.net, which reaches no real mailbox.
            QVERIFY(trial.rcptTo.contains(u"example.net"_s));
        }
    }
}

QTEST_GUILESS_MAIN(TestRelayForms)
#include "tst_relayforms.moc"
