#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Text that came from the network (or was pasted) made safe to show: in a terminal, a
/// label or a report. Control characters that a terminal or a text layout obeys are
/// shown as visible escapes instead, so a server can neither clear the screen, retitle
/// the window, type into the shell (ESC[6n), fake colours, overwrite a line (CR, BS) nor
/// reorder what is shown (bidi overrides). Everything else is left as it is.
class SafeText
{
public:
    /// C0 controls except TAB, DEL, C1 controls (U+0080..U+009F), bidi embeddings,
    /// overrides and isolates (U+202A..U+202E, U+2066..U+2069) become "\xNN" or "\u{NNNN}".
    static QString visible(QStringView text);
    /// Bytes off the wire: valid UTF-8 is decoded, each byte of an invalid sequence
    /// becomes "\xNN", then visible() applies.
    static QString fromWire(QByteArrayView bytes);
    /// Whether visible() would change text.
    static bool needsEscaping(QStringView text);
};
