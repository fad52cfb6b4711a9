#include "diagnosis/CodeLookup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CatalogTables;

namespace CodeLookup {

std::optional<EnhancedCode> parseEnhanced(const QString &code)
{
    static const QRegularExpression pattern(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    const auto match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return EnhancedCode{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
}

const EnhancedRow *findEnhanced(int subject, int detail)
{
    for (const auto &table : {enhancedAddressRows(), enhancedSystemRows(), enhancedSecurityRows()}) {
        for (const auto &row : table) {
            if (row.subject == subject && row.detail == detail)
                return &row;
        }
    }
    return nullptr;
}

const BasicRow *findBasic(int code, Model::Stage stage)
{
    for (const auto &table : {basicStageRows(), basicRows()}) {
        for (const auto &row : table) {
            if (row.code == code && matches(row.stages, stage))
                return &row;
        }
    }
    return nullptr;
}

QString enhancedReference(const EnhancedCode &code)
{
    return u"IANA SMTP Enhanced Status Codes X.%1.%2"_s.arg(code.subject).arg(code.detail);
}

bool isLooseEnhanced(const EnhancedCode &code)
{
    return code.detail == 0 || (code.subject == 7 && code.detail == 1);
}

} // namespace CodeLookup
