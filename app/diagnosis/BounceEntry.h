#pragma once

#include "model/SmtpReply.h"
#include "model/Vocabulary.h"

#include <QString>

#include <optional>

/// One failed (or delayed) recipient found in a pasted reply or a bounce message:
/// who, which server said it, at which step, and what it said.
struct BounceEntry
{
    QString recipient;               // empty when the input does not name one
    QString remoteMta;               // the server that gave the reply, when known
    QString reportingMta;            // the server that wrote the bounce (RFC 3464 Reporting-MTA)
    std::optional<Model::Stage> stage; // from "(in reply to RCPT TO command)" and similar
    SmtpReply reply;                 // code 0 when only an enhanced code or a text was found
    QString action;                  // RFC 3464 Action ("failed", "delayed"), if given
    bool hasDiagnostic = false;      // a delivery-status entry with its own Diagnostic-Code
};
