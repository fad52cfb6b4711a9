#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

/// A term explained where it appears, in a sentence under its field ("EHLO is how this
/// computer introduces itself ..."), not only in a tooltip a newcomer never finds.
namespace TermNote {
/// Inserts a wrapped note in the row under field's row of form; returns the label.
QLabel *addBelow(QFormLayout *form, QWidget *field, const QString &sentence);
/// The same under a row that holds a layout (a row of check boxes).
QLabel *addBelow(QFormLayout *form, QLayout *row, const QString &sentence);
} // namespace TermNote
