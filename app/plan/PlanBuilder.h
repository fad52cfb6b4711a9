#pragma once

#include "plan/PlanField.h"
#include "plan/PlanRequest.h"
#include "plan/TestPlan.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/// Validates a PlanRequest once and builds the TestPlan the engine runs. Nothing a
/// person typed reaches the wire without passing through here: CR, LF and NUL are
/// refused in every field, addresses and domains are checked and converted to ACE,
/// header and body lines are kept within SMTP's limits.
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

    /// Checks one field on its own, as a page does while the user types; the same checks
    /// build() applies. Each returns the error message, or nothing when the value is fine.
    static std::optional<QString> checkDestinationDomain(const QString &text);
    static std::optional<QString> checkServer(const QString &text);
    static std::optional<QString> checkMailbox(const QString &text, bool allowNullSender);
    static std::optional<QString> checkEhloName(const QString &text);
    static std::optional<QString> checkSingleLine(const QString &text);
    static std::optional<QString> checkHeader(const QString &line);
    static std::optional<QString> checkBody(const QString &body);
    static std::optional<QString> checkDnsServer(const QString &text);

    /// This machine's fully-qualified name, or an address literal when it has none.
    static QString defaultEhloName();
    /// "success,failure" / "never" as on the command line.
    static std::optional<TestPlan::Notify> parseNotify(const QString &text);
};
