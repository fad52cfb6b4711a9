#include "model/SeverityHeading.h"

using namespace Qt::StringLiterals;

QString SeverityHeading::noReply(bool permanent)
{
    return permanent ? tr("Problem (no reply from the server)") : tr("Temporary problem (no reply from the server)");
}

QString SeverityHeading::withoutCode(const Explanation &e)
{
    if (e.code != 0)
        return {};
    const bool permanent = e.severity == Model::Severity::Permanent;
    if (!permanent && e.severity != Model::Severity::Transient)
        return {};
    // Explanations of what happened without any reply carry a "problem-" rule; the rest
    // rest on words (a pasted line or a report that gives no code), which name no class.
    if (e.ruleId.startsWith(u"problem-"_s))
        return noReply(permanent);
    return permanent ? tr("Permanent failure (no reply code given)") : tr("Temporary failure (no reply code given)");
}
