#pragma once

#include "diagnosis/BounceEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// Finds the SMTP replies in what people paste: a single reply (joined lines, "smtp;"
/// prefixes, "host mx [ip] said:", the code repeated on every line) or a whole bounce
/// message (RFC 3464 delivery-status reports and the human-readable NDRs of Exchange,
/// Gmail, Postfix, Exim and Sendmail). Pure functions; inputs are bounded.
class BounceParser
{
public:
    /// Inputs beyond this are cut: a bounce with its original message rarely exceeds it.
    static constexpr qsizetype maxInputBytes = 4 * 1024 * 1024;
    /// At most this many entries come out of one message.
    static constexpr int maxEntries = 200;

    /// The first recipient address a text names (RCPT TO:<...>, <...>, or bare).
    static QString firstAddress(const QString &text);

    /// One pasted reply. Returns nothing for empty input; a reply with code 0 when the
    /// text holds neither a reply code nor an enhanced code (the text may still be known).
    static std::optional<BounceEntry> parseReply(const QString &text);
    /// A whole bounce message: one entry per failed or delayed recipient, in order.
    static QList<BounceEntry> parseMessage(const QByteArray &message);
    /// Either of the above: a message when the input looks like one, else one reply.
    static QList<BounceEntry> parse(const QString &input);
    /// True when the text has mail headers or delivery-status fields.
    static bool looksLikeMessage(const QString &input);
    /// The SMTP step a text names: "in reply to RCPT TO command", "after end of data", ...
    static std::optional<Model::Stage> stageFromText(const QString &text);
    /// The step a reply most likely answered when nothing names it: from the code (220,
    /// 354, 235, 221, ...), the enhanced code (X.1.0 sender, X.1.5 recipient) and words
    /// such as "queued as"; RCPT, the step most bounces are about, otherwise.
    static Model::Stage likelyStage(const SmtpReply &reply);
};
