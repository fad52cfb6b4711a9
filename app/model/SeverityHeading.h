#pragma once

#include "model/Explanation.h"

#include <QCoreApplication>
#include <QString>

/// What an explanation is headed with when no reply code names its class: a failure with
/// no reply at all (refused, timed out, a certificate) or a report's words alone. Shared
/// by the explanation panel and the reports, so both name the same thing the same way.
class SeverityHeading
{
    Q_DECLARE_TR_FUNCTIONS(SeverityHeading)

public:
    /// Empty when the explanation has a reply code (its reply class, "5xx", names it) or
    /// is no failure.
    static QString withoutCode(const Explanation &explanation);
    /// "Problem (no reply from the server)", or its temporary form: a failure no reply
    /// came with, in a transcript as above an explanation.
    static QString noReply(bool permanent);
};
