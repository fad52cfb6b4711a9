#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// What changed between two tests of the same destination, in the words a help desk uses:
/// the mail servers and their addresses, the encryption and certificate, each server's
/// answer at each step, each recipient's outcome, the verdict and how long it took.
/// Only differences are listed, in that order; equal runs give an empty list.
///
///     for (const auto &d : RunComparison::compare(older, newer))
///         table->addRow(d.aspect, d.before, d.after);
class RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)
public:
    /// What a difference is about, for grouping or icons.
    enum class Topic { Verdict, MailServers, Connection, Encryption, Replies, Recipients, Duration };

    struct Difference
    {
        Topic topic;
        QString aspect; // "Certificate of mail.wizard.test valid until"
        QString before; // what the first (older) run found, never empty
        QString after;  // what the second run found, never empty
    };

    static QList<Difference> compare(const TestResult &before, const TestResult &after);
};
