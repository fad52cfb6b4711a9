#include "diagnosis/BounceDetails.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

void add(QList<BounceDetail> &details, BounceDetail::Kind kind, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const BounceDetail &d : std::as_const(details)) {
        if (d.kind == kind && d.value.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    details.append({kind, value});
}

} // namespace

QList<BounceDetail> BounceDetails::of(const BounceEntry &entry)
{
    QList<BounceDetail> details;
    const QString text = entry.reply.lines.join(u' ');
    // Four dotted numbers not part of a longer run, so "5.7.1" and version strings pass by.
    static const QRegularExpression ipv4(u"(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.]*\\d)"_s);
    static const QRegularExpression ipv6(u"\\[(?:IPv6:)?([0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)\\]"_s);
    static const QRegularExpression url(u"\\bhttps?://[^\\s<>\"'()\\[\\]{}]+"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    // Only real addresses: QHostAddress refuses 999.1.1.1 and the like.
    for (const QRegularExpression *pattern : {&ipv4, &ipv6}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext() && details.size() < 8) {
            const QString candidate = it.next().captured(1);
            if (QHostAddress address; address.setAddress(candidate))
                add(details, BounceDetail::Kind::IpAddress, address.toString());
        }
    }
    auto it = url.globalMatch(text);
    while (it.hasNext() && details.size() < 12) {
        QString link = it.next().captured(0);
        while (!link.isEmpty() && QStringView(u".,;:!?").contains(link.back()))
            link.chop(1);
        if (const QUrl parsed(link, QUrl::StrictMode); parsed.isValid() && !parsed.host().isEmpty())
            add(details, BounceDetail::Kind::Link, link);
    }
    add(details, BounceDetail::Kind::ReportingServer, entry.reportingMta);
    add(details, BounceDetail::Kind::RemoteServer, entry.remoteMta);
    return details;
}
