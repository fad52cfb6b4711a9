#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace Model {

QString stageStep(Stage stage)
{
    return QCoreApplication::translate(EnumTable<Stage>::context, rowOf(stage)->step);
}

QString stagePhrase(Stage stage)
{
    return QCoreApplication::translate(EnumTable<Stage>::context, rowOf(stage)->phrase);
}

QString durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return QCoreApplication::translate("Model::Duration", "%1 ms").arg(locale.toString(ms));
    if (ms < 60000 && ms % 1000 == 0)
        return QCoreApplication::translate("Model::Duration", "%1 s").arg(locale.toString(ms / 1000));
    if (ms < 60000)
        return QCoreApplication::translate("Model::Duration", "%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    return QCoreApplication::translate("Model::Duration", "%1 min %2 s")
        .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
}

QString categoryClause(Category category)
{
    return QCoreApplication::translate(EnumTable<Category>::context, rowOf(category)->clause);
}

} // namespace Model
