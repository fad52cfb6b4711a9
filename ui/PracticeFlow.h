#pragma once

#include "pages/PracticeBed.h"

#include <QObject>
#include <QString>

class PracticePage;
class SmtpWizard;
class WizardController;
struct DnsFindings;
struct TestResult;

/// The practice mode (`smtp-wizard --practice <testbed.env>`, `make demo`): exercises on
/// the local test bed for new help-desk staff. Adds the Practice page as the wizard's first
/// page, marks every page with a "Practice" badge and the window title, fills the pages in
/// when an exercise starts, and turns the run that follows (or the lookup, where the
/// lookup ends it) into the exercise's debrief. The Debrief button goes back to the
/// Practice page, which shows it. Kept apart from SmtpWizard, which wires the single test.
class PracticeFlow : public QObject
{
    Q_OBJECT
public:
    PracticeFlow(SmtpWizard &wizard, WizardController &controller, PracticeBed bed);

    PracticePage *page() const { return m_page; }
    /// The exercise started last, empty before the first.
    QString activeExercise() const { return m_active; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const QString &key);
    void lookupFinished(const DnsFindings &findings);
    void runFinished(const TestResult &result);
    void updateDebriefButton();
    void paintBadge();

    SmtpWizard &m_wizard;
    PracticeBed m_bed;
    PracticePage *m_page;
    QString m_active;
    bool m_outcomeKnown = false; // the active exercise has a debrief to show
};
