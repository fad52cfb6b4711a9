#pragma once

#include "model/TestResult.h"

#include <QDialog>

class ExplanationPanel;
class InlineBanner;
class ResultSummaryView;
class QTabWidget;
class TranscriptView;

/// A test from the history, reopened read-only: its Run page (the transcript with the
/// explanation beside it, the deciding line selected) and its Summary, with Save report
/// and Copy for a ticket. Nothing here changes or repeats the test.
class ResultWindow : public QDialog
{
    Q_OBJECT
public:
    /// A non-modal window of its own, deleted when closed; objectName "resultWindow".
    explicit ResultWindow(const TestResult &result, QWidget *parent = nullptr);

    const TestResult &result() const { return m_result; }
    /// "wizard.test, 29 November 2026 14:32" in the user's locale and time zone.
    static QString describe(const QDateTime &startedAt, const QString &destination);
    static QString destinationOf(const TestResult &result);

private:
    /// Fills the transcript as the Run page did live: every line in the order of its time,
    /// then the stored explanations of replies and of the problems that ended attempts.
    void showTranscript();
    void showDecidingLine();
    void saveReport();
    void copyForTicket();

    TestResult m_result;
    QTabWidget *m_tabs;
    TranscriptView *m_transcript;
    ExplanationPanel *m_explanation;
    ResultSummaryView *m_summary;
    InlineBanner *m_banner;
};
