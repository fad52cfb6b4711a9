#pragma once

#include "model/DomainHealth.h"

#include <QCoreApplication>
#include <QString>

/// The plain words of the domain health checks: one sentence per kind of fault (with
/// its detail: the term, the count, the name), and what each check's status means to
/// someone who has never heard of SPF. The table is in HealthTable.cpp.
class HealthCatalog
{
    Q_DECLARE_TR_FUNCTIONS(HealthCatalog)
public:
    static QString problemText(Model::HealthProblem problem, const QString &detail);
    static QString explanation(Model::HealthCheck check, Model::HealthStatus status);
    /// People's words for a key of HealthFinding::details ("policy" -> "Policy").
    static QString detailLabel(const QString &key);
    /// Sorts details in the order people read them (the table's), whatever order they
    /// came in (a JSON object keeps its keys sorted).
    static void orderDetails(HealthFinding &finding);

    /// Fills every issue's text and the finding's explanation.
    static void explain(Model::HealthCheck check, HealthFinding &finding);
    static void explain(DomainHealth &health);
};
