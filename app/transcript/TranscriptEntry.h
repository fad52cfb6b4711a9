#pragma once

#include "diagnosis/Classification.h"
#include "smtp/Stage.h"

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
    Smtp::Stage stage = Smtp::Stage::Connect;
    int replyIndex = -1;         // server lines: index into Attempt::replies
    bool lastLineOfReply = false; // server lines: this line completes the reply
    // For the last line of a server reply, and for events that are problems:
    std::optional<Diagnosis::Severity> severity;
    std::optional<Diagnosis::Category> category;

    static QString directionKey(Direction direction); // "client" | "server" | "event"
};
