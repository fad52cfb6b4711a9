#pragma once

#include "model/Verdict.h"
#include "model/Vocabulary.h"
#include "pages/WizardMode.h"
#include "plan/PlanRequest.h"

#include <QList>
#include <QString>

#include <optional>

class PracticeBed;

/// One exercise of the practice mode: the ticket a trainee is handed, where the wizard is
/// pointed on the test bed, and what the run should end in, with what to conclude and why.
/// The exercises are one table (PracticeExercise.cpp), a row each; their words are marked
/// for lupdate there, so they are translated like every other string of the wizard.
struct PracticeExercise
{
    QString key;          // stable: tests, the debrief, the page's list
    QString title;        // translated
    QString ticket;       // translated: what the customer reported
    QString conclusion;   // translated: what the trainee should conclude
    QString why;          // translated: how the run shows it

    WizardMode mode = WizardMode::Delivery;
    /// Expected end of the run: its verdict's outcome and category, and where one is
    /// given the deciding reply's enhanced code (two sign-in refusals differ only there).
    Verdict::Outcome outcome = Verdict::Outcome::Delivered;
    Model::Category category = Model::Category::Accepted;
    QString enhancedCode;
    /// The lookup ends the exercise (null MX): the Mail servers page stops there.
    bool endsAtLookup = false;
    /// The first mail server must have failed before another one decided the run.
    bool needsBackupMx = false;

    /// The wizard's pages for this exercise on bed: destination, port, security, sign-in,
    /// message. The DNS server is the bed's.
    PlanRequest request(const PracticeBed &bed) const;

    /// Every exercise, in the order the page lists them.
    static QList<PracticeExercise> all();
    /// The exercise with key, if any.
    static std::optional<PracticeExercise> find(const QString &key);

    // Where on the bed (from the table; see request()).
    QString domain;       // delivery: the domain (the bed's zone written as wizard.test)
    QString server;       // submission: the host; the port comes from portVariable
    QString portVariable; // the bed's variable for the port, e.g. "SMTP_PORT"
    TestPlan::Security security = TestPlan::Security::StartTls;
    bool trustBedCa = true;
    TestPlan::Auth auth = TestPlan::Auth::None;
    QString password;     // a wrong one the "customer" gave, empty: the bed's own; the user is the bed's
    QString mailFrom;
    QString rcptTo;
};
