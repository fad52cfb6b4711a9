#pragma once

#include "plan/TestPlan.h"
#include "run/Attempt.h"

#include <QString>
#include <QStringList>

/// Stable lower-case keys for the plan's choices and an attempt's outcome, as used on the
/// command line and in JSON ("starttls-required", "first-reachable").
namespace PlanKeys {

QString securityKey(TestPlan::Security security);
QString authKey(TestPlan::Auth auth);
QString stopAfterKey(TestPlan::StopAfter stopAfter);
QString ipFamilyKey(TestPlan::IpFamily family);
QString routingKey(TestPlan::Routing routing);
QString retKey(TestPlan::Ret ret);                // "default" | "full" | "hdrs"
QStringList notifyKeys(TestPlan::Notify notify);  // empty for the default (no NOTIFY)
QString attemptOutcomeKey(Attempt::Outcome outcome);

} // namespace PlanKeys
