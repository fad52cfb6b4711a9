#pragma once

#include <QList>
#include <QPair>
#include <QString>

/// The "tag=value; tag=value" lists of DMARC (RFC 7489 §6.4), MTA-STS (RFC 8461 §3.1)
/// and TLS-RPT (RFC 8460 §3): split on ";" with spaces or tabs around, a trailing ";"
/// allowed. Each record type checks its own tags.
struct TagList
{
    QList<QPair<QString, QString>> tags; // name as written, value trimmed
    QString malformed;                   // the first part without "=", or empty

    /// spaceAroundEquals: DMARC allows "p = reject"; MTA-STS and TLS-RPT do not.
    static TagList parse(const QString &text, bool spaceAroundEquals);
    /// The value of the first tag named name (case-sensitive, as the RFCs spell them).
    QString value(const QString &name) const;
    bool contains(const QString &name) const;
    /// The first tag is name=value (the version tag each record type starts with).
    bool beginsWith(const QString &name, const QString &value) const;
    int count(const QString &name) const;
};
