#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>

class QTableWidget;

/// The two tables of a result, for the Summary page and for a test reopened from the
/// history: what happened to each recipient, and how long each step took.
class ResultTables
{
    Q_DECLARE_TR_FUNCTIONS(ResultTables)
public:
    /// Sets up the columns (Recipient, Outcome, Reason / Server, Step, Time) once.
    static void setUpRecipients(QTableWidget *table);
    static void setUpTimings(QTableWidget *table);
    /// The recipients; for the open-relay check, one row per form tried instead.
    static void fillRecipients(QTableWidget *table, const TestResult &result);
    static void fillTimings(QTableWidget *table, const TestResult &result);

private:
    static void fillRelayForms(QTableWidget *table, const TestResult &result);
};
