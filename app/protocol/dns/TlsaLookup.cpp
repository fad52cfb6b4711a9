#include "protocol/dns/TlsaLookup.h"

#include <QThread>

#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>

#include <algorithm>
#include <cstring>
#include <memory>

using Outcome = HostAnswers::Outcome;

namespace {
constexpr int tlsaType = 52; // RFC 6698; older headers lack ns_t_tlsa
} // namespace

TlsaLookup::TlsaLookup(QObject *parent)
    : QObject(parent)
{
}

void TlsaLookup::lookup(const QString &name, const QHostAddress &nameserver, std::chrono::milliseconds timeout)
{
    auto answer = std::make_shared<TlsaAnswer>();
    QThread *worker = QThread::create([answer, name, nameserver, timeout] {
        *answer = query(name, nameserver, timeout);
    });
    // The thread outlives this object when it is cancelled: it deletes itself, and its
    // answer then goes nowhere (the connection to this object is gone with it).
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, answer] { Q_EMIT finished(*answer); });
    worker->start();
}

TlsaAnswer TlsaLookup::query(const QString &name, const QHostAddress &nameserver, std::chrono::milliseconds timeout)
{
    TlsaAnswer answer;
    answer.name = name;
    if (!nameserver.isNull() && nameserver.protocol() != QAbstractSocket::IPv4Protocol) {
        answer.error = QStringLiteral("IPv6 name server");
        return answer;
    }
    struct __res_state state;
    std::memset(&state, 0, sizeof state);
    if (res_ninit(&state) != 0) {
        answer.error = QStringLiteral("res_ninit failed");
        return answer;
    }
    answer.asked = true;
    if (!nameserver.isNull()) {
        state.nscount = 1;
        state.nsaddr_list[0].sin_family = AF_INET;
        state.nsaddr_list[0].sin_port = htons(53);
        state.nsaddr_list[0].sin_addr.s_addr = htonl(nameserver.toIPv4Address());
    }
    // Keep the AD bit of the answer: without trust-ad glibc clears it (2.31 and later).
    state.options |= RES_TRUSTAD;
    const int seconds = int(std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(timeout).count() / 2));
    state.retrans = seconds;
    state.retry = 2;

    QByteArray buffer(65535, Qt::Uninitialized);
    const QByteArray ace = name.toLatin1();
    const int length = res_nquery(&state, ace.constData(), ns_c_in, tlsaType,
                                  reinterpret_cast<unsigned char *>(buffer.data()), int(buffer.size()));
    if (length < 0) {
        switch (state.res_h_errno) {
        case HOST_NOT_FOUND: answer.outcome = Outcome::NotFound; break;
        case NO_DATA: answer.outcome = Outcome::NoData; break;
        case NO_RECOVERY: answer.outcome = Outcome::ServerFailure; break;
        default: answer.outcome = Outcome::NoAnswer; break;
        }
        answer.error = QString::fromLatin1(hstrerror(state.res_h_errno));
        res_nclose(&state);
        return answer;
    }
    ns_msg message;
    if (ns_initparse(reinterpret_cast<const unsigned char *>(buffer.constData()), length, &message) != 0) {
        answer.outcome = Outcome::ServerFailure;
        answer.error = QStringLiteral("unreadable answer");
        res_nclose(&state);
        return answer;
    }
    answer.authenticated = ns_msg_getflag(message, ns_f_ad) != 0;
    const int count = ns_msg_count(message, ns_s_an);
    for (int i = 0; i < count; ++i) {
        ns_rr rr;
        if (ns_parserr(&message, ns_s_an, i, &rr) != 0)
            continue;
        if (ns_rr_type(rr) == tlsaType)
            answer.rdata.append(QByteArray(reinterpret_cast<const char *>(ns_rr_rdata(rr)), ns_rr_rdlen(rr)));
    }
    answer.outcome = answer.rdata.isEmpty() ? Outcome::NoData : Outcome::Records;
    res_nclose(&state);
    return answer;
}
