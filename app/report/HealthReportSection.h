#pragma once

#include "model/DomainHealth.h"

#include <QCoreApplication>
#include <QString>

/// The "Domain health" section of the reports: one entry per check and per mail server
/// address, with its status, the record, the facts, the problems and the explanation in
/// the catalogue's words. Text for TextReport, HTML for HtmlReport (and so the PDF).
class HealthReportSection
{
    Q_DECLARE_TR_FUNCTIONS(HealthReportSection)
public:
    static QString text(const DomainHealth &health);
    static QString html(const DomainHealth &health);
    /// One finding as HTML: the record, the facts, the explanation, the problems, escaped
    /// (the wizard's Domain health section shows the same).
    static QString findingHtml(const HealthFinding &finding);
    /// The heading both use.
    static QString heading(const DomainHealth &health);
};
