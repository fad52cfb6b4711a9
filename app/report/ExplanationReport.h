#pragma once

#include "model/Explanation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// What the Explain page found in a pasted reply or bounce, as plain text and as one
/// self-contained HTML document, for a ticket ("Copy for a ticket", "Save…"). The pasted
/// text is quoted at the end; everything from it is escaped.
class ExplanationReport
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationReport)
public:
    struct Entry
    {
        QString subject; // the recipient, when the text names one
        Explanation explanation;
    };

    /// "IP address named", "Link", "Bounce written by", "Refused by".
    static QString detailLabel(BounceDetail::Kind kind);
    /// A detail's value as HTML: escaped, and a link when it is a web address.
    static QString detailHtml(const BounceDetail &detail);

    static QString text(const QList<Entry> &entries, const QString &input);
    static QString html(const QList<Entry> &entries, const QString &input);
};
