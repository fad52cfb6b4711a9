#include "model/TestPlan.h"

namespace Model {

QStringList notifyKeys(TestPlan::Notify notify)
{
    QStringList out;
    for (const auto &row : EnumTable<TestPlan::NotifyFlag>::rows) {
        if (notify.testFlag(row.value))
            out.append(QString::fromLatin1(row.key));
    }
    return out;
}

} // namespace Model
