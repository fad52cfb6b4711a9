#include "diagnosis/ReplyCatalog.h"

#include "diagnosis/CatalogTables.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CatalogTables;
using Model::Category;
using Model::Severity;

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "smtpwizard.diagnosis")

void appendUnique(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

void fill(Explanation &e, const Text &text)
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

struct EnhancedCode
{
    int codeClass = 0;
    int subject = -1;
    int detail = -1;
};

std::optional<EnhancedCode> parseEnhanced(const QString &code)
{
    static const QRegularExpression pattern(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    const auto match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return EnhancedCode{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
}

const EnhancedRow *findEnhanced(int subject, int detail)
{
    for (const auto &table : {enhancedAddressRows(), enhancedSystemRows(), enhancedSecurityRows()}) {
        for (const auto &row : table) {
            if (row.subject == subject && row.detail == detail)
                return &row;
        }
    }
    return nullptr;
}

const BasicRow *findBasic(int code, Model::Stage stage)
{
    for (const auto &table : {basicStageRows(), basicRows()}) {
        for (const auto &row : table) {
            if (row.code == code && matches(row.stages, stage))
                return &row;
        }
    }
    return nullptr;
}

struct CompiledRule
{
    const ProviderRow *row;
    QRegularExpression pattern;
};

const std::vector<CompiledRule> &compiledRules()
{
    // Compiled once: the catalogue is asked for every reply of every session.
    static const std::vector<CompiledRule> rules = [] {
        std::vector<CompiledRule> compiled;
        for (const auto &table : {microsoftRows(), googleYahooRows(), mtaRows()}) {
            for (const auto &row : table) {
                QRegularExpression re(QString::fromUtf8(row.pattern),
                                      QRegularExpression::CaseInsensitiveOption);
                if (!re.isValid())
                    qCWarning(lcCatalog) << "invalid provider pattern" << row.id << re.errorString();
                compiled.push_back({&row, re});
            }
        }
        return compiled;
    }();
    return rules;
}

const ProviderRow *findProviderRule(const SmtpReply &reply, int codeClass)
{
    // Match against what a person sees, with the codes, so patterns may name them.
    const QString subject = reply.summaryLine().left(4000);
    for (const auto &rule : compiledRules()) {
        if (rule.row->codeClass != 0 && rule.row->codeClass != codeClass)
            continue;
        if (rule.pattern.match(subject).hasMatch())
            return rule.row;
    }
    return nullptr;
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

QString enhancedReference(const EnhancedCode &code)
{
    return u"IANA SMTP Enhanced Status Codes X.%1.%2"_s.arg(code.subject).arg(code.detail);
}

} // namespace

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
    Explanation e;
    const bool failure = codeClass == 0 || codeClass == 4 || codeClass == 5;

    if (failure && !reply.text().isEmpty()) {
        const ProviderRow *rule = findProviderRule(reply, codeClass);
        // A generic text rule only restates a specific enhanced code (not an X.N.0 "other"
        // code): the code's own, richer entry wins then.
        if (rule && enhanced && enhanced->detail != 0 && QByteArrayView(rule->id).startsWith("generic-")) {
            if (const EnhancedRow *row = findEnhanced(enhanced->subject, enhanced->detail);
                row && row->category == rule->category)
                rule = nullptr;
        }
        if (rule) {
            fill(e, rule->text);
            e.category = rule->category;
            e.ruleId = QString::fromUtf8(rule->id);
            e.severity = codeClass ? severityForClass(codeClass)
                : (rule->category == Category::Greylisted || rule->category == Category::RateLimited)
                ? Severity::Transient
                : Severity::Permanent;
            e.category = adjustForStage(e.category, stage);
            const QString sentence = classSentence(codeClass);
            if (!sentence.isEmpty())
                e.meaning += u' ' + sentence;
        }
    }

    const bool genericEnhanced = enhanced && (enhanced->subject == 0 || enhanced->subject == 7)
        && enhanced->detail == 0 && reply.code != 0;
    if (!e.isValid() && failure && enhanced && !genericEnhanced) {
        e = explainEnhancedCode(reply.enhancedCode);
        if (e.isValid()) {
            // The basic code's class decides when the two disagree ("451 5.7.1").
            e.severity = severityForClass(codeClass);
            const EnhancedRow *row = findEnhanced(enhanced->subject, enhanced->detail);
            e.category = codeClass == 4 && row->transientCategory != Category::Other
                ? row->transientCategory
                : row->category;
            e.category = adjustForStage(e.category, stage);
        }
    }

    if (e.isValid() && reply.code != 0) {
        // The basic code at this stage adds what the enhanced code or the text cannot know,
        // when it speaks of the same kind of problem (else it would mislead).
        const BasicRow *row = findBasic(reply.code, stage);
        if (row && row->category == e.category) {
            int added = 0;
            for (const char *cause : row->text.causes) {
                if (cause && added < 2 && !e.causes.contains(tr(cause))) {
                    e.causes.append(tr(cause));
                    ++added;
                }
            }
        }
        if (row)
            appendUnique(e.references, QString::fromUtf8(row->text.reference));
    }

    if (!e.isValid() && reply.code != 0)
        e = explainBasicCode(reply.code, stage);
    if (!e.isValid())
        return {};

    if (enhanced && !e.ruleId.startsWith(u"enhanced-"))
        appendUnique(e.references, enhancedReference(*enhanced));
    if (codeClass == 2 || codeClass == 3)
        e.category = Category::Accepted;
    e.code = reply.code;
    e.enhancedCode = reply.enhancedCode;
    return e;
}

Explanation ReplyCatalog::explainProblem(Model::Problem problem, Model::Stage stage,
                                         const QString &detail)
{
    Explanation e;
    for (const auto &row : problemRows()) {
        if (row.problem != problem)
            continue;
        fill(e, row.text);
        e.severity = row.severity;
        e.category = row.category;
        break;
    }
    if (!e.isValid()) {
        e.title = tr("Unexpected problem");
        e.meaning = tr("Something went wrong that the catalogue does not describe yet.");
        e.causes << tr("An unusual condition in the network or on the server.");
        e.nextSteps << tr("Read the details and the transcript, then repeat the test.");
        e.severity = Severity::Permanent;
    }
    // A greeting that never came after STARTTLS is a TLS problem, not a slow server.
    if (problem == Model::Problem::ReplyTimeout && stage == Model::Stage::StartTls)
        e.causes.prepend(tr("The server expected a TLS handshake but did not get one, or the reverse."));
    if (!detail.trimmed().isEmpty())
        e.meaning += u' ' + tr("Details: %1").arg(detail.trimmed().left(500));
    e.ruleId = u"problem-"_s + Model::key(problem);
    return e;
}

Explanation ReplyCatalog::explainTlsError(QSslError::SslError error)
{
    Explanation e;
    e.severity = Severity::Permanent;
    e.category = Category::TlsFailed;
    for (const auto &row : tlsRows()) {
        if (row.error == error) {
            fill(e, row.text);
            break;
        }
    }
    if (!e.isValid()) {
        e.title = tr("Certificate problem");
        e.meaning = tr("The server's certificate could not be verified.");
        e.causes << tr("The certificate or its chain has a problem the TLS library reported.");
        e.nextSteps << tr("Open the certificate details and compare them with what you expect.");
    }
    e.ruleId = u"tls-%1"_s.arg(int(error));
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
    QStringList ids;
    for (const auto &rule : compiledRules())
        ids.append(QString::fromUtf8(rule.row->id));
    return ids;
}
