#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The "Open-relay check" section of the reports and of the runner's output: one row per
/// form tried, with what was sent, the reply that decided it and the run's explanation of
/// that reply. Text for TextReport, HTML for HtmlReport (and so the PDF).
class RelayReportSection
{
    Q_DECLARE_TR_FUNCTIONS(RelayReportSection)
public:
    struct Row
    {
        bool accepted = false;
        QString form;     // the form's label
        QString commands; // "MAIL FROM:<...> / RCPT TO:<...>"
        QString reply;    // the deciding reply's first line, or why none came
        QString explanation;
    };
    /// The rows of the attempt the verdict names; empty when the plan was no relay test.
    static QList<Row> rows(const TestResult &result);
    static QString heading(const TestResult &result);
    /// "[ACCEPTED]" / "[refused]", as the text report and the runner print it.
    static QString mark(const Row &row);
    static QString text(const TestResult &result);
    static QString html(const TestResult &result);
};
