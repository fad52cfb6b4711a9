#include "diagnosis/BounceParser.h"

#include "diagnosis/BounceTextReader.h"
#include "diagnosis/DeliveryStatusReader.h"
#include "diagnosis/MimeText.h"
#include "diagnosis/ReplyDecorations.h"
#include "diagnosis/RuleMatcher.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxReplyChars = 16 * 1024;

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::MultilineOption);
}

// The same code repeated for each line of a multi-line reply, joined or not ("550-5.1.1
// The email account ... 550 5.1.1 ..."), becomes a line break. One pattern for every code,
// compiled once: a pattern made for each reply cost a PCRE compile per parsed reply.
QString withoutRepeatedCode(const QString &text, int code, const QString &enhanced)
{
    static const QRegularExpression anyCode(u"(?<![\\w.])([2-5]\\d\\d)[ -]"_s);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = anyCode.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(0) < copied || m.capturedView(1).toInt() != code)
            continue;
        qsizetype end = m.capturedEnd(0);
        if (!enhanced.isEmpty()) {
            const qsizetype at = end < text.size() && text.at(end) == u'#' ? end + 1 : end;
            if (QStringView(text).sliced(at).startsWith(enhanced)) {
                end = at + enhanced.size();
                while (end < text.size() && text.at(end).isSpace())
                    ++end;
            }
        }
        out += QStringView(text).sliced(copied, m.capturedStart(0) - copied);
        out += u'\n';
        copied = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).sliced(copied);
    return out;
}

struct CodeMatch
{
    int code = 0;
    QString enhanced;
    qsizetype start = -1;
    qsizetype end = -1;
    bool atLineStart = false;
};

// A basic code where a reply starts: followed by space, dash or end, optionally by an
// enhanced code. Digits inside addresses, dates and IP literals do not qualify.
QList<CodeMatch> findCodes(const QString &text)
{
    static const QRegularExpression pattern(
        u"(?<![\\w.:/\\[=@-])(?<!\\S#)([2-5][0-5]\\d)(?:[ -]|$)\\s*[#']?([245]\\.\\d{1,3}\\.\\d{1,3}(?![\\d.]))?"_s,
        QRegularExpression::MultilineOption);
    // A number with a unit inside the text is a quantity ("Greylisted for 300 sec", "limit
    // of 500 messages"), not a reply code; at a line start it is the code ("552 Message
    // body is too big").
    static const QRegularExpression unit = ci(
        u"^\\s*(?:s|secs?|seconds?|min|mins|minutes?|hours?|days?|bytes?|[kmg]i?b|kbytes|messages?|mails?|"
        "e-?mails?|recipients?|rcpts?|connections?|times|attempts|tries|%)\\b"_s);
    QList<CodeMatch> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext() && found.size() < 1000) {
        const auto m = it.next();
        CodeMatch c;
        c.code = m.captured(1).toInt();
        c.enhanced = m.captured(2);
        c.start = m.capturedStart(0);
        c.end = m.capturedEnd(0);
        qsizetype i = c.start - 1;
        while (i >= 0 && (text.at(i) == u' ' || text.at(i) == u'\t' || text.at(i) == u'\''
                          || text.at(i) == u'"'))
            --i;
        c.atLineStart = i < 0 || text.at(i) == u'\n';
        if (!c.atLineStart && c.enhanced.isEmpty() && unit.match(QStringView(text).mid(m.capturedEnd(1))).hasMatch())
            continue;
        found.append(c);
    }
    return found;
}

QString firstAddressIn(const QString &text)
{
    static const QRegularExpression rcpt = ci(u"RCPT TO:\\s*<([^<>\\s]+@[^<>\\s]+)>"_s);
    static const QRegularExpression bracketed(u"<([^<>\\s@]+@[^<>\\s]+)>"_s);
    // A bare address never starts with an apostrophe: that is a quote around it, as in
    // Python's {'a@b.example': (550, b'...')}.
    static const QRegularExpression bare(u"(?<![\\w.+-])([A-Za-z0-9._%+-][A-Za-z0-9._%+'-]*@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"_s);
    if (const auto m = rcpt.match(text); m.hasMatch())
        return m.captured(1);
    if (const auto m = bracketed.match(text); m.hasMatch())
        return m.captured(1);
    if (const auto m = bare.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

QString normaliseSpaces(QString text)
{
    static const QRegularExpression spaces(u"[ \\t]+"_s);
    text.replace(u'\r', u'\n');
    text.replace(spaces, u" "_s);
    return text;
}

} // namespace

QString BounceParser::firstAddress(const QString &text)
{
    return firstAddressIn(text);
}

std::optional<Model::Stage> BounceParser::stageFromText(const QString &text)
{
    static const QRegularExpression pattern = ci(
        u"(?:in reply to|after|while sending|in response to)\\s+(?:the\\s+)?(?:pipelined\\s+)?"
        "(end of data|end of DATA|DATA|RCPT TO|RCPT|MAIL FROM|MAIL|EHLO|HELO|LHLO|STARTTLS|AUTH|"
        "initial connection|message data|QUIT)\\b|(refused to talk to me)"_s);
    const auto m = pattern.match(text.left(maxReplyChars));
    if (!m.hasMatch())
        return std::nullopt;
    if (!m.captured(2).isEmpty())
        return Model::Stage::Greeting; // Postfix: "host x[ip] refused to talk to me: 421 ..."
    const QString word = m.captured(1).toLower();
    if (word.startsWith(u"end of") || word == u"message data")
        return Model::Stage::Message;
    if (word == u"data")
        return Model::Stage::Data;
    if (word.startsWith(u"rcpt"))
        return Model::Stage::Rcpt;
    if (word.startsWith(u"mail"))
        return Model::Stage::Mail;
    if (word == u"ehlo" || word == u"helo" || word == u"lhlo")
        return Model::Stage::Ehlo;
    if (word == u"starttls")
        return Model::Stage::StartTls;
    if (word == u"auth")
        return Model::Stage::Auth;
    if (word == u"quit")
        return Model::Stage::Quit;
    return Model::Stage::Greeting;
}

Model::Stage BounceParser::likelyStage(const SmtpReply &reply)
{
    using Model::Stage;
    static const QRegularExpression queued =
        ci(u"\\b(queued as|queued for delivery|accepted for delivery|message accepted|mail accepted)\\b"_s);
    switch (reply.code) {
    case 220: return Stage::Greeting;
    case 221: return Stage::Quit;
    case 235: case 334: case 432: case 454: case 534: case 535: case 538: return Stage::Auth;
    case 354: return Stage::Data;
    default: break;
    }
    if (queued.match(reply.text()).hasMatch())
        return Stage::Message;
    const QStringView enhanced(reply.enhancedCode);
    // X.1.7 and X.1.8 are the sender's; X.1.0 ("other address status") is any address's.
    if (enhanced.mid(1) == u".1.7" || enhanced.mid(1) == u".1.8")
        return Stage::Mail;
    return Stage::Rcpt;
}

std::optional<BounceEntry> BounceParser::parseReply(const QString &input)
{
    QString text = normaliseSpaces(input.left(maxReplyChars)).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // A reply copied out of a URL or a web form log ("250+2.1.0+Sender+OK"): '+' stands
    // for a space (application/x-www-form-urlencoded).
    static const QRegularExpression formEncoded(u"^[2-5]\\d\\d\\+\\S*$"_s);
    if (formEncoded.match(text).hasMatch())
        text = QUrl::fromPercentEncoding(text.replace(u'+', u' ').toUtf8()).trimmed();
    BounceEntry entry;
    entry.stage = stageFromText(text);
    text = ReplyDecorations::strip(text, &entry.remoteMta).trimmed();

    const QList<CodeMatch> codes = findCodes(text);
    // Prefer a code with an enhanced code, then one at a line start, then the first.
    const CodeMatch *best = nullptr;
    for (const auto &c : codes) {
        if (!c.enhanced.isEmpty()) {
            best = &c;
            break;
        }
    }
    if (!best) {
        for (const auto &c : codes) {
            if (c.atLineStart) {
                best = &c;
                break;
            }
        }
    }
    // A bare number inside the text is no code when the reply opens with an enhanced code
    // alone ("4.2.0 Sender address rejected: ...").
    static const QRegularExpression opensEnhanced(u"^[245]\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])"_s);
    if (!best && !codes.isEmpty() && !opensEnhanced.match(text).hasMatch())
        best = &codes.first();

    QString rest;
    if (best) {
        entry.reply.code = best->code;
        entry.reply.enhancedCode = best->enhanced;
        const QString before = text.left(best->start);
        entry.recipient = firstAddressIn(before);
        rest = text.mid(best->end);
        rest = withoutRepeatedCode(rest, best->code, best->enhanced);
        // qmail puts the enhanced code last: "553 sorry, ... rcpthosts (#5.7.1)".
        static const QRegularExpression trailing(u"\\(#([245]\\.\\d{1,3}\\.\\d{1,3})\\)"_s);
        if (const auto m = trailing.match(rest); entry.reply.enhancedCode.isEmpty() && m.hasMatch()) {
            entry.reply.enhancedCode = m.captured(1);
            rest.remove(m.capturedStart(0), m.capturedLength(0));
        }
    } else {
        static const QRegularExpression enhancedOnly(u"(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"_s);
        if (const auto m = enhancedOnly.match(text); m.hasMatch()) {
            entry.reply.enhancedCode = m.captured(1);
            entry.recipient = firstAddressIn(text.left(m.capturedStart(1)));
            rest = text.mid(m.capturedEnd(1));
            // qmail puts the code last: "<a@b.example>: - User disk quota exceeded. (#4.3.0)",
            // and may add a line of its own after it ("I'm not going to try again; ...").
            static const QRegularExpression closing(u"^[\\s)\\].,;]*"_s);
            static const QRegularExpression opening(u"\\(#?\\s*$"_s);
            if (opening.match(text.left(m.capturedStart(1))).hasMatch()) {
                static const QRegularExpression lead(u"^\\s*<[^<>\\s]+@[^<>\\s]+>:?\\s*-?\\s*|\\s*\\(?#?\\s*$"_s);
                const QString after = rest.remove(closing);
                rest = text.left(m.capturedStart(1)).remove(lead) + (after.isEmpty() ? QString() : u"\n"_s + after);
            }
        } else {
            entry.recipient = firstAddressIn(text);
            rest = text;
        }
    }
    if (entry.recipient.isEmpty())
        entry.recipient = firstAddressIn(rest);
    for (QString line : rest.split(u'\n')) {
        line = line.trimmed();
        while (line.startsWith(u'\'') || line.startsWith(u'"') || line.startsWith(u':'))
            line = line.mid(1).trimmed();
        while (line.endsWith(u'\'') || line.endsWith(u'"'))
            line.chop(1);
        if (!line.isEmpty())
            entry.reply.lines.append(line.trimmed());
    }
    return entry;
}

bool BounceParser::looksLikeMessage(const QString &input)
{
    static const QRegularExpression headers = ci(
        u"^(?:Final-Recipient|Diagnostic-Code|Reporting-MTA|Content-Type|Received|Return-Path|"
        "Message-ID|MIME-Version|X-Failed-Recipients):"_s);
    // A report pasted with its own header lines first ("From: MAILER-DAEMON", "Subject:").
    static const QRegularExpression messageHeaders = ci(
        u"^(?:(?:From|To|Cc|Subject|Date|Sender|Reply-To|Delivered-To|Auto-Submitted|X-[\\w-]+): [^\\n]*\\n){2}"_s);
    const QString head = input.left(maxReplyChars * 4);
    return headers.match(head).hasMatch() || messageHeaders.match(head).hasMatch();
}

QList<BounceEntry> BounceParser::parse(const QString &input)
{
    if (looksLikeMessage(input))
        return parseMessage(input.toUtf8());
    // The body of a report pasted without its headers may quote several recipients' replies
    // in paragraphs of their own (Postfix's "<a@b>: host ... said: 550 ..."): each is one
    // entry, never one reply made of all of them.
    QList<BounceEntry> entries = BounceTextReader::fromText(input);
    entries.removeIf([](const BounceEntry &e) { return e.reply.code >= 200 && e.reply.code < 400; });
    if (entries.size() >= 2)
        return BounceTextReader::deduplicate(entries);
    entries.clear();
    if (auto entry = parseReply(input))
        entries.append(*entry);
    return entries;
}


QList<BounceEntry> BounceParser::parseMessage(const QByteArray &message)
{
    const QList<MimeText::Part> parts = MimeText::textParts(message.left(maxInputBytes));
    QList<BounceEntry> fromDsn;
    QList<BounceEntry> delivered; // a success report's entries, when nothing failed
    QString human;
    QString html;
    // A delivery report sent as a plain-text attachment (o2switch's "details.txt") is one
    // all the same: its fields say so.
    static const QRegularExpression dsnFields(u"^\\s*Reporting-MTA:.*^Final-Recipient:.*^Action:"_s,
                                              QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption
                                                  | QRegularExpression::CaseInsensitiveOption);
    for (const auto &part : parts) {
        const bool plainReport = part.type == u"text/plain" && dsnFields.match(QStringView(part.text).left(8192)).hasMatch();
        if (part.type == u"message/delivery-status" || part.type == u"message/global-delivery-status" || plainReport) {
            const QString dsn = normaliseSpaces(part.text);
            fromDsn += DeliveryStatusReader::entries(dsn);
            delivered += DeliveryStatusReader::entries(dsn, DeliveryStatusReader::Actions::All);
        } else if (part.type == u"text/html") {
            html += part.text + u"\n\n"_s;
        } else {
            human += part.text + u"\n\n"_s;
        }
    }
    // A success notification (NOTIFY=SUCCESS, RFC 3464 "Action: delivered"): nothing
    // failed, and the report says so.
    if (fromDsn.isEmpty() && !delivered.isEmpty()) {
        for (BounceEntry &entry : delivered) {
            if (entry.reply.code == 0)
                entry.reply.code = 250;
            if (entry.reply.text().trimmed().isEmpty())
                entry.reply.lines = QStringList{entry.action};
        }
        return BounceTextReader::deduplicate(delivered);
    }
    if (human.trimmed().isEmpty())
        human = html;
    human = normaliseSpaces(human);
    // A message that MIME could not split (an mbox "From " line first) still starts with
    // the bounce's own headers: they are not the report.
    static const QRegularExpression ownHeaders(u"^(?:From |[A-Za-z][\\w-]*:[ \\t])"_s);
    if (ownHeaders.match(human).hasMatch()) {
        const qsizetype end = human.indexOf(u"\n\n"_s);
        human = end >= 0 ? human.mid(end + 2) : QString();
    }
    // The returned original follows these lines; its To: and Cc: are not failed recipients.
    static const QRegularExpression original = ci(
        u"^.*(?:This is a copy of the message|Original message (?:headers|follows)|"
        "-{3,} ?Original message ?-{3,}|Undelivered Message Headers|Included is a copy|"
        "Below this line is a copy of the message|Message headers? follows|"
        "original message (?:as received )?(?:is as follows|follows?)|first \\d+ lines of your (?:original )?message|"
        // Mailman's and other list servers' "Old message:", Lotus Domino's "Your message
        // reads (in part)", Novell's and older gateways' wording.
        "^Old message:|Unsent message below|header of the original message|^Message text follows|"
        "The text you sent follows|message reads \\(in part\\)|^original message(?: was)?:\\s*$).*$|"
        "^Content-Type: ?(?:message/rfc822|text/rfc822-headers)|"
        "^(?:Received: from|Return-Path: ?<|DKIM-Signature:|Message-I[dD]: ?<|ARC-Seal:)"_s);
    if (const auto m = original.match(human); m.hasMatch())
        human.truncate(m.capturedStart(0));

    QList<BounceEntry> readable = BounceTextReader::fromTranscript(human);
    if (readable.isEmpty())
        readable = BounceTextReader::fromText(human);
    // A success or greeting code quoted in a report is not the failure ("220 ready").
    readable.removeIf([](const BounceEntry &e) { return e.reply.code >= 200 && e.reply.code < 400; });
    // A report in words no rule knows still reports a failure ("Reason not recognised"),
    // but an auto-reply ("I am not available until ...") reports none.
    static const QRegularExpression autoReply = ci(
        u"^(?:Auto-Submitted:\\s*auto-replied|Precedence:\\s*auto_reply|X-Auto(?:reply|respond)\\w*:|"
        "Subject:[^\\n]*(?:Automatic reply|Auto(?:matic)?[ -]?(?:reply|response)|Out of (?:the )?office|Abwesen|"
        "R[ée]ponse automatique|Respuesta autom[áa]tica|Risposta automatica|vacation|自动回复|自動回覆|自動応答))"_s);
    if (readable.isEmpty() && fromDsn.isEmpty()) {
        // Only the message's own header lines, not the returned original's.
        const qsizetype end = message.indexOf("\n\n");
        const QString head = QString::fromUtf8(message.left(end < 0 ? 16 * 1024 : qMin<qsizetype>(end, 16 * 1024)));
        readable = BounceTextReader::fromWords(human, nullptr, !autoReply.match(head).hasMatch());
    }
    // A delay warning without a delivery-status part (Exim's "has not yet been delivered",
    // Exchange's and Gmail's "Delivery Status Notification (Delay)", sendmail's "Warning:
    // could not send message for past 4 hours"): the sending server is still trying, so
    // whatever its last attempt met is temporary. Words that say it gave up win.
    if (fromDsn.isEmpty() && !readable.isEmpty()) {
        static const QRegularExpression delayed = ci(
            u"^Subject:[^\n]*(?:\bdelay(?:ed)?\b|Warning: could not send|still being retried|not yet delivered|"
            "verz[öo]gert|Verz[öo]gerung|retard[ée]?|diff[ée]r[ée]|retrasad|ritardat)|has been delayed|"
            "not yet been delivered|(?:will|shall) (?:continue to |keep )?(?:retry|try again|trying)|still being retried|"
            "will be retried|could not send message for past|delivery (?:has been |is )?delayed|no action is required on your part|"
            // Sendmail's and Postfix's banner over a warning, Exim's "Delivery attempts will continue".
            "THIS IS A WARNING (?:MESSAGE )?ONLY|(?:YOU )?DO NOT NEED TO RESEND|(?:delivery )?attempts will continue|"
            "Zustellung (?:ist )?verz[öo]gert|remise (?:a [ée]t[ée] )?(?:retard|diff[ée]r)"_s);
        static const QRegularExpression gaveUp = ci(
            u"permanent(?:ly)? (?:error|failure|failed)|will not (?:be )?retr|(?:no|not) (?:longer )?(?:be )?retr(?:y|ied)|"
            "gave up|giving up|not going to try again|has expired|retry timeout exceeded|too long (?:in|on) the queue"_s);
        // The bounce's own header block only: the returned message has a Subject too.
        QString headers = QString::fromUtf8(message.left(16 * 1024));
        headers.replace(u"\r\n"_s, u"\n"_s);
        if (const qsizetype end = headers.indexOf(u"\n\n"_s); end >= 0)
            headers.truncate(end);
        const bool stopped = gaveUp.match(human).hasMatch();
        if ((delayed.match(headers).hasMatch() || delayed.match(human).hasMatch()) && !stopped) {
            for (BounceEntry &entry : readable) {
                if (entry.action.isEmpty())
                    entry.action = u"delayed"_s;
            }
        }
        // qmail's "I'm not going to try again; this message has been in the queue too long"
        // over the last attempt's "(#4.4.1)": it gave up after temporary errors, as a
        // delivery-status part would say with "Action: failed" and a 4.x.x status.
        static const QRegularExpression expiredWords = ci(
            u"not going to try again|(?:in|on) the queue too long|too long (?:in|on) the queue|retry timeout exceeded|"
            "could not be delivered for (?:more than )?\\d+ (?:days|hours)"_s);
        if (stopped && expiredWords.match(human).hasMatch()) {
            for (BounceEntry &entry : readable) {
                if (entry.action.isEmpty())
                    entry.action = u"failed"_s;
            }
        }
    }
    if (!fromDsn.isEmpty()) {
        BounceTextReader::mergeStages(fromDsn, readable);
        // A delivery-status part without Diagnostic-Code gives only a status code; the
        // human-readable part often says what happened ("Last attempt failed because:
        // Can't connect to host"). With one recipient, those words complete it.
        // Words that name a cause also outrank a Status comment, which most often only
        // restates the code ("4.4.1 (Persistent transient failure - routing/network: no
        // answer from host)").
        // So do they when the Diagnostic-Code carries no reply and the status is the
        // generic X.0.0 (an X.400 gateway's "Reason 1 (Unable-To-Transfer)").
        const BounceEntry &only = fromDsn.first();
        const bool saysNothing = !only.hasDiagnostic
            || (only.reply.code == 0 && (only.reply.enhancedCode.isEmpty() || only.reply.enhancedCode.endsWith(u".0.0"_s)));
        if (fromDsn.size() == 1 && saysNothing) {
            bool named = !readable.isEmpty();
            const QList<BounceEntry> words = readable.isEmpty() ? BounceTextReader::fromWords(human, &named) : readable;
            if (named && !words.isEmpty() && !words.first().reply.text().trimmed().isEmpty()) {
                BounceEntry &entry = fromDsn.first();
                if (entry.reply.code == 0)
                    entry.reply.code = words.first().reply.code;
                entry.reply.lines = words.first().reply.lines;
                if (!entry.stage)
                    entry.stage = words.first().stage;
            }
        }
        return BounceTextReader::deduplicate(fromDsn);
    }
    return BounceTextReader::deduplicate(readable);
}
