#include "protocol/smtp/TlsInspector.h"

#include "model/SafeText.h"

#include <QSslCipher>
#include <QSslSocket>

namespace TlsInspector {

namespace {
QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}
} // namespace

CertificateInfo describe(const QSslCertificate &certificate)
{
    CertificateInfo info;
    // A certificate's names are the server's words, like its replies: escaped wherever
    // they go (the certificate view, reports, JSON).
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    info.subject = SafeText::visible(cn.isEmpty() ? certificate.subjectDisplayName() : joined(cn));
    const QStringList issuerCn = certificate.issuerInfo(QSslCertificate::CommonName);
    info.issuer = SafeText::visible(issuerCn.isEmpty() ? certificate.issuerDisplayName() : joined(issuerCn));
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            info.subjectAlternativeNames.append(SafeText::visible(it.value()));
        else if (it.key() == QSsl::IpAddressEntry)
            info.subjectAlternativeNames.append(QStringLiteral("IP:") + it.value());
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.serialNumber = QString::fromLatin1(certificate.serialNumber());
    info.sha256Fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    info.selfSigned = certificate.isSelfSigned();
    info.pem = certificate.toPem();
    return info;
}

QList<CertificateInfo> describeChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> infos;
    for (const QSslCertificate &certificate : chain)
        infos.append(describe(certificate));
    return infos;
}

QList<TlsErrorInfo> describeErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    QList<TlsErrorInfo> infos;
    for (const QSslError &error : errors) {
        TlsErrorInfo info;
        info.error = error.error();
        info.text = error.errorString();
        info.certificateIndex = error.certificate().isNull() ? -1 : int(chain.indexOf(error.certificate()));
        const bool duplicate = std::any_of(infos.cbegin(), infos.cend(), [&info](const TlsErrorInfo &known) {
            return known.error == info.error && known.certificateIndex == info.certificateIndex;
        });
        if (!duplicate)
            infos.append(info);
    }
    return infos;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLSv1.2");
    default: return QStringLiteral("TLS (older than 1.2)");
    }
}

TlsInfo inspect(const QSslSocket &socket)
{
    TlsInfo info;
    const QSslCipher cipher = socket.sessionCipher();
    info.protocol = protocolName(socket.sessionProtocol());
    info.cipher = cipher.name();
    info.cipherBits = cipher.usedBits();
    info.peerCertificates = describeChain(socket.peerCertificateChain());
    return info;
}

} // namespace TlsInspector
