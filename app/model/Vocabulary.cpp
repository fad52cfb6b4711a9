#include "model/Vocabulary.h"

namespace Model {

QString stageStep(Stage stage)
{
    return QCoreApplication::translate(EnumTable<Stage>::context, rowOf(stage)->step);
}

QString stagePhrase(Stage stage)
{
    return QCoreApplication::translate(EnumTable<Stage>::context, rowOf(stage)->phrase);
}

QString categoryClause(Category category)
{
    return QCoreApplication::translate(EnumTable<Category>::context, rowOf(category)->clause);
}

} // namespace Model
