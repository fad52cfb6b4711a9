#pragma once

#include "plan/PlanField.h"
#include "plan/PlanRequest.h"
#include "model/TestPlan.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/// Validates a PlanRequest once and builds the TestPlan the engine runs. Nothing a
/// person typed reaches the wire without passing through here: CR, LF and NUL are
/// refused in every field, addresses and domains are checked and converted to ACE,
/// header and body lines are kept within SMTP's limits (FieldChecks holds each check).
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)
public:
    struct Result
    {
        std::optional<TestPlan> plan;
        QList<Plan::FieldError> errors;
        bool ok() const { return plan.has_value(); }
    };

    static Result build(const PlanRequest &request);
    /// Only what the DNS step needs (destination, DNS server, IP family, its time limit):
    /// the wizard looks up mail servers before the rest of the test is filled in.
    static Result buildLookup(const PlanRequest &request);
    /// Only the server side (destination, port, security): enough to name a keychain entry.
    static Result buildServer(const PlanRequest &request);
};
