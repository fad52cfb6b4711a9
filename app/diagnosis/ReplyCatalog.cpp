#include "diagnosis/ReplyCatalog.h"

#include "diagnosis/CatalogTables.h"
#include "diagnosis/CauseMerger.h"
#include "diagnosis/CodeLookup.h"
#include "diagnosis/RuleMatcher.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CatalogTables;
using namespace CodeLookup;
using Model::Category;
using Model::Severity;

namespace {

void appendUnique(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

QString classSentence(int codeClass)
{
    switch (codeClass) {
    case 2: return ReplyCatalog::tr("The server reports success.");
    case 4:
        return ReplyCatalog::tr("This is a temporary failure: a mail server keeps retrying for a "
                                "while, and the same attempt may succeed later.");
    case 5:
        return ReplyCatalog::tr("This is a permanent failure: sending again fails the same way "
                                "until the cause is fixed.");
    default: return {};
    }
}

// An address problem in reply to MAIL FROM concerns the sender, not a recipient.
Category adjustForStage(Category category, Model::Stage stage)
{
    // Refused before any command: the only thing the server knows is the client's address.
    if ((stage == Model::Stage::Greeting || stage == Model::Stage::Connect) && category == Category::Policy)
        return Category::ClientBlocked;
    // A sign-in refused because the account is locked is the sign-in failing ("535 5.7.0
    // The account is locked"), not a recipient's mailbox switched off.
    if (stage == Model::Stage::Auth && category == Category::MailboxDisabled)
        return Category::AuthFailed;
    if (stage != Model::Stage::Mail)
        return category;
    switch (category) {
    case Category::RecipientUnknown:
    case Category::RecipientMoved:
    case Category::MailboxDisabled:
    case Category::DomainNotFound:
    case Category::DomainAcceptsNoMail: return Category::SenderRejected;
    default: return category;
    }
}

// A pasted text without a code: only its words say whether waiting helps.
Severity severityOfWords(Category category, const QString &text)
{
    static const QRegularExpression temporary(
        // A port (":465", "port: 465") is no reply code.
        u"temporar|try (again )?later|deferr(ed|al)|will be retried|retry|(?<!port )(?<!port: )(?<![:.])\\b4\\d\\d\\b|\\b4\\.\\d|"
        // Delay warnings: the sending server is still trying.
        "delayed|postponed|warning message only|(do not|don.t) need to resend|not yet been delivered|will (continue|keep) (trying|to (attempt|try))|attempts will continue"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A broken or refused connection and a time-out are conditions a sending server
    // retries, whatever words describe them.
    if (category == Category::Greylisted || category == Category::RateLimited || category == Category::Network
        || category == Category::Timeout || temporary.match(text).hasMatch())
        return Severity::Transient;
    return Severity::Permanent;
}

// The text a phrase rule borrows: "X.2.2", "rule:<id>" or "problem:<key>".
Explanation textOf(const char *explainedBy)
{
    Explanation e;
    const QString ref = QString::fromUtf8(explainedBy);
    if (ref.startsWith(u"rule:"_s)) {
        if (const ProviderRow *row = RuleMatcher::providerRow(QStringView(ref).mid(5)))
            fill(e, row->text);
    } else if (ref.startsWith(u"problem:"_s)) {
        const auto problem = Model::fromKey<Model::Problem>(QStringView(ref).mid(8));
        for (const auto &row : problemRows()) {
            if (problem && row.problem == *problem)
                fill(e, row.text);
        }
    } else if (const auto code = parseEnhanced(u"5"_s + ref.mid(1))) {
        if (const EnhancedRow *row = findEnhanced(code->subject, code->detail)) {
            fill(e, row->text);
            e.references.prepend(enhancedReference(*code));
        }
    }
    return e;
}
} // namespace

void CatalogTables::fill(Explanation &e, const Text &text)
{
    e.title = ReplyCatalog::tr(text.title);
    e.meaning = ReplyCatalog::tr(text.meaning);
    for (const char *cause : text.causes) {
        if (cause)
            appendUnique(e.causes, ReplyCatalog::tr(cause));
    }
    for (const char *step : text.nextSteps) {
        if (step)
            appendUnique(e.nextSteps, ReplyCatalog::tr(step));
    }
    if (text.reference)
        appendUnique(e.references, QString::fromUtf8(text.reference));
}

Severity ReplyCatalog::severityForClass(int codeClass)
{
    switch (codeClass) {
    case 2: return Severity::Success;
    case 3: return Severity::Intermediate;
    case 4: return Severity::Transient;
    case 5: return Severity::Permanent;
    default: return Severity::Info;
    }
}

Explanation ReplyCatalog::explainClassDefault(int codeClass)
{
    Explanation e;
    e.severity = severityForClass(codeClass);
    e.category = codeClass == 2 || codeClass == 3 ? Category::Accepted : Category::Other;
    e.ruleId = u"class-%1"_s.arg(codeClass);
    e.references << u"RFC 5321 §4.2.1"_s;
    switch (codeClass) {
    case 2:
        e.title = tr("Success");
        e.meaning = tr("The server did what was asked.");
        e.causes << tr("The command was accepted.");
        e.nextSteps << tr("Nothing to do for this step.");
        break;
    case 3:
        e.title = tr("Waiting for more");
        e.meaning = tr("The server accepted the command and waits for more input.");
        e.causes << tr("The command needs a second part (a message body or a sign-in answer).");
        e.nextSteps << tr("Send what the server asks for.");
        break;
    case 4:
        e.title = tr("Temporary failure");
        e.meaning = tr("The server could not do it now but may later.") + u' ' + classSentence(4);
        e.causes << tr("The server is busy, limits the sender, or waits for a retry.");
        e.nextSteps << tr("Try again in a few minutes; if it persists, read the server's text.");
        break;
    case 5:
        e.title = tr("Permanent failure");
        e.meaning = tr("The server refused the request.") + u' ' + classSentence(5);
        e.causes << tr("The server's rules or data do not allow the request.");
        e.nextSteps << tr("Read the server's text and fix the cause before sending again.");
        break;
    default: return {};
    }
    return e;
}

Explanation ReplyCatalog::explainBasicCode(int code, Model::Stage stage)
{
    const BasicRow *row = findBasic(code, stage);
    if (!row) {
        Explanation e = explainClassDefault(code / 100);
        e.code = code;
        return e;
    }
    Explanation e;
    fill(e, row->text);
    e.code = code;
    e.severity = severityForClass(code / 100);
    e.category = row->category;
    e.ruleId = u"basic-%1"_s.arg(code);
    if (row->stages != anyStage)
        e.ruleId += u'-' + Model::key(stage);
    return e;
}

Explanation ReplyCatalog::explainEnhancedCode(const QString &enhancedCode)
{
    const auto code = parseEnhanced(enhancedCode);
    if (!code)
        return {};
    const EnhancedRow *row = findEnhanced(code->subject, code->detail);
    if (!row)
        return {};
    Explanation e;
    fill(e, row->text);
    const QString sentence = classSentence(code->codeClass);
    if (!sentence.isEmpty())
        e.meaning += u' ' + sentence;
    e.enhancedCode = enhancedCode.trimmed();
    e.severity = severityForClass(code->codeClass);
    e.category = code->codeClass == 2 ? Category::Accepted
        : (code->codeClass == 4 && row->transientCategory != Category::Other) ? row->transientCategory
                                                                               : row->category;
    e.references.prepend(enhancedReference(*code));
    e.ruleId = u"enhanced-X.%1.%2"_s.arg(code->subject).arg(code->detail);
    return e;
}

Explanation ReplyCatalog::explainReply(Model::Stage stage, const SmtpReply &reply)
{
    const auto enhanced = parseEnhanced(reply.enhancedCode);
    const int codeClass = reply.code >= 200 && reply.code < 600 ? reply.codeClass()
        : enhanced                                               ? enhanced->codeClass
                                                                 : 0;
    const bool failure = codeClass == 0 || codeClass == 4 || codeClass == 5;
    const EnhancedRow *enhancedRow = enhanced ? findEnhanced(enhanced->subject, enhanced->detail) : nullptr;
    const auto enhancedCategory = [&] {
        return codeClass == 4 && enhancedRow->transientCategory != Category::Other ? enhancedRow->transientCategory
                                                                                   : enhancedRow->category;
    };
    // Real servers use these codes for anything; words next to them decide.
    const bool looseEnhanced = enhanced && isLooseEnhanced(*enhanced);

    Explanation e;
    QString words; // the words that decided, when words did
    if (failure && !reply.text().trimmed().isEmpty()) {
        QString subject = reply.summaryLine().left(4000).simplified();
        // qmail's logs join the words of a reply with underscores
        // ("does_not_like_recipient./Remote_host_said:_550_No_such_user"): read them as spaces.
        // So does a short one ("delivery 245: failure: Unable_to_run_qmail-remote./"): words
        // in lower case joined so, unlike the upper-case codes some filters name
        // ("GLOBAL_SMTP_FROM_BL").
        static const QRegularExpression joinedWords(u"\\b[A-Za-z][a-z]+_[a-z]+_[a-z]+"_s);
        if (subject.count(u'_') > 2 * (subject.count(u' ') + 1) || joinedWords.match(subject).hasMatch())
            subject.replace(u'_', u' ');
        // A provider's own text first; then plain words; a generic rule's text (written
        // for one common phrasing) explains words of its category.
        auto rule = RuleMatcher::provider(subject, codeClass, RuleMatcher::Rules::Specific);
        auto phrase = rule ? RuleMatcher::Hit<PhraseRow>{} : RuleMatcher::phrase(subject, codeClass);
        if (phrase && !appliesAt(*phrase.row, stage))
            phrase = {};
        // Postfix names the restriction that refused ("Sender address rejected:", "Helo
        // command rejected:") and then the reason its administrator wrote ("Too many
        // connections", "Server busy"): a reason that names a specific cause decides.
        static const QRegularExpression restriction(
            u"(Sender address|Recipient address|Client host|Helo command|Data command|End-of-data) rejected:"
            "\\s*(?:<[^>]*>:?\\s*)?(\\S.*)$"_s, QRegularExpression::CaseInsensitiveOption);
        if (const auto m = restriction.match(subject); m.hasMatch()) {
            const QString reason = m.captured(2);
            const auto byRule = RuleMatcher::provider(reason, codeClass, RuleMatcher::Rules::Specific);
            const auto byWords = byRule ? RuleMatcher::Hit<PhraseRow>{} : RuleMatcher::phrase(reason, codeClass);
            const Category named = byRule ? byRule.row->category : byWords ? byWords.row->category : Category::Other;
            const Category before = rule ? rule.row->category : phrase ? phrase.row->category : Category::Other;
            // Words about an address or a domain after "Sender address rejected:" or "Helo
            // command rejected:" are about the sender or the EHLO name ("Domain not found",
            // "Host not found"), which the restriction's own rule says already.
            const bool aboutAddress = named == Category::RecipientUnknown || named == Category::DomainNotFound
                || named == Category::MailboxDisabled || named == Category::RecipientMoved
                || named == Category::DomainAcceptsNoMail;
            const bool specific = named != Category::Policy && named != Category::Other
                && !(aboutAddress && !m.captured(1).startsWith(u"Recipient"_s, Qt::CaseInsensitive))
                && !(byWords && namesNoCause(*byWords.row));
            if (specific && named != before) {
                rule = byRule;
                phrase = byWords;
            } else if (named == Category::RecipientUnknown && m.captured(1).startsWith(u"Sender"_s, Qt::CaseInsensitive)) {
                // "Sender address rejected: User unknown in local recipient table": the
                // sender is unknown, not a recipient.
                if (const auto sender = RuleMatcher::phraseById("phrase-sender-rejected", subject); sender) {
                    rule = {};
                    phrase = sender;
                }
            }
        }
        if (!rule) {
            const auto generic = RuleMatcher::provider(subject, codeClass, RuleMatcher::Rules::Generic);
            if (generic && (!phrase || phrase.row->category == generic.row->category))
                rule = generic;
        }
        const Category said = rule ? rule.row->category : phrase ? phrase.row->category : Category::Other;
        // Words about symptoms ("timeout", "error", "unavailable") say less than a specific
        // code of the transport or the system ("421 4.4.2 Error: timeout exceeded").
        const bool symptom = said == Category::Network || said == Category::Timeout || said == Category::ServerUnavailable;
        // Except for X.4.1 "No answer from host" and X.4.2 "Bad connection": MTAs send
        // them for any failed connection (sendmail's "Connection refused by <host>", "451
        // 4.4.2 Bad connection (io timeout)"), and the words ("refused", "read error",
        // "timed out") say which kind it was.
        // The same holds for a server that answers with them to say it is busy ("421 4.4.1
        // Network is busy"): it answered, so the words decide.
        const bool wordsPickConnection = enhanced && enhanced->subject == 4 && (enhanced->detail == 1 || enhanced->detail == 2)
            && symptom;
        // An NDR's intro sentence ("could not be delivered to the following recipients")
        // names no cause: any specific code says more.
        const bool noCause = phrase && namesNoCause(*phrase.row);
        // A DNS failure during a security check ("450 4.7.25 DNS error during policy check"):
        // the specific X.7 code names the check, the words only how it failed.
        const bool dnsDuringCheck = phrase && !rule && said == Category::DomainNotFound && enhancedRow && !looseEnhanced
            && enhanced->subject == 7;
        // "501 5.1.3 Invalid address": X.1.3 says the address's form is wrong, and "invalid"
        // agrees; only words that say the mailbox does not exist outrank it.
        const bool syntaxOfAddress = phrase && !rule && said == Category::RecipientUnknown && enhanced
            && enhanced->subject == 1 && enhanced->detail == 3 && phrase.matched.startsWith(u"invalid"_s, Qt::CaseInsensitive);
        const bool codeSaysMore = dnsDuringCheck || syntaxOfAddress || (phrase && !rule && enhancedRow && !looseEnhanced && noCause)
            || (phrase && !rule && symptom && enhancedRow && !looseEnhanced && !wordsPickConnection
                && (enhanced->subject == 3 || enhanced->subject == 4));
        // Words that only restate a specific enhanced code: the code's own entry explains.
        const bool restatesCode = codeSaysMore || (enhancedRow && !looseEnhanced && enhancedCategory() == said
            && (phrase || (rule && QByteArrayView(rule.row->id).startsWith("generic-"))));
        words = rule ? rule.matched : phrase.matched;
        if (rule && !restatesCode) {
            fill(e, rule.row->text);
            e.category = rule.row->category;
            e.ruleId = QString::fromUtf8(rule.row->id);
        } else if (phrase && !restatesCode) {
            e = textOf(phrase.row->explainedBy);
            e.category = phrase.row->category;
            e.ruleId = QString::fromUtf8(phrase.row->id);
            // Words alone that say delivery failed ("could not be delivered to one or more
            // recipients") and no code: X.0.0's text would speak of a code that is not there.
            if (noCause && reply.code == 0 && reply.enhancedCode.isEmpty()) {
                e.title = tr("No reason given");
                e.meaning = tr("The report says the message was not delivered, but names no reason: no reply code, "
                               "no status code, no error text.");
                e.causes = {tr("The server that wrote the report leaves the reason out."),
                            tr("The reason is in a part of the report that is not here (its delivery-status part or "
                               "an attachment).")};
                e.nextSteps = {tr("Explain the whole bounce message as it was received, with its attachments, not "
                                  "only its first lines."),
                               tr("Ask the administrator of the server that wrote the report for its log entry of "
                                  "this message.")};
                e.references.clear(); // X.0.0's references are about a code
            }
        }
        if (e.isValid()) {
            e.severity = codeClass ? severityForClass(codeClass) : severityOfWords(e.category, subject);
            e.category = adjustForStage(e.category, stage);
            const QString sentence = classSentence(codeClass);
            if (!sentence.isEmpty())
                e.meaning += u' ' + sentence;
        }
    }

    // The sign-in codes of RFC 4954 (530, 534, 535, 538) say what happened whatever loose
    // enhanced code comes with them ("535 5.7.1 Bad credentials").
    const bool signInCode = reply.code == 530 || reply.code == 534 || reply.code == 535 || reply.code == 538;
    const bool genericEnhanced = enhanced && reply.code != 0
        && (((enhanced->subject == 0 || enhanced->subject == 7) && enhanced->detail == 0) || (signInCode && looseEnhanced));
    bool byCodeAlone = false;
    if (!e.isValid() && failure && enhancedRow && !genericEnhanced) {
        e = explainEnhancedCode(reply.enhancedCode);
        // The basic code's class decides when the two disagree ("451 5.7.1").
        e.severity = severityForClass(codeClass);
        e.category = adjustForStage(enhancedCategory(), stage);
        byCodeAlone = words.isEmpty();
    }

    const BasicRow *basic = reply.code != 0 ? findBasic(reply.code, stage) : nullptr;
    if (!e.isValid() && reply.code != 0) {
        e = explainBasicCode(reply.code, stage);
        byCodeAlone = failure;
    }
    if (!e.isValid() && reply.code == 0 && reply.enhancedCode.isEmpty()) {
        // No code, no rule: say so rather than nothing, when the words report a failure.
        e = explainUnrecognisedWords(reply.text());
        if (e.isValid())
            e.severity = severityOfWords(e.category, reply.text());
        return e;
    }
    if (!e.isValid())
        return {};

    if (failure) {
        // One list from every source that speaks of the same problem, most specific first.
        CauseMerger causes(e.category, e.severity);
        CauseMerger steps(e.category, e.severity);
        causes.add(e.causes);
        steps.add(e.nextSteps);
        if (enhancedRow && !e.ruleId.startsWith(u"enhanced-") && enhancedCategory() == e.category && !looseEnhanced) {
            Explanation code;
            fill(code, enhancedRow->text);
            causes.add(code.causes, true);
            steps.add(code.nextSteps, true);
        }
        if (basic && basic->category == e.category && !e.ruleId.startsWith(u"basic-")) {
            Explanation code;
            fill(code, basic->text);
            causes.add(code.causes, true);
            steps.add(code.nextSteps, true);
        }
        e.causes = causes.items();
        e.nextSteps = steps.items();
    }
    if (basic)
        appendUnique(e.references, QString::fromUtf8(basic->text.reference));
    if (enhanced && !e.ruleId.startsWith(u"enhanced-"))
        appendUnique(e.references, enhancedReference(*enhanced));

    if (!words.isEmpty())
        e.matched = words;
    else if (e.ruleId.startsWith(u"enhanced-"))
        e.matched = reply.enhancedCode;
    else if (reply.code != 0)
        e.matched = QString::number(reply.code);
    if (byCodeAlone) {
        e.meaning = reply.text().trimmed().isEmpty()
            ? tr("The server gave no reason; by its code alone this means: %1").arg(e.meaning)
            : tr("The server's words name no cause the catalogue knows; by its code alone this means: %1").arg(e.meaning);
    }
    if (codeClass == 2 || codeClass == 3)
        e.category = Category::Accepted;
    e.code = reply.code;
    e.enhancedCode = reply.enhancedCode;
    return e;
}

QList<int> ReplyCatalog::basicCodes()
{
    QList<int> codes;
    for (const auto &table : {basicStageRows(), basicRows()}) {
        for (const auto &row : table) {
            if (!codes.contains(row.code))
                codes.append(row.code);
        }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList ReplyCatalog::enhancedCodes()
{
    QStringList codes;
    for (const auto &table : {enhancedAddressRows(), enhancedSystemRows(), enhancedSecurityRows()}) {
        for (const auto &row : table)
            codes.append(u"X.%1.%2"_s.arg(row.subject).arg(row.detail));
    }
    return codes;
}

QStringList ReplyCatalog::providerRuleIds()
{
    return RuleMatcher::providerRuleIds();
}
