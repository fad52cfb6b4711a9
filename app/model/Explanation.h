#pragma once

#include "model/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

/// A fact a bounce carries beside its reply, shown as found: the address a blocklist
/// named, where to ask for delisting, which servers wrote and refused it.
struct BounceDetail
{
    enum class Kind { IpAddress, Link, ReportingServer, RemoteServer };
    Kind kind = Kind::IpAddress;
    QString value;

    bool operator==(const BounceDetail &) const = default;
};

/// What a reply or a failure means to someone who does not speak SMTP: how bad it is,
/// which kind of problem it is, why it probably happened and what to do next.
struct Explanation
{
    Model::Severity severity = Model::Severity::Info;
    Model::Category category = Model::Category::Other;
    QString title;          // a few words: "Recipient unknown"
    QString meaning;        // one or two plain sentences
    QStringList causes;     // likely reasons, most likely first
    QStringList nextSteps;  // what to try, most useful first
    QStringList references; // "RFC 5321 §4.2.3", "RFC 3463 X.1.1", provider documentation
    int code = 0;           // the reply code explained, 0 for a failure without reply
    QString enhancedCode;   // the enhanced code explained, if any
    QString ruleId;         // the catalogue rule that matched ("m365-5.7.139"), for tests
    QString matched;        // what the explanation rests on: the server's words or the code
    QList<BounceDetail> details; // only when explaining a pasted bounce; not in the JSON

    bool isValid() const { return !title.isEmpty(); }
};
