#pragma once

#include "diagnosis/BounceEntry.h"

#include <QList>
#include <QString>

/// The human-readable part of a bounce, read for what it states: replies quoted in
/// paragraphs, an SMTP transcript, or only words that name a cause; and how those
/// entries combine with the machine-readable DSN (stages, duplicates). BounceParser
/// decides which of these to trust for a message.
class BounceTextReader
{
public:
    /// Paragraphs that quote a reply (a code, an enhanced code, the recipient).
    static QList<BounceEntry> fromText(const QString &text);
    /// A transcript ("RCPT TO:<a@b>" followed by the reply to it).
    static QList<BounceEntry> fromTranscript(const QString &text);
    /// Words alone; namesCause: whether they name a cause, not only a failure. With
    /// orFailureWords, words that only say something failed in terms no rule knows make
    /// an entry too (explained as "Reason not recognised").
    static QList<BounceEntry> fromWords(const QString &text, bool *namesCause = nullptr, bool orFailureWords = false);
    /// The stages the readable text names, given to DSN entries that lack one.
    static void mergeStages(QList<BounceEntry> &entries, const QList<BounceEntry> &fromHumanText);
    /// One entry per recipient and reply.
    static QList<BounceEntry> deduplicate(const QList<BounceEntry> &entries);
};
