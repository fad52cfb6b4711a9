#pragma once

#include "model/Vocabulary.h"
#include "model/TestResult.h"

#include <QCoreApplication>
#include <QString>

/// The report as one self-contained HTML document (inline CSS, no external resources),
/// colour-coded like the app's transcript with a legend. Also the source of the PDF and
/// of the HTML part of "Copy for a ticket". Everything from the network is escaped.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    static QString render(const TestResult &result);

    /// Text and background colours of a severity, as "#rrggbb": the wizard's hue for each
    /// class (LineColours) in light paper shades, since a report is printed and pasted into
    /// tickets whatever the app's theme.
    static QString foreground(std::optional<Model::Severity> severity, bool client = false);
    static QString background(std::optional<Model::Severity> severity, bool client = false);
    /// The inline style of a transcript row.
    static QString lineStyle(std::optional<Model::Severity> severity, bool client);
    /// Escapes text for HTML; line breaks stay line breaks.
    static QString escape(const QString &text);
};
