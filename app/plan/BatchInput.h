#pragma once

#include "model/BatchRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// The list of a batch check, read and validated: one address per line, each checked by
/// MailAddress::parse, duplicates dropped (the first line counts), blank lines and
/// "#" comments skipped, and every line that is not an address kept with its number and
/// the reason, so nothing is dropped silently. Pure: the caller reads the file.
class BatchInput
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)
public:
    struct Entry
    {
        int line = 0;
        QString address; // wire form: local part and ACE domain
        QString domain;  // ACE, lower case: what the MX lookup asks for
    };
    struct BadLine
    {
        int line = 0;
        QString text;   // the line as read, made safe to show
        QString reason; // MailAddress's words
    };

    /// Parses the whole list.
    static BatchInput parse(const QString &text);

    const QList<Entry> &entries() const { return m_entries; }
    const QList<BadLine> &badLines() const { return m_bad; }
    /// Lines that named an address already listed above.
    int duplicates() const { return m_duplicates; }
    /// The distinct domains, in the order they first appear.
    QStringList domains() const;
    /// Drops the entries whose address is in done (a resumed run); returns how many.
    int skip(const QStringList &done);

    /// A bad line as its row (outcome error, category syntax-error), as both faces list it.
    static BatchRow rowFor(const BadLine &line);

    /// How duplicates are recognised: the local part as given, the domain in lower case.
    static QString identity(const QString &address);

private:
    QList<Entry> m_entries;
    QList<BadLine> m_bad;
    int m_duplicates = 0;
};
