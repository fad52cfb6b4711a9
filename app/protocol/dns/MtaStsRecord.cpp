#include "protocol/dns/MtaStsRecord.h"

#include "protocol/dns/TagList.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool MtaStsRecord::isMtaSts(const QString &txt)
{
    return TagList::parse(txt, false).beginsWith(u"v"_s, u"STSv1"_s);
}

MtaStsRecord MtaStsRecord::parse(const QString &input)
{
    MtaStsRecord record;
    record.text = input;
    const auto fault = [&record](const QString &detail) {
        record.faults.append(HealthIssue{Model::HealthProblem::StsSyntax, detail, {}});
    };
    const TagList tags = TagList::parse(input, false);
    if (!isMtaSts(input)) {
        fault(input.left(12));
        return record;
    }
    if (!tags.malformed.isEmpty())
        fault(tags.malformed);
    static const QRegularExpression id(u"^[A-Za-z0-9]{1,32}$"_s);
    if (!tags.contains(u"id"_s))
        fault(u"id"_s);
    else if (tags.count(u"id"_s) > 1 || !id.match(tags.value(u"id"_s)).hasMatch())
        fault(u"id="_s + tags.value(u"id"_s));
    else
        record.id = tags.value(u"id"_s);
    return record;
}
