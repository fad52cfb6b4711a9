#include "protocol/dns/MtaStsFetch.h"

#include "protocol/dns/DnsQuerySet.h"

#include <QDnsLookup>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;
using Outcome = PolicyFetchResult::Outcome;

namespace {
Q_LOGGING_CATEGORY(lcSts, "smtpwizard.dns")
const QString policyPath = u"/.well-known/mta-sts.txt"_s;
} // namespace

MtaStsFetch::MtaStsFetch(QObject *parent)
    : QObject(parent)
    , m_queries(new DnsQuerySet(this))
{
    connect(m_queries, &DnsQuerySet::answered, this,
            [this](QDnsLookup *lookup, HostAnswers::Outcome outcome, qint64, const DnsQuerySet::Tag &) {
                --m_waiting;
                if (outcome == HostAnswers::Outcome::Records || outcome == HostAnswers::Outcome::NoData
                    || outcome == HostAnswers::Outcome::NotFound)
                    m_dnsAnswered = true;
                handleAddress(lookup, lookup->type() == QDnsLookup::A);
            });
    m_dnsDeadline.setSingleShot(true);
    connect(&m_dnsDeadline, &QTimer::timeout, this, [this] {
        m_queries->abortAll();
        finish(Outcome::DnsNoAnswer, tr("No answer within %1 ms").arg(m_timeout.count()));
    });
}

MtaStsFetch::~MtaStsFetch()
{
    cancel();
}

quint16 MtaStsFetch::port()
{
    // A test hook only: the test bed cannot bind 443 beside a developer's web server.
    bool ok = false;
    const uint port = qEnvironmentVariableIntValue("SMTPWIZARD_TEST_HOOK_MTA_STS_PORT", &ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : quint16(443);
}

void MtaStsFetch::fetch(const QString &domain)
{
    cancel();
    m_running = true;
    m_host = u"mta-sts."_s + domain;
    m_result = PolicyFetchResult();
    m_result.url = u"https://"_s + m_host + policyPath;
    m_v4.clear();
    m_v6.clear();
    m_dnsAnswered = false;
    m_queries->setNameserver(m_nameserver);
    m_waiting = 2;
    m_dnsDeadline.start(m_timeout);
    m_queries->ask(QDnsLookup::A, m_host, {DnsQuerySet::Purpose::Record, 0, -1});
    m_queries->ask(QDnsLookup::AAAA, m_host, {DnsQuerySet::Purpose::Record, 1, -1});
}

void MtaStsFetch::cancel()
{
    m_running = false;
    m_dnsDeadline.stop();
    m_queries->abortAll();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MtaStsFetch::handleAddress(QDnsLookup *lookup, bool v4)
{
    const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
    for (const QDnsHostAddressRecord &record : records) {
        const QHostAddress a = record.value();
        if ((a.protocol() == QAbstractSocket::IPv4Protocol) == v4)
            (v4 ? m_v4 : m_v6).append(a);
    }
    if (m_waiting > 0)
        return;
    m_dnsDeadline.stop();
    if (!m_v4.isEmpty() || !m_v6.isEmpty()) {
        request(!m_v4.isEmpty() ? m_v4.constFirst() : m_v6.constFirst());
        return;
    }
    const QString error = lookup->errorString();
    // finished() must not come from inside fetch(); the lookups' answers never do.
    finish(m_dnsAnswered ? Outcome::NoHost : Outcome::DnsNoAnswer, error);
}

void MtaStsFetch::request(const QHostAddress &address)
{
    m_result.address = address;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const quint16 p = port();
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(address.toString());
    url.setPort(p);
    url.setPath(policyPath);

    QNetworkRequest req(url);
    // The name the server and its certificate are for, though the connection goes to the
    // address our own lookup found.
    req.setRawHeader("Host", (p == 443 ? m_host : m_host + u':' + QString::number(p)).toLatin1());
    req.setPeerVerifyName(m_host);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(int(m_timeout.count()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_caFile.isEmpty())
        tls.addCaCertificates(m_caFile);
    req.setSslConfiguration(tls);
    qCDebug(lcSts) << "fetching" << m_result.url << "from" << address;

    QNetworkReply *reply = m_network->get(req);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_result.tlsErrors.append(e.errorString());
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply] {
        if (reply->bytesAvailable() > PolicyFetchResult::MaxBytes) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            finish(Outcome::TooLarge);
        }
    });
    connect(reply, &QNetworkReply::finished, this, &MtaStsFetch::handleReply);
}

void MtaStsFetch::handleReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).trimmed();
    if (!m_result.tlsErrors.isEmpty()) {
        finish(Outcome::Certificate, reply->errorString());
        return;
    }
    if (m_result.httpStatus == 0) {
        finish(Outcome::Unreachable, reply->errorString());
        return;
    }
    if (m_result.httpStatus != 200) {
        finish(Outcome::HttpStatus, reply->errorString());
        return;
    }
    const QByteArray body = reply->readAll();
    if (body.size() > PolicyFetchResult::MaxBytes) {
        finish(Outcome::TooLarge);
        return;
    }
    m_result.body = QString::fromUtf8(body);
    const QString mediaType = m_result.contentType.section(u';', 0, 0).trimmed().toLower();
    finish(mediaType == u"text/plain"_s ? Outcome::Fetched : Outcome::ContentType);
}

void MtaStsFetch::finish(Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_dnsDeadline.stop();
    m_result.outcome = outcome;
    m_result.error = error;
    Q_EMIT finished(m_result);
}
