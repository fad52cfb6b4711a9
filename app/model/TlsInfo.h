#pragma once

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

/// What is worth knowing about one certificate of the server's chain.
struct CertificateInfo
{
    QString subject;       // the subject's common name, or the whole subject line
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString serialNumber;
    QString sha256Fingerprint; // hex, colon-separated
    bool selfSigned = false;
    QByteArray pem;            // for "view certificate" and saving
};

/// One certificate verification error with its reason in plain words.
struct TlsErrorInfo
{
    QSslError::SslError error = QSslError::NoError;
    QString text;          // Qt's own text
    int certificateIndex = -1; // which certificate of the chain, -1 if none
    QString title;             // the catalogue's short name, filled in by the run
};

/// The TLS session of one attempt: how it was protected and whether it can be trusted.
struct TlsInfo
{
    QString protocol;      // "TLSv1.3"
    QString cipher;        // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QList<CertificateInfo> peerCertificates; // the server's leaf first
    QList<TlsErrorInfo> errors;               // empty when verified
    bool implicit = false;                    // TLS from the first byte (port 465)
    bool continuedDespiteErrors = false;      // opportunistic or --tls-insecure
    bool established = false;                 // the handshake completed
    /// Only a completed handshake can have verified anything.
    bool verified() const { return established && errors.isEmpty(); }
};
