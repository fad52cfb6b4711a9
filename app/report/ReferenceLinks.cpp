#include "report/ReferenceLinks.h"

#include "model/SafeText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &rfcPattern()
{
    // "RFC 5321", "RFC 5321 §4.2.3", "RFC5321 section 4.5.3.1".
    static const QRegularExpression pattern(u"\\bRFC\\s*(\\d{3,5})(?:\\s*(?:§|section)\\s*(\\d+(?:\\.\\d+)*))?"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QUrl urlOf(const QRegularExpressionMatch &match)
{
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc"_s + match.captured(1));
    if (const QString section = match.captured(2); !section.isEmpty())
        url.setFragment(u"section-"_s + section);
    return url;
}

} // namespace

QUrl ReferenceLinks::urlFor(const QString &reference)
{
    const QRegularExpressionMatch match = rfcPattern().match(reference);
    return match.hasMatch() ? urlOf(match) : QUrl();
}

QString ReferenceLinks::html(const QString &reference)
{
    const QString text = SafeText::visible(reference);
    QString html;
    qsizetype done = 0;
    auto it = rfcPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(done, match.capturedStart() - done).toHtmlEscaped();
        html += u"<a href=\""_s + urlOf(match).toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s
            + match.captured(0).toHtmlEscaped() + u"</a>"_s;
        done = match.capturedEnd();
    }
    return html + text.mid(done).toHtmlEscaped();
}
