#pragma once

#include <QMessageBox>

/// "Close anyway?" when the last result was neither saved nor copied: Save report,
/// Close without saving, or Cancel. Opened with open() (no nested event loop); deletes
/// itself when answered.
class CloseQuestion : public QMessageBox
{
    Q_OBJECT
public:
    explicit CloseQuestion(QWidget *parent);

Q_SIGNALS:
    void saveRequested();
    void closeConfirmed();
};
