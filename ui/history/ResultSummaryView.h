#pragma once

#include "model/TestResult.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

/// The Summary of a finished test, read-only: the verdict with its icon, the next steps,
/// what happened to each recipient and (folded) the time per step. For reopened tests;
/// the wizard's own Summary page adds what only a live test can offer (run again, change).
class ResultSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultSummaryView(QWidget *parent = nullptr);

    void setResult(const TestResult &result);

private:
    void showRecipients(const TestResult &result);
    void showTimings(const TestResult &result);

    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_nextSteps;
    QLabel *m_recipientsHeading;
    QTableWidget *m_recipients;
    QToolButton *m_timingsToggle;
    QTableWidget *m_timings;
};
