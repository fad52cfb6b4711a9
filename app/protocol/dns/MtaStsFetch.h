#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

class DnsQuerySet;
class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;

/// How the fetch of an MTA-STS policy file ended.
struct PolicyFetchResult
{
    enum class Outcome {
        Fetched,      // 200, text/plain, small enough: body holds it
        NoHost,       // mta-sts.<domain> has no address
        DnsNoAnswer,  // the DNS did not answer for it
        Unreachable,  // no connection, or it broke off
        Certificate,  // the TLS certificate was refused (tlsErrors says why)
        HttpStatus,   // another status than 200, a redirect included (never followed)
        ContentType,  // not text/plain
        TooLarge,     // more than MaxBytes
    };
    /// The RFC suggests 64 KiB as a limit for policy files (RFC 8461 §3.3).
    static constexpr qint64 MaxBytes = 64 * 1024;

    Outcome outcome = Outcome::NoHost;
    QString url;          // https://mta-sts.<domain>/.well-known/mta-sts.txt
    QHostAddress address; // where it was fetched from
    int httpStatus = 0;
    QString contentType;
    QString body;
    QString error;        // the network library's words
    QStringList tlsErrors;
};

/// Fetches https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 §3.3) through
/// QNetworkAccessManager, with the host name resolved by the run's own name server (the
/// tests' is the test bed's dnsmasq, not the system's): the request goes to that address,
/// with the Host header, SNI and certificate check all for mta-sts.<domain>. Redirects
/// are not followed (§3.3). Port 443; only tests move it (environment variable
/// SMTPWIZARD_TEST_HOOK_MTA_STS_PORT).
class MtaStsFetch : public QObject
{
    Q_OBJECT
public:
    explicit MtaStsFetch(QObject *parent = nullptr);
    ~MtaStsFetch() override;

    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    /// For the lookup and for the whole transfer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Extra CA certificates to trust (the run's --ca-file), PEM.
    void setCaFile(const QString &path) { m_caFile = path; }

    void fetch(const QString &domain);
    void cancel();

    /// 443, or the test hook's port.
    static quint16 port();

Q_SIGNALS:
    /// Exactly once per fetch(), never synchronously, never after cancel().
    void finished(const PolicyFetchResult &result);

private:
    void handleAddress(QDnsLookup *lookup, bool v4);
    void request(const QHostAddress &address);
    void handleReply();
    void finish(PolicyFetchResult::Outcome outcome, const QString &error = {});

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout{10'000};
    QString m_caFile;
    QString m_host;
    DnsQuerySet *m_queries;
    QTimer m_dnsDeadline;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    PolicyFetchResult m_result;
    QList<QHostAddress> m_v4, m_v6;
    int m_waiting = 0;
    bool m_dnsAnswered = false;
    bool m_running = false;
};
