#include "widgets/VerdictIcon.h"

#include "report/HistoryEntry.h"

using namespace Qt::StringLiterals;

Model::Severity VerdictIcon::severityOf(Verdict::Outcome outcome)
{
    HistoryEntry entry;
    entry.outcome = outcome;
    return entry.severity();
}

QIcon VerdictIcon::icon(Model::Severity severity)
{
    switch (severity) {
    case Model::Severity::Success: return QIcon(u":/icons/verdict-success.svg"_s);
    case Model::Severity::Permanent: return QIcon(u":/icons/verdict-failure.svg"_s);
    default: return QIcon(u":/icons/verdict-warning.svg"_s); // worth retrying, or stopped by the user
    }
}

QString VerdictIcon::accessibleName(Model::Severity severity)
{
    switch (severity) {
    case Model::Severity::Success: return tr("Success");
    case Model::Severity::Permanent: return tr("Failure");
    default: return tr("Warning");
    }
}
