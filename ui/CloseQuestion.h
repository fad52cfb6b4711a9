#pragma once

#include <QMessageBox>

/// "Close anyway?" when the last result (or the Explain page's work) was neither saved nor
/// copied: Save, Close without saving, or Cancel. Opened with open() (no nested event
/// loop); deletes itself when answered.
class CloseQuestion : public QMessageBox
{
    Q_OBJECT
public:
    enum class Subject { TestResult, Explanation };
    explicit CloseQuestion(QWidget *parent, Subject subject = Subject::TestResult);

Q_SIGNALS:
    void saveRequested();
    void closeConfirmed();
};
