#pragma once

#include "model/Verdict.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

/// The verdict's icon and its spoken name, the same three the Summary page uses, for the
/// history's rows and reopened tests (which know only the outcome, not the live run).
class VerdictIcon
{
    Q_DECLARE_TR_FUNCTIONS(VerdictIcon)
public:
    /// How an outcome went, as HistoryEntry tells it (one mapping for list and window).
    static Model::Severity severityOf(Verdict::Outcome outcome);
    static QIcon icon(Model::Severity severity);
    /// "Success", "Warning" or "Failure": what a screen reader says instead of the icon.
    static QString accessibleName(Model::Severity severity);
};
