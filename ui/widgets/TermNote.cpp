#include "widgets/TermNote.h"

#include <QFormLayout>
#include <QLabel>

namespace {
QLabel *insertNote(QFormLayout *form, int row, const QString &sentence)
{
    auto *note = new QLabel(sentence, form->parentWidget());
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    note->setFont(font);
    form->insertRow(row < 0 ? form->rowCount() : row + 1, QString(), note);
    return note;
}
} // namespace

QLabel *TermNote::addBelow(QFormLayout *form, QWidget *field, const QString &sentence)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    return insertNote(form, row, sentence);
}

QLabel *TermNote::addBelow(QFormLayout *form, QLayout *rowLayout, const QString &sentence)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getLayoutPosition(rowLayout, &row, &role);
    return insertNote(form, row, sentence);
}
