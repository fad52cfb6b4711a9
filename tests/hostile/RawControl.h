#pragma once

#include <QByteArray>
#include <QString>

/// The first character of bytes that a terminal would obey or that would fool a reader,
/// were they printed raw: C0 controls but TAB and LF, DEL, C1 controls, bidi embeddings,
/// overrides and isolates, or bytes that are not UTF-8. Empty when there is none; else
/// where it is, for the test log.
QString firstRawControl(const QByteArray &bytes);
