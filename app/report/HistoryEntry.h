#pragma once

#include "model/Verdict.h"
#include "model/Vocabulary.h"

#include <QDateTime>
#include <QString>

/// One finished test as the history lists it: enough for a row (when, where, how it went)
/// without reading the stored result. HistoryStore::load(id) gives the whole result.
struct HistoryEntry
{
    QString id;            // the stored file's name without ".json"; stable, sortable
    QDateTime startedAt;   // UTC; invalid when the result had no start time
    QString destination;   // the plan's domain or host
    Verdict::Outcome outcome = Verdict::Outcome::Unreachable;
    QString summary;       // the verdict's sentence

    /// How it went, for the icon: success, a warning worth retrying (transient), a failure
    /// (permanent) or stopped by the user (info); the HTML report colours its verdict so.
    Model::Severity severity() const
    {
        switch (outcome) {
        case Verdict::Outcome::Delivered:
        case Verdict::Outcome::Accepted:
        case Verdict::Outcome::RelayRefused: return Model::Severity::Success;
        case Verdict::Outcome::Deferred:
        case Verdict::Outcome::Timeout:
        case Verdict::Outcome::Unreachable: return Model::Severity::Transient;
        case Verdict::Outcome::Cancelled: return Model::Severity::Info;
        default: return Model::Severity::Permanent;
        }
    }
};
