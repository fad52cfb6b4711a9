#pragma once

#include "model/TestResult.h"

/// Pure rules that decide a run's outcome, stage and deciding reply from its DNS
/// findings and attempts; VerdictWriter then puts it into words.
namespace VerdictRules {
/// The attempt's outcome in the run's vocabulary (delivered, rejected, tls-failed, ...).
Verdict::Outcome outcomeOf(const Attempt &attempt, bool sendsMessage);
/// Whether a mail server would try the next MX after this attempt (RFC 5321 §5.1:
/// connection failures and 4xx; never after a 5xx or a sign-in failure).
bool triesNextMx(const Attempt &attempt);
/// Decides result.verdict (outcome, stage, code, enhancedCode, text, problem, attemptIndex).
void decide(TestResult &result);
} // namespace VerdictRules
