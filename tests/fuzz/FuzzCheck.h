#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

/// An invariant of a fuzz target. A broken one aborts, so libFuzzer keeps the input as a
/// crash (crash-<sha1>) exactly as it does for an ASan or UBSan report; a Q_ASSERT would
/// be compiled out in this release-mode build.
#define FUZZ_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (false)

namespace Fuzz {

/// Whether text holds anything SafeText promises to escape: what a terminal would obey.
/// Kept separate from SafeText's own test on purpose, so a mistake there cannot hide here.
inline bool hasTerminalControl(const QString &text, bool allowNewline)
{
    for (const char32_t c : text.toUcs4()) {
        if (c == u'\n' && allowNewline)
            continue;
        if ((c < 0x20 && c != u'\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069))
            return true;
    }
    return false;
}

} // namespace Fuzz
