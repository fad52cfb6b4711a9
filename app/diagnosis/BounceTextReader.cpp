#include "diagnosis/BounceTextReader.h"

#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/RuleMatcher.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::MultilineOption);
}

bool hasReplyLine(const QString &paragraph, const BounceEntry &entry)
{
    if (entry.reply.code == 0)
        return false;
    if (!entry.reply.enhancedCode.isEmpty())
        return true;
    static const QRegularExpression introduced =
        ci(u"(?:said:|returned|error:|<<<|was:|^\\s*#?)\\s*'?[2-5]\\d\\d[ -]"_s);
    return introduced.match(paragraph).hasMatch();
}

// A report that gives one reason (or none) for several recipients lists them after it,
// each alone in its paragraph (Sina: "<a@sina.com>:" and "<b@sina.com>:"): each of
// them is one entry with that reason.
QList<BounceEntry> withListedRecipients(const BounceEntry &entry, const QStringList &paragraphs)
{
    static const QRegularExpression addressLine = ci(u"^\\s*<?[^\\s<>@\"]+@[^\\s<>@\"]+>?:?\\s*$"_s);
    QList<BounceEntry> entries{entry};
    for (const QString &paragraph : paragraphs) {
        const QStringList lines = paragraph.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty() || lines.size() > 20)
            continue;
        QStringList addresses;
        for (const QString &line : lines) {
            if (!addressLine.match(line).hasMatch()) {
                addresses.clear();
                break;
            }
            addresses.append(BounceParser::firstAddress(line));
        }
        for (const QString &address : std::as_const(addresses)) {
            const bool known = address.isEmpty() || std::any_of(entries.cbegin(), entries.cend(), [&](const BounceEntry &e) {
                return e.recipient.compare(address, Qt::CaseInsensitive) == 0;
            });
            if (known || entries.size() >= 100)
                continue;
            if (entries.size() == 1 && entries.first().recipient.isEmpty()) {
                entries.first().recipient = address;
                continue;
            }
            BounceEntry listed = entry;
            listed.recipient = address;
            entries.append(listed);
        }
    }
    return entries;
}

} // namespace

// Human-readable NDRs: each paragraph that quotes a reply is one recipient's story; the
// recipient is named in it or in the paragraph before.
QList<BounceEntry> BounceTextReader::fromText(const QString &text)
{
    QList<BounceEntry> entries;
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    static const QRegularExpression postfixStart(u"^\\s*<([^<>\\s]+@[^<>\\s]+)>:"_s);
    static const QRegularExpression word(u"\\w{3}"_s);
    const QStringList paragraphs = text.split(blank, Qt::SkipEmptyParts);
    QString previousAddress;
    for (qsizetype i = 0; i < paragraphs.size() && entries.size() < BounceParser::maxEntries; ++i) {
        const QString &paragraph = paragraphs.at(i);
        auto parsed = BounceParser::parseReply(paragraph);
        // Microsoft 365 lists each attempt as "Server at X returned '<reply>'", its own
        // summary first ("400 4.4.7 Message delayed"), the latest attempt last: that one
        // says what went wrong.
        static const QRegularExpression attempt(u"returned '([2-5]\\d\\d[ -][^'\\n]*)'"_s);
        QString latest;
        int attempts = 0;
        for (auto it = attempt.globalMatch(paragraph); it.hasNext(); ++attempts)
            latest = it.next().captured(1);
        if (attempts >= 2) {
            if (auto last = BounceParser::parseReply(latest))
                parsed = last;
        }
        const auto postfix = postfixStart.match(paragraph);
        // qmail and Postfix name the address first; an address with nothing after it is
        // a list of who failed, not a reason.
        const bool saysWhy = postfix.hasMatch() && parsed
            && (parsed->reply.code != 0 || !parsed->reply.enhancedCode.isEmpty()
                || paragraph.mid(postfix.capturedEnd(0)).contains(word));
        const bool useful = parsed && (hasReplyLine(paragraph, *parsed) || saysWhy);
        if (!useful) {
            const QString address = BounceParser::firstAddress(paragraph);
            if (!address.isEmpty())
                previousAddress = address;
            continue;
        }
        BounceEntry entry = *parsed;
        if (postfix.hasMatch())
            entry.recipient = postfix.captured(1);
        if (entry.recipient.isEmpty())
            entry.recipient = BounceParser::firstAddress(paragraph);
        if (entry.recipient.isEmpty())
            entry.recipient = previousAddress;
        entries.append(entry);
    }
    return entries;
}

// Sendmail's transcript: ">>> RCPT To:<x>" then "<<< 550 ..." names recipient and stage.
QList<BounceEntry> BounceTextReader::fromTranscript(const QString &input)
{
    QList<BounceEntry> entries;
    // MDaemon logs the session with a time on each line and arrows the other way round
    // (" Mon 2025-03-03 10:00:01: --> RCPT To:<x>", "...: <-- 552 ..."): read as Sendmail's.
    static const QRegularExpression sent(u"^[^\\n]{0,40}?\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?:?[ \\t]+-->[ \\t]?"_s,
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression received(u"^[^\\n]{0,40}?\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?:?[ \\t]+<--[ \\t]?"_s,
                                             QRegularExpression::MultilineOption);
    QString text = input;
    if (text.contains(u"--> "_s))
        text.replace(sent, u">>> "_s).replace(received, u"<<< "_s);
    static const QRegularExpression pair = ci(
        u"^>>>\\s*(MAIL From|RCPT To|DATA|\\.|EHLO|HELO|STARTTLS|AUTH)[^\\n]*\\n((?:<<<[^\\n]*\\n?)+)"_s);
    static const QRegularExpression talking = ci(u"while talking to\\s+([A-Za-z0-9._-]+?)\\.?\\s*:"_s);
    const QString mta = talking.match(text).captured(1);
    auto it = pair.globalMatch(text);
    while (it.hasNext() && entries.size() < BounceParser::maxEntries) {
        const auto m = it.next();
        auto entry = BounceParser::parseReply(m.captured(2));
        if (!entry || entry->reply.code < 400)
            continue;
        const QString command = m.captured(1).toUpper();
        entry->stage = command.startsWith(u"RCPT") ? Model::Stage::Rcpt
            : command.startsWith(u"MAIL")          ? Model::Stage::Mail
            : command == u"DATA"                   ? Model::Stage::Data
            : command == u"."                      ? Model::Stage::Message
            : command == u"STARTTLS"               ? Model::Stage::StartTls
            : command == u"AUTH"                   ? Model::Stage::Auth
                                                   : Model::Stage::Ehlo;
        // The address in RCPT TO is the recipient; the one in MAIL FROM is the sender's,
        // never a recipient (Courier's report shows MAIL FROM when the sender was refused).
        const QString line = m.captured(0);
        const QString address = BounceParser::firstAddress(line.section(u'\n', 0, 0));
        if (!address.isEmpty() && entry->stage != Model::Stage::Mail)
            entry->recipient = address;
        entry->remoteMta = mta;
        entries.append(*entry);
    }
    return entries;
}

// Reports without a reply code (Exchange IMS, Domino, GroupWise, IMail, ISP notices): the
// first paragraph whose words name a cause is the failure; else the first that says
// delivery failed at all.
QList<BounceEntry> BounceTextReader::fromWords(const QString &text, bool *namesCause, bool orFailureWords)
{
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    // A confidentiality footer speaks of "attachments" and use "prohibited": not a reason.
    static const QRegularExpression disclaimer = ci(
        u"(?:received (?:this|it|this (?:e-?mail|message)) in error|intended (?:solely |only )?for the (?:use of the )?"
        "(?:addressee|designated recipient|individual)|for the designated recipient only|"
        "(?:privileged|confidential) (?:and|or|,) ?(?:confidential|proprietary|privileged))"_s);
    QStringList paragraphs = text.split(blank, Qt::SkipEmptyParts);
    // Gmail's and Google Workspace's reports introduce the remote server's words ("The
    // response was:", "The error that the other server returned was:") after a sentence of
    // their own ("There was a temporary problem delivering your message"): those words are
    // read first.
    static const QRegularExpression introducesReply = ci(
        u"^\\s*(?:The response(?: from the remote server)? was|The error that the other server returned was|"
        "Technical details of (?:permanent|temporary) failure)\\s*:?\\s*$"_s);
    QString introAddress;
    for (qsizetype i = 0; i + 1 < paragraphs.size() && i < 40; ++i) {
        if (introducesReply.match(paragraphs.at(i).trimmed()).hasMatch()) {
            // The recipient is named in the report's own sentence before the quote.
            introAddress = BounceParser::firstAddress(paragraphs.mid(0, i + 1).join(u'\n'));
            paragraphs = paragraphs.mid(i + 1) + paragraphs.mid(0, i + 1);
            break;
        }
    }
    std::optional<BounceEntry> vague;
    std::optional<BounceEntry> worded; // the first paragraph that says something failed
    QString previousAddress = introAddress;
    if (namesCause)
        *namesCause = false;
    // The report quotes the original's headers ("To:", "Subject: Virus warning") and
    // lines of it ("> Received: ..."), and may carry raw MIME part headers: none of them
    // is the failure text.
    static const QRegularExpression quoted = ci(
        u"^\\s*(?:>.*|--[-=_\\w.]{6,}\\s*|(?:To|Cc|Bcc|From|Subject|Sent|Date|Received|Return-Path|"
        "Message-I[dD]|MIME-Version|Content-[\\w-]+|X-[\\w-]+|Precedence|Sender|Reply-To|References|In-Reply-To)"
        ":.*)$\\n?"_s);
    for (QString paragraph : paragraphs.mid(0, 40)) {
        paragraph.remove(quoted);
        const QString flat = paragraph.simplified().left(2000);
        if (flat.isEmpty() || disclaimer.match(flat).hasMatch())
            continue;
        const auto provider = RuleMatcher::provider(flat, 5, RuleMatcher::Rules::Specific);
        const auto phrase = provider ? RuleMatcher::Hit<CatalogTables::PhraseRow>{} : RuleMatcher::phrase(flat, 5);
        const bool names = provider || (phrase && !CatalogTables::namesNoCause(*phrase.row));
        const QString address = BounceParser::firstAddress(paragraph);
        if (orFailureWords && !worded && !provider && !phrase && ReplyCatalog::explainUnrecognisedWords(flat).isValid()) {
            worded = BounceEntry{};
            worded->reply.lines = QStringList{flat};
            worded->recipient = address.isEmpty() ? previousAddress : address;
        }
        if (names || (phrase && !vague)) {
            BounceEntry entry;
            entry.reply.lines = QStringList{flat};
            entry.recipient = address.isEmpty() ? previousAddress : address;
            entry.stage = BounceParser::stageFromText(flat);
            if (names) {
                if (namesCause)
                    *namesCause = true;
                return withListedRecipients(entry, paragraphs.mid(0, 40));
            }
            vague = entry;
        }
        if (!address.isEmpty())
            previousAddress = address;
        // qmail's intro comes before the list of who failed.
        if (vague && vague->recipient.isEmpty())
            vague->recipient = address;
    }
    if (vague)
        return withListedRecipients(*vague, paragraphs.mid(0, 40));
    if (worded)
        return withListedRecipients(*worded, paragraphs.mid(0, 40));
    return {};
}

void BounceTextReader::mergeStages(QList<BounceEntry> &entries, const QList<BounceEntry> &fromHumanText)
{
    for (auto &entry : entries) {
        for (const auto &other : fromHumanText) {
            // The same recipient, or, where the text names none (a refused MAIL FROM), the
            // same reply word for word.
            const bool sameRecipient = other.recipient.compare(entry.recipient, Qt::CaseInsensitive) == 0;
            const bool sameReply = other.recipient.isEmpty() && other.reply.code != 0
                && other.reply.code == entry.reply.code && other.reply.text() == entry.reply.text();
            if (!sameRecipient && !sameReply)
                continue;
            if (!entry.stage)
                entry.stage = other.stage;
            if (entry.remoteMta.isEmpty())
                entry.remoteMta = other.remoteMta;
            if (entry.reply.code == 0 && other.reply.code != 0)
                entry.reply = other.reply;
            break;
        }
    }
}

QList<BounceEntry> BounceTextReader::deduplicate(const QList<BounceEntry> &entries)
{
    QList<BounceEntry> unique;
    QSet<QString> seen;
    for (const auto &entry : entries) {
        const QString key = entry.recipient.toLower() + u'|' + QString::number(entry.reply.code)
            + u'|' + entry.reply.enhancedCode;
        if (seen.contains(key))
            continue;
        // Once a recipient has an entry, keep one per recipient.
        bool known = false;
        for (const auto &u : std::as_const(unique))
            known = known || (!entry.recipient.isEmpty() && u.recipient.compare(entry.recipient, Qt::CaseInsensitive) == 0);
        if (known)
            continue;
        seen.insert(key);
        unique.append(entry);
    }
    return unique;
}

