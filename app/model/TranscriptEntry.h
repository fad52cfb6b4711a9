#pragma once

#include "model/Vocabulary.h"
#include "model/Vocabulary.h"

#include <QString>
#include <QtGlobal>

#include <optional>

/// One line of the conversation, or one event around it, with its time since the run
/// started. Server replies carry the classification of their explanation so views and
/// reports can colour them without asking the catalogue again.
struct TranscriptEntry
{
    enum class Direction { Client, Server, Event };

    qint64 ms = 0;               // milliseconds since the run started
    Direction direction = Direction::Event;
    QString text;                // one line, without CRLF; secrets already masked
    Model::Stage stage = Model::Stage::Connect;
    int replyIndex = -1;         // server lines: index into Attempt::replies
    bool lastLineOfReply = false; // server lines: this line completes the reply
    bool unsolicited = false;     // server lines: a reply that came before its command
    std::optional<Model::Problem> problem; // events: the problem this line reports
    int findingIndex = -1;        // events: index into Attempt::findings, -1 if none
    // Set by the run when it records the line (the last line of a server reply, and
    // events that are problems), so views colour it without asking the catalogue:
    std::optional<Model::Severity> severity;
    std::optional<Model::Category> category;

};

namespace Model {
template <>
struct EnumTable<TranscriptEntry::Direction>
{
    static constexpr const char *context = "Model::Direction";
    static constexpr EnumRow<TranscriptEntry::Direction> rows[] = {
        {TranscriptEntry::Direction::Client, "client", QT_TRANSLATE_NOOP("Model::Direction", "Sent by this computer")},
        {TranscriptEntry::Direction::Server, "server", QT_TRANSLATE_NOOP("Model::Direction", "Received from the server")},
        {TranscriptEntry::Direction::Event, "event", QT_TRANSLATE_NOOP("Model::Direction", "Event")},
    };
};
} // namespace Model
