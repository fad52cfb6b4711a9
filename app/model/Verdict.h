#pragma once

#include "model/Vocabulary.h"
#include "model/Vocabulary.h"

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
        OpenRelay,     // the open-relay check: an outside recipient was accepted
        RelayRefused,  // the open-relay check: every outside recipient was refused
    };
    Q_ENUM(Outcome)

    Outcome outcome = Outcome::Unreachable;
    Model::Stage stage = Model::Stage::Dns;
    std::optional<Model::Problem> problem; // when no reply decided it
    int attemptIndex = -1;   // which attempt decided it, -1 for DNS
    int replyIndex = -1;     // the deciding reply's record in that attempt, -1 for none

    // Filled in by VerdictWriter from the catalogue:
    Model::Category category = Model::Category::Other;
    QString summary;         // one sentence
    QStringList nextSteps;   // the two or three that matter most

    /// The `smtp-wizard-cli` exit code for this outcome.
    static int exitCode(Outcome outcome);
    bool succeeded() const
    {
        return outcome == Outcome::Delivered || outcome == Outcome::Accepted || outcome == Outcome::RelayRefused;
    }
};

namespace Model {
template <>
struct EnumTable<Verdict::Outcome>
{
    static constexpr const char *context = "Model::Outcome";
    static constexpr EnumRow<Verdict::Outcome> rows[] = {
        {Verdict::Outcome::Delivered, "delivered", QT_TRANSLATE_NOOP("Model::Outcome", "Delivered")},
        {Verdict::Outcome::Accepted, "accepted", QT_TRANSLATE_NOOP("Model::Outcome", "Accepted")},
        {Verdict::Outcome::Rejected, "rejected", QT_TRANSLATE_NOOP("Model::Outcome", "Rejected")},
        {Verdict::Outcome::Deferred, "deferred", QT_TRANSLATE_NOOP("Model::Outcome", "Deferred")},
        {Verdict::Outcome::Unreachable, "unreachable", QT_TRANSLATE_NOOP("Model::Outcome", "Unreachable")},
        {Verdict::Outcome::Timeout, "timeout", QT_TRANSLATE_NOOP("Model::Outcome", "Timed out")},
        {Verdict::Outcome::DnsFailed, "dns-failed", QT_TRANSLATE_NOOP("Model::Outcome", "DNS failed")},
        {Verdict::Outcome::TlsFailed, "tls-failed", QT_TRANSLATE_NOOP("Model::Outcome", "TLS failed")},
        {Verdict::Outcome::AuthFailed, "auth-failed", QT_TRANSLATE_NOOP("Model::Outcome", "Sign-in failed")},
        {Verdict::Outcome::ProtocolError, "protocol-error", QT_TRANSLATE_NOOP("Model::Outcome", "Protocol error")},
        {Verdict::Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Model::Outcome", "Cancelled")},
        {Verdict::Outcome::OpenRelay, "open-relay", QT_TRANSLATE_NOOP("Model::Outcome", "Open relay")},
        {Verdict::Outcome::RelayRefused, "relay-refused", QT_TRANSLATE_NOOP("Model::Outcome", "Refuses to relay")},
    };
};
} // namespace Model
