#pragma once

#include "model/Attempt.h"
#include "model/TestResult.h"
#include "model/TranscriptEntry.h"

/// The one place where what happened in a run is explained: each reply when its last line
/// is recorded, each problem when it is reported, the DNS step's problems and the TLS
/// errors. The explanations are stored in the records (ReplyRecord, Finding, DnsFindings,
/// TlsErrorInfo) and the transcript line keeps its classification for colours; views,
/// reports and the verdict read them and never ask the catalogue again.
class RunExplainer
{
public:
    /// Explains what entry reports, storing it in attempt's records (attempt may be null for
    /// run-level events). Returns true when the entry completes a reply.
    static bool explainEntry(Attempt *attempt, TranscriptEntry &entry);
    /// The certificate errors' short names.
    static void explainTls(Attempt &attempt);
    /// Every record of a finished attempt, as if it had been recorded live (for results
    /// made outside a run, such as test fixtures or a reopened history entry).
    static void explainAttempt(Attempt &attempt);
    /// The whole result: DNS findings, run events and every attempt.
    static void explainResult(TestResult &result);
};
