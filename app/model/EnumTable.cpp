#include "model/EnumTable.h"

namespace Model {

QString choiceList(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return QCoreApplication::translate("Model", "%1 or %2", "a list of choices: \"a, b\" or \"c\"")
        .arg(words.mid(0, words.size() - 1).join(QLatin1StringView(", ")), words.constLast());
}

} // namespace Model
