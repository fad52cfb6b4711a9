#pragma once

#include "model/TestResult.h"
#include "report/RunComparison.h"

#include <QDialog>

/// Two tests side by side: what changed from the older (before) to the newer (after),
/// grouped by topic (verdict, mail servers, connection, encryption, replies, recipients,
/// duration) as RunComparison lists it; "No differences" when nothing did. Non-modal,
/// deleted when closed; objectName "comparisonDialog".
class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    ComparisonDialog(const TestResult &before, const TestResult &after, QWidget *parent = nullptr);

    /// The heading of a group of differences: "Mail servers".
    static QString topicLabel(RunComparison::Topic topic);
};
