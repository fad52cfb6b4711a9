#pragma once

#include "model/TlsInfo.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

/// Turns what QSslSocket knows about a TLS session into the plain facts of TlsInfo.
namespace TlsInspector {
CertificateInfo describe(const QSslCertificate &certificate);
QList<CertificateInfo> describeChain(const QList<QSslCertificate> &chain);
/// Errors with the index of the certificate they concern, duplicates dropped.
QList<TlsErrorInfo> describeErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
/// Protocol, cipher and chain of an encrypted socket.
TlsInfo inspect(const QSslSocket &socket);
QString protocolName(QSsl::SslProtocol protocol);
} // namespace TlsInspector
