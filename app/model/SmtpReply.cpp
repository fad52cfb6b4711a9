#include "model/SmtpReply.h"

QString SmtpReply::summaryLine() const
{
    QString line = QString::number(code);
    if (!enhancedCode.isEmpty())
        line += u' ' + enhancedCode;
    const QString body = text();
    if (!body.isEmpty())
        line += u' ' + body;
    return line;
}
