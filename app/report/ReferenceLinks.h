#pragma once

#include <QString>
#include <QUrl>

/// Links for an explanation's references: "RFC 5321 §4.2.3" points at the RFC Editor's
/// page of that RFC and section, so a reader can check what the explanation rests on.
/// Provider documents are named without an address and stay plain text.
class ReferenceLinks
{
public:
    /// The page of the first RFC the reference names ("…/rfc5321#section-4.2.3"), or an
    /// empty URL when it names none.
    static QUrl urlFor(const QString &reference);
    /// The reference as HTML: escaped, each RFC it names a link.
    static QString html(const QString &reference);
};
