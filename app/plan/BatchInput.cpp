#include "plan/BatchInput.h"

#include "model/SafeText.h"
#include "plan/MailAddress.h"

#include <QSet>

BatchInput BatchInput::parse(const QString &text)
{
    BatchInput input;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString error;
        const auto address = MailAddress::parse(trimmed, &error);
        if (!address) {
            input.m_bad.append({number, SafeText::visible(trimmed), error});
            continue;
        }
        if (address->hasAddressLiteral()) {
            // Without a domain there is no MX to ask; checking an address literal is a test
            // of one server, which the single test does better.
            input.m_bad.append({number, SafeText::visible(trimmed),
                                tr("An address with an IP address instead of a domain cannot be checked in a list")});
            continue;
        }
        const QString wire = address->toWire();
        if (seen.contains(identity(wire))) {
            ++input.m_duplicates;
            continue;
        }
        seen.insert(identity(wire));
        input.m_entries.append({number, wire, address->domain.toLower()});
    }
    return input;
}

QStringList BatchInput::domains() const
{
    QStringList domains;
    QSet<QString> seen;
    for (const Entry &entry : m_entries) {
        if (!seen.contains(entry.domain)) {
            seen.insert(entry.domain);
            domains.append(entry.domain);
        }
    }
    return domains;
}

int BatchInput::skip(const QStringList &done)
{
    QSet<QString> finished;
    for (const QString &address : done)
        finished.insert(identity(address));
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&finished](const Entry &entry) { return finished.contains(identity(entry.address)); });
    return int(before - m_entries.size());
}

QString BatchInput::identity(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? address : address.left(at) + address.mid(at).toLower();
}

BatchRow BatchInput::rowFor(const BadLine &line)
{
    BatchRow row;
    row.line = line.line;
    row.address = line.text;
    row.outcome = BatchRow::Outcome::Error;
    row.category = Model::Category::SyntaxError;
    row.text = line.reason;
    return row;
}
