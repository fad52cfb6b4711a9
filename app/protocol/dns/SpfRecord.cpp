#include "protocol/dns/SpfRecord.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Model::HealthProblem;

namespace {

struct MechanismName
{
    const char *name;
    SpfRecord::Mechanism mechanism;
};

constexpr MechanismName mechanismNames[] = {
    {"all", SpfRecord::Mechanism::All},     {"include", SpfRecord::Mechanism::Include},
    {"a", SpfRecord::Mechanism::A},         {"mx", SpfRecord::Mechanism::Mx},
    {"ptr", SpfRecord::Mechanism::Ptr},     {"ip4", SpfRecord::Mechanism::Ip4},
    {"ip6", SpfRecord::Mechanism::Ip6},     {"exists", SpfRecord::Mechanism::Exists},
};

std::optional<SpfRecord::Mechanism> mechanismOf(QStringView name)
{
    for (const MechanismName &m : mechanismNames) {
        if (name.compare(QLatin1StringView(m.name), Qt::CaseInsensitive) == 0)
            return m.mechanism;
    }
    return std::nullopt;
}

// §7.1: "%{" letter digits? "r"? delimiters* "}", or the escapes %% %_ %-.
bool macrosAreWellFormed(const QString &spec)
{
    static const QRegularExpression macro(u"^%\\{[slodiphcrtvSLODIPHCRTV][0-9]*[rR]?[.\\-+,/_=]*\\}"_s);
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
        if (c != u'%')
            continue;
        const QStringView rest = QStringView(spec).mid(i);
        if (rest.startsWith(u"%%") || rest.startsWith(u"%_") || rest.startsWith(u"%-")) {
            ++i;
            continue;
        }
        const QRegularExpressionMatch m = macro.match(rest.toString());
        if (!m.hasMatch())
            return false;
        i += m.capturedLength() - 1;
    }
    return true;
}

// A domain-spec (§8.1): macros allowed; without one it must end in a real top label
// ("example.com", not "example.123" and not a bare IP address).
bool isDomainSpec(const QString &spec)
{
    if (spec.isEmpty() || !macrosAreWellFormed(spec))
        return false;
    if (SpfRecord::hasMacro(spec))
        return true;
    QString name = spec;
    if (name.endsWith(u'.'))
        name.chop(1);
    const QStringList labels = name.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    static const QRegularExpression toplabel(u"^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"_s);
    return toplabel.match(labels.constLast()).hasMatch();
}

bool isCidr(QStringView digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3)
        return false;
    bool ok = false;
    const int n = digits.toInt(&ok);
    // Leading zeros are not allowed by the ABNF ("/024").
    return ok && n >= 0 && n <= max && (digits.size() == 1 || digits.front() != u'0');
}

bool isIp4(const QString &text)
{
    static const QRegularExpression dotted(u"^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"_s);
    return dotted.match(text).hasMatch();
}

bool isIp6(const QString &text)
{
    QHostAddress address;
    return text.contains(u':') && address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// "a", "mx" take an optional domain-spec and a dual CIDR length: a:example.com/24//64.
bool splitDualCidr(const QString &argument, QString *domain)
{
    QString rest = argument;
    const qsizetype v6 = rest.indexOf(u"//"_s);
    if (v6 >= 0) {
        if (!isCidr(QStringView(rest).mid(v6 + 2), 128))
            return false;
        rest.truncate(v6);
    }
    const qsizetype slash = rest.lastIndexOf(u'/');
    if (slash >= 0) {
        if (!isCidr(QStringView(rest).mid(slash + 1), 32))
            return false;
        rest.truncate(slash);
    }
    *domain = rest;
    return true;
}

} // namespace

bool SpfRecord::isSpf(const QString &txt)
{
    return txt.size() >= 6 && txt.startsWith(u"v=spf1"_s, Qt::CaseInsensitive) && (txt.size() == 6 || txt.at(6) == u' ');
}

bool SpfRecord::hasMacro(const QString &domainSpec)
{
    return domainSpec.contains(u"%{"_s);
}

QString SpfRecord::qualifierText(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Pass: return u"+"_s;
    case Qualifier::Fail: return u"-"_s;
    case Qualifier::SoftFail: return u"~"_s;
    case Qualifier::Neutral: return u"?"_s;
    }
    return {};
}

bool SpfRecord::hasSyntaxError() const
{
    return hasProblem(faults, HealthProblem::SpfSyntax);
}

SpfRecord SpfRecord::parse(const QString &input)
{
    SpfRecord record;
    record.text = input;
    const auto fault = [&record](HealthProblem problem, const QString &detail) {
        record.faults.append(HealthIssue{problem, detail, {}});
    };
    if (!isSpf(input)) {
        fault(HealthProblem::SpfSyntax, input.left(12));
        return record;
    }
    // Terms are separated by spaces (§12: 1*SP); several in a row are common and harmless.
    const QStringList words = input.mid(6).split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression modifierName(u"^[A-Za-z][A-Za-z0-9._-]*="_s);
    bool expSeen = false;
    bool redirectSeen = false;
    bool termsAfterAll = false;
    for (const QString &word : words) {
        const QRegularExpressionMatch modifier = modifierName.match(word);
        if (modifier.hasMatch()) {
            const QString name = word.left(modifier.capturedLength() - 1).toLower();
            const QString value = word.mid(modifier.capturedLength());
            if (name == u"redirect"_s || name == u"exp"_s) {
                bool &seen = name == u"redirect"_s ? redirectSeen : expSeen;
                if (seen || !isDomainSpec(value)) {
                    fault(HealthProblem::SpfSyntax, word); // §6: each at most once
                    continue;
                }
                seen = true;
                if (name == u"redirect"_s)
                    record.redirect = value;
            } else if (!macrosAreWellFormed(value)) {
                fault(HealthProblem::SpfSyntax, word); // unknown modifiers are ignored, but must parse
            }
            continue;
        }

        Term term;
        term.text = word;
        QString body = word;
        switch (body.front().unicode()) {
        case '+': term.qualifier = Qualifier::Pass; body.remove(0, 1); break;
        case '-': term.qualifier = Qualifier::Fail; body.remove(0, 1); break;
        case '~': term.qualifier = Qualifier::SoftFail; body.remove(0, 1); break;
        case '?': term.qualifier = Qualifier::Neutral; body.remove(0, 1); break;
        default: break;
        }
        const qsizetype end = std::min(body.indexOf(u':') < 0 ? body.size() : body.indexOf(u':'),
                                       body.indexOf(u'/') < 0 ? body.size() : body.indexOf(u'/'));
        const auto mechanism = mechanismOf(QStringView(body).left(end));
        if (!mechanism) {
            fault(HealthProblem::SpfSyntax, word);
            continue;
        }
        term.mechanism = *mechanism;
        const bool hasColon = end < body.size() && body.at(end) == u':';
        const QString argument = hasColon ? body.mid(end + 1) : body.mid(end);
        bool ok = true;
        switch (term.mechanism) {
        case Mechanism::All:
            ok = argument.isEmpty();
            break;
        case Mechanism::Include:
        case Mechanism::Exists:
            ok = hasColon && isDomainSpec(argument);
            term.target = argument;
            break;
        case Mechanism::Ptr:
            ok = argument.isEmpty() || (hasColon && isDomainSpec(argument));
            term.target = argument;
            break;
        case Mechanism::A:
        case Mechanism::Mx: {
            QString domain;
            ok = splitDualCidr(argument, &domain) && (!hasColon || isDomainSpec(domain));
            term.target = domain;
            break;
        }
        case Mechanism::Ip4:
        case Mechanism::Ip6: {
            const bool v4 = term.mechanism == Mechanism::Ip4;
            const qsizetype slash = argument.indexOf(u'/');
            const QString address = slash < 0 ? argument : argument.left(slash);
            ok = hasColon && (v4 ? isIp4(address) : isIp6(address))
                 && (slash < 0 || isCidr(QStringView(argument).mid(slash + 1), v4 ? 32 : 128));
            term.target = argument;
            break;
        }
        }
        if (!ok) {
            fault(HealthProblem::SpfSyntax, word);
            continue;
        }
        if (record.allQualifier)
            termsAfterAll = true;
        if (term.mechanism == Mechanism::All && !record.allQualifier)
            record.allQualifier = term.qualifier;
        if (term.mechanism == Mechanism::Ptr)
            fault(HealthProblem::SpfPtr, word);
        if (hasMacro(term.target) && term.mechanism != Mechanism::Exists)
            fault(HealthProblem::SpfMacroNotFollowed, word);
        record.terms.append(term);
    }

    if (record.hasSyntaxError())
        return record; // a permerror: the rest would only distract
    if (termsAfterAll)
        fault(HealthProblem::SpfTermsAfterAll, {});
    if (!record.redirect.isEmpty() && record.allQualifier)
        fault(HealthProblem::SpfRedirectIgnored, u"redirect="_s + record.redirect);
    if (hasMacro(record.redirect))
        fault(HealthProblem::SpfMacroNotFollowed, u"redirect="_s + record.redirect);
    if (record.allQualifier == Qualifier::Pass)
        fault(HealthProblem::SpfAllPass, u"+all"_s);
    else if (record.allQualifier == Qualifier::Neutral)
        fault(HealthProblem::SpfAllNeutral, u"?all"_s);
    else if (!record.allQualifier && record.redirect.isEmpty())
        fault(HealthProblem::SpfNoAll, {});
    return record;
}

int SpfRecord::lookupTerms() const
{
    int count = redirectApplies() ? 1 : 0;
    for (const Term &term : terms) {
        switch (term.mechanism) {
        case Mechanism::Include:
        case Mechanism::A:
        case Mechanism::Mx:
        case Mechanism::Ptr:
        case Mechanism::Exists:
            ++count;
            break;
        case Mechanism::All:
        case Mechanism::Ip4:
        case Mechanism::Ip6:
            break;
        }
    }
    return count;
}

QStringList SpfRecord::followedNames() const
{
    QStringList names;
    for (const Term &term : terms) {
        if (term.mechanism == Mechanism::Include && !hasMacro(term.target))
            names.append(term.target);
    }
    if (redirectApplies() && !hasMacro(redirect))
        names.append(redirect);
    return names;
}
