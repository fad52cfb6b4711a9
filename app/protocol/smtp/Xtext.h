#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// RFC 3461 §4 xtext, the encoding of ENVID and ORCPT values in DSN parameters.
namespace Xtext {
/// Encodes the UTF-8 bytes of text: "!".."~" except "+" and "=" stay, the rest "+XX".
QByteArray encode(const QString &text);
/// Decodes xtext; returns nothing when it is malformed.
std::optional<QString> decode(QByteArrayView xtext);
} // namespace Xtext
