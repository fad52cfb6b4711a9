#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QString>

/// The report as plain text, like a telnet log: each line with its time, "C:" for what
/// this computer sent, "S:" for the server's replies (with the explanation's title
/// beside the last line of each reply), "*" for events, and the verdict at the end.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
public:
    /// Lines end with "\n". The password never appears (see ResultScrubber).
    static QString render(const TestResult &result);
};
