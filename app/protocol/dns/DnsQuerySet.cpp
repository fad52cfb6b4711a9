#include "protocol/dns/DnsQuerySet.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDnsQuery, "smtpwizard.dns")

bool hasRecords(const QDnsLookup *lookup)
{
    switch (lookup->type()) {
    case QDnsLookup::MX:
        return !lookup->mailExchangeRecords().isEmpty();
    case QDnsLookup::PTR:
        return !lookup->pointerRecords().isEmpty();
    case QDnsLookup::TXT:
        return !lookup->textRecords().isEmpty();
    default:
        return !lookup->hostAddressRecords().isEmpty();
    }
}
} // namespace

DnsQuerySet::DnsQuerySet(QObject *parent)
    : QObject(parent)
{
}

DnsQuerySet::~DnsQuerySet()
{
    abortAll();
}

void DnsQuerySet::ask(QDnsLookup::Type type, const QString &name, const Tag &tag)
{
    auto *lookup = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    Pending &pending = m_pending[lookup];
    pending.tag = tag;
    pending.clock.start();
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { handleFinished(lookup); });
    qCDebug(lcDnsQuery) << "asking" << type << name;
    lookup->lookup();
}

QList<DnsQuerySet::Tag> DnsQuerySet::abortAll()
{
    QList<Tag> tags;
    const QList<QDnsLookup *> lookups = m_pending.keys();
    for (QDnsLookup *lookup : lookups)
        tags.append(m_pending.value(lookup).tag);
    m_pending.clear();
    for (QDnsLookup *lookup : lookups) {
        // abort() emits finished() at once: disconnect first so nothing comes back. The
        // resolver thread runs on until glibc gives up; its result then goes nowhere.
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    return tags;
}

void DnsQuerySet::handleFinished(QDnsLookup *lookup)
{
    const auto it = m_pending.constFind(lookup);
    if (it == m_pending.cend())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    lookup->deleteLater();
    const qint64 elapsedMs = pending.clock.elapsed();
    const HostAnswers::Outcome outcome = HostAnswers::classify(lookup->error(), hasRecords(lookup), elapsedMs);
    qCDebug(lcDnsQuery) << lookup->type() << lookup->name() << lookup->error() << lookup->errorString() << "after"
                        << elapsedMs << "ms";
    Q_EMIT answered(lookup, outcome, elapsedMs, pending.tag);
}
