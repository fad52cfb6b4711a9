#include "protocol/dns/MtaStsPolicy.h"

#include "protocol/dns/MxOrdering.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Model::HealthProblem;

MtaStsPolicy MtaStsPolicy::parse(const QString &input)
{
    MtaStsPolicy policy;
    policy.text = input;
    const auto fault = [&policy](HealthProblem problem, const QString &detail) {
        policy.faults.append(HealthIssue{problem, detail, {}});
    };
    int versions = 0;
    int modes = 0;
    int maxAges = 0;
    QString modeWritten;
    QString maxAgeWritten;
    static const QRegularExpression fieldName(u"^[A-Za-z0-9_.-]{1,32}$"_s);
    static const QRegularExpression pattern(
        u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"_s);
    // §3.2: fields end in LF or CRLF; the last line may lack one.
    const QStringList lines = QString(input).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon) : QString();
        if (colon <= 0 || !fieldName.match(name).hasMatch()) {
            fault(HealthProblem::StsPolicySyntax, line.left(60));
            continue;
        }
        const QString value = line.mid(colon + 1).trimmed();
        if (name == u"version"_s) {
            ++versions;
            policy.version = value;
        } else if (name == u"mode"_s) {
            ++modes;
            modeWritten = value;
        } else if (name == u"max_age"_s) {
            ++maxAges;
            maxAgeWritten = value;
        } else if (name == u"mx"_s) {
            policy.mx.append(value);
            if (!pattern.match(value).hasMatch())
                fault(HealthProblem::StsPolicySyntax, u"mx: "_s + value);
        } // other fields are extensions: ignored (§3.2)
    }
    if (versions != 1 || policy.version != u"STSv1"_s)
        fault(HealthProblem::StsPolicyVersion, versions == 0 ? QString() : policy.version);
    if (modes > 1)
        fault(HealthProblem::StsPolicySyntax, u"mode"_s);
    if (modeWritten == u"enforce"_s || modeWritten == u"testing"_s || modeWritten == u"none"_s) {
        policy.mode = modeWritten;
        if (modeWritten == u"testing"_s)
            fault(HealthProblem::StsModeTesting, modeWritten);
        else if (modeWritten == u"none"_s)
            fault(HealthProblem::StsModeNone, modeWritten);
    } else {
        fault(HealthProblem::StsModeInvalid, modeWritten);
    }
    static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
    if (maxAges != 1 || !digits.match(maxAgeWritten).hasMatch() || maxAgeWritten.toLongLong() > MaxAgeLimit) {
        fault(HealthProblem::StsMaxAgeInvalid, maxAgeWritten);
    } else {
        policy.maxAge = maxAgeWritten.toLongLong();
        if (*policy.maxAge < ShortMaxAge)
            fault(HealthProblem::StsMaxAgeShort, maxAgeWritten);
    }
    if (policy.mx.isEmpty() && policy.mode != u"none"_s)
        fault(HealthProblem::StsNoMxPattern, {});
    return policy;
}

bool MtaStsPolicy::matches(const QString &patternText, const QString &hostText)
{
    const QString pattern = MxOrdering::normalizeName(patternText);
    const QString host = MxOrdering::normalizeName(hostText);
    if (pattern.isEmpty() || host.isEmpty())
        return false;
    if (!pattern.startsWith(u"*."_s))
        return pattern == host;
    const qsizetype dot = host.indexOf(u'.');
    return dot > 0 && host.mid(dot) == pattern.mid(1);
}

QStringList MtaStsPolicy::uncovered(const QStringList &exchanges) const
{
    QStringList missing;
    for (const QString &exchange : exchanges) {
        const bool covered = std::any_of(mx.cbegin(), mx.cend(),
                                         [&exchange](const QString &p) { return matches(p, exchange); });
        if (!covered)
            missing.append(exchange);
    }
    return missing;
}
