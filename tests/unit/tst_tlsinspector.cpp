// TlsInspector on certificates made for the test by openssl: what describe() reports of
// each, and how verification errors are tied to the certificates of the chain.
#include "protocol/smtp/TlsInspector.h"

#include <QMetaEnum>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QSsl::SslProtocol)

class TestTlsInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void describe_data();
    void describe();
    void describeChain();
    void describeErrors_data();
    void describeErrors();
    void realVerificationErrors_data();
    void realVerificationErrors();
    void protocolName_data();
    void protocolName();

private:
    bool openssl(const QStringList &arguments, QByteArray *output = nullptr);
    QSslCertificate load(const QString &name) const;
    QTemporaryDir m_dir;
};

bool TestTlsInspector::openssl(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

QSslCertificate TestTlsInspector::load(const QString &name) const
{
    const QList<QSslCertificate> all = QSslCertificate::fromPath(m_dir.filePath(name + u".pem"_s));
    return all.value(0);
}

void TestTlsInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const auto make = [&](const QString &name, const QString &subject, const QStringList &extra) {
        return openssl(QStringList{u"req"_s, u"-x509"_s} + ec
                       + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-subj"_s, subject}
                       + extra);
    };
    QVERIFY(make(u"ca"_s, u"/CN=SMTP Wizard Test CA/O=Wizard"_s,
                 {u"-days"_s, u"3650"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                  u"keyUsage=critical,keyCertSign,cRLSign"_s}));
    QVERIFY(make(u"leaf"_s, u"/CN=mail.wizard.test"_s,
                 {u"-days"_s, u"30"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s, u"-set_serial"_s,
                  u"0x4f1a229c"_s, u"-addext"_s,
                  u"subjectAltName=DNS:mail.wizard.test,DNS:localhost,IP:127.0.25.1,IP:::1,email:postmaster@wizard.test"_s}));
    QVERIFY(make(u"self"_s, u"/CN=self.wizard.test"_s,
                 {u"-days"_s, u"7"_s, u"-set_serial"_s, u"1"_s, u"-addext"_s, u"subjectAltName=DNS:self.wizard.test"_s}));
    QVERIFY(make(u"nocn"_s, u"/O=Wizard Org/C=DE"_s, {u"-days"_s, u"1"_s, u"-set_serial"_s, u"0x0100"_s}));
    QVERIFY(make(u"twocn"_s, u"/CN=a.wizard.test/CN=b.wizard.test"_s, {u"-days"_s, u"2"_s, u"-set_serial"_s, u"2"_s}));
}

void TestTlsInspector::describe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("sans");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<int>("days");
    QTest::newRow("leaf signed by a CA")
        << u"leaf"_s << u"mail.wizard.test"_s << u"SMTP Wizard Test CA"_s
        << QStringList{u"IP:127.0.25.1"_s, u"IP:::1"_s, u"localhost"_s, u"mail.wizard.test"_s} << u"4f:1a:22:9c"_s
        << false << 30;
    QTest::newRow("the CA") << u"ca"_s << u"SMTP Wizard Test CA"_s << u"SMTP Wizard Test CA"_s << QStringList() << QString()
                            << true << 3650;
    QTest::newRow("self-signed") << u"self"_s << u"self.wizard.test"_s << u"self.wizard.test"_s
                                 << QStringList{u"self.wizard.test"_s} << u"01"_s << true << 7;
    QTest::newRow("no common name") << u"nocn"_s << u"Wizard Org"_s << u"Wizard Org"_s << QStringList() << u"01:00"_s
                                    << true << 1;
    QTest::newRow("two common names") << u"twocn"_s << u"a.wizard.test, b.wizard.test"_s
                                      << u"a.wizard.test, b.wizard.test"_s << QStringList() << u"02"_s << true << 2;
}

void TestTlsInspector::describe()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, issuer);
    QFETCH(QStringList, sans);
    QFETCH(QString, serial);
    QFETCH(bool, selfSigned);
    QFETCH(int, days);
    const QSslCertificate certificate = load(name);
    QVERIFY(!certificate.isNull());
    const CertificateInfo info = TlsInspector::describe(certificate);

    // Several common names are all named, joined by ", " (in the order Qt lists them).
    const auto names = [](const QString &joined) {
        QStringList list = joined.split(u", "_s);
        list.sort();
        return list;
    };
    QCOMPARE(names(info.subject), names(subject));
    QCOMPARE(names(info.issuer), names(issuer));
    QStringList got = info.subjectAlternativeNames;
    got.sort();
    QCOMPARE(got, sans); // DNS names and IP addresses only (no e-mail entries)
    if (!serial.isEmpty())
        QCOMPARE(info.serialNumber, serial);
    QVERIFY(!info.serialNumber.isEmpty());
    QCOMPARE(info.selfSigned, selfSigned);

    QCOMPARE(info.notBefore.timeSpec(), Qt::UTC);
    QCOMPARE(info.notAfter.timeSpec(), Qt::UTC);
    QCOMPARE(info.notBefore.daysTo(info.notAfter), qint64(days));
    QVERIFY(qAbs(info.notBefore.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    // "AB:CD:...": 32 upper-case hex pairs, the same as openssl's own SHA-256 fingerprint.
    static const QRegularExpression format(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s);
    QVERIFY2(format.match(info.sha256Fingerprint).hasMatch(), qPrintable(info.sha256Fingerprint));
    QByteArray fingerprint;
    QVERIFY(openssl({u"x509"_s, u"-in"_s, name + u".pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s}, &fingerprint));
    QCOMPARE(info.sha256Fingerprint, QString::fromLatin1(fingerprint).section(u'=', 1).trimmed());

    QVERIFY(info.pem.startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(QSslCertificate(info.pem), certificate);
}

void TestTlsInspector::describeChain()
{
    const QList<QSslCertificate> chain = {load(u"leaf"_s), load(u"ca"_s)};
    const QList<CertificateInfo> infos = TlsInspector::describeChain(chain);
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos.at(0).subject, u"mail.wizard.test"_s); // the server's leaf first
    QCOMPARE(infos.at(1).subject, u"SMTP Wizard Test CA"_s);
    QCOMPARE(infos.at(0).issuer, infos.at(1).subject);
    QVERIFY(infos.at(0).sha256Fingerprint != infos.at(1).sha256Fingerprint);
    QVERIFY(TlsInspector::describeChain({}).isEmpty());
}

void TestTlsInspector::describeErrors_data()
{
    // Errors as "error@certificate" ("-" none, "x" a certificate outside the chain), and
    // what comes out as "error@index".
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("leaf") << QStringList{u"HostNameMismatch@leaf"_s} << QStringList{u"HostNameMismatch@0"_s};
    QTest::newRow("issuer") << QStringList{u"CertificateUntrusted@ca"_s} << QStringList{u"CertificateUntrusted@1"_s};
    QTest::newRow("no certificate") << QStringList{u"UnspecifiedError@-"_s} << QStringList{u"UnspecifiedError@-1"_s};
    QTest::newRow("not in the chain") << QStringList{u"SelfSignedCertificate@x"_s}
                                      << QStringList{u"SelfSignedCertificate@-1"_s};
    QTest::newRow("duplicate dropped") << QStringList{u"CertificateExpired@leaf"_s, u"CertificateExpired@leaf"_s}
                                       << QStringList{u"CertificateExpired@0"_s};
    QTest::newRow("same error, other certificates")
        << QStringList{u"CertificateExpired@leaf"_s, u"CertificateExpired@ca"_s, u"CertificateExpired@-"_s}
        << QStringList{u"CertificateExpired@0"_s, u"CertificateExpired@1"_s, u"CertificateExpired@-1"_s};
    QTest::newRow("other errors, same certificate, order kept")
        << QStringList{u"HostNameMismatch@leaf"_s, u"CertificateExpired@leaf"_s, u"HostNameMismatch@leaf"_s}
        << QStringList{u"HostNameMismatch@0"_s, u"CertificateExpired@0"_s};
}

void TestTlsInspector::describeErrors()
{
    QFETCH(QStringList, errors);
    QFETCH(QStringList, expected);
    const QMetaEnum meta = QMetaEnum::fromType<QSslError::SslError>();
    const QList<QSslCertificate> chain = {load(u"leaf"_s), load(u"ca"_s)};
    QList<QSslError> input;
    for (const QString &spec : std::as_const(errors)) {
        bool ok = false;
        const auto error = QSslError::SslError(meta.keyToValue(spec.section(u'@', 0, 0).toLatin1().constData(), &ok));
        QVERIFY2(ok, qPrintable(spec));
        const QString on = spec.section(u'@', 1);
        if (on == u"-")
            input.append(QSslError(error));
        else
            input.append(QSslError(error, load(on == u"x" ? u"self"_s : on)));
    }
    const QList<TlsErrorInfo> infos = TlsInspector::describeErrors(input, chain);
    QStringList got;
    for (const TlsErrorInfo &info : infos) {
        got.append(QString::fromLatin1(meta.valueToKey(info.error)) + u'@' + QString::number(info.certificateIndex));
        QCOMPARE(info.text, QSslError(info.error).errorString()); // Qt's own words
        QVERIFY(!info.text.isEmpty());
        QVERIFY(info.title.isEmpty()); // the run names it, not the inspector
    }
    QCOMPARE(got, expected);
}

void TestTlsInspector::realVerificationErrors_data()
{
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("mustHave"); // "error@index"
    QTest::newRow("self-signed, right name") << QStringList{u"self"_s} << u"self.wizard.test"_s
                                             << QStringList{u"SelfSignedCertificate@0"_s};
    QTest::newRow("self-signed, wrong name") << QStringList{u"self"_s} << u"mail.contoso.example"_s
                                             << QStringList{u"SelfSignedCertificate@0"_s, u"HostNameMismatch@0"_s};
    QTest::newRow("unknown CA, name in the SANs") << QStringList{u"leaf"_s, u"ca"_s} << u"localhost"_s
                                                  << QStringList();
}

void TestTlsInspector::realVerificationErrors()
{
    QFETCH(QStringList, chain);
    QFETCH(QString, host);
    QFETCH(QStringList, mustHave);
    QList<QSslCertificate> certificates;
    for (const QString &name : std::as_const(chain))
        certificates.append(load(name));
    const QList<QSslError> errors = QSslCertificate::verify(certificates, host);
    QVERIFY(!errors.isEmpty()); // nothing here is trusted by the system
    const QList<TlsErrorInfo> infos = TlsInspector::describeErrors(errors, certificates);
    QStringList got;
    for (const TlsErrorInfo &info : infos) {
        QVERIFY(info.certificateIndex >= -1 && info.certificateIndex < certificates.size());
        QVERIFY(!info.text.isEmpty());
        got.append(QString::fromLatin1(QMetaEnum::fromType<QSslError::SslError>().valueToKey(info.error)) + u'@'
                   + QString::number(info.certificateIndex));
    }
    for (const QString &want : std::as_const(mustHave))
        QVERIFY2(got.contains(want), qPrintable(got.join(u", "_s)));
    QVERIFY2(!got.join(u' ').contains(u"HostNameMismatch"_s) || mustHave.join(u' ').contains(u"HostNameMismatch"_s),
             qPrintable(got.join(u", "_s)));
    QCOMPARE(got.size(), QSet<QString>(got.cbegin(), got.cend()).size()); // no duplicates
}

void TestTlsInspector::protocolName_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QString>("name");
    QTest::newRow("1.2") << QSsl::TlsV1_2 << u"TLSv1.2"_s;
    QTest::newRow("1.3") << QSsl::TlsV1_3 << u"TLSv1.3"_s;
    QTest::newRow("dtls") << QSsl::DtlsV1_2 << u"DTLSv1.2"_s;
    QTest::newRow("unknown") << QSsl::UnknownProtocol << u"TLS (older than 1.2)"_s;
}

void TestTlsInspector::protocolName()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QString, name);
    QCOMPARE(TlsInspector::protocolName(protocol), name);
}

QTEST_GUILESS_MAIN(TestTlsInspector)
#include "tst_tlsinspector.moc"
