#pragma once

#include "diagnosis/Classification.h"
#include "smtp/Stage.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The answer to "did it work, and if not, why and what now", for a whole run.
class Verdict
{
    Q_GADGET
public:
    enum class Outcome {
        Delivered,     // the message was accepted for delivery
        Accepted,      // everything asked for succeeded, stopping before DATA
        Rejected,      // a 5xx
        Deferred,      // a 4xx
        Unreachable,   // no server could be connected to
        Timeout,       // a server stopped answering
        DnsFailed,
        TlsFailed,
        AuthFailed,
        ProtocolError, // the server spoke something that is not SMTP
        Cancelled,
    };
    Q_ENUM(Outcome)

    Outcome outcome = Outcome::Unreachable;
    Smtp::Stage stage = Smtp::Stage::Dns;
    std::optional<int> code;
    QString enhancedCode;
    QString text;            // the deciding reply's text, or the failure's words
    std::optional<Diagnosis::Problem> problem; // when no reply decided it
    int attemptIndex = -1;   // which attempt decided it, -1 for DNS

    // Filled in by VerdictWriter from the catalogue:
    Diagnosis::Category category = Diagnosis::Category::Other;
    QString summary;         // one sentence
    QStringList nextSteps;   // the two or three that matter most

    static QString outcomeKey(Outcome outcome); // "dns-failed"
    /// The `smtp-wizard-cli` exit code for this outcome.
    static int exitCode(Outcome outcome);
    bool succeeded() const { return outcome == Outcome::Delivered || outcome == Outcome::Accepted; }
};
