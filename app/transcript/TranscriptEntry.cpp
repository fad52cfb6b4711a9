#include "transcript/TranscriptEntry.h"

QString TranscriptEntry::directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Client: return QStringLiteral("client");
    case Direction::Server: return QStringLiteral("server");
    case Direction::Event: return QStringLiteral("event");
    }
    return QStringLiteral("event");
}
