#pragma once

#include <QList>
#include <QMap>
#include <QString>

/// Runs the reply catalogue over the labelled corpus of tests/data/corpus and counts how
/// often it names the category a mail administrator gave. Reply lines are explained at
/// their labelled stage, bounces through BounceExplainer (the first failed recipient).
class CorpusEval
{
public:
    struct Case
    {
        QString id;       // "r0001" or the bounce's file name
        QString split;    // "dev" or "test"
        QString expected; // category key
        QString actual;   // category key, "(nothing)" when nothing was explained
        QString input;    // the reply line, or the bounce's evidence phrase
        QString ruleId;   // the rule that decided
        bool correct = false;
    };

    struct Tally
    {
        int total = 0;
        int correct = 0;
        QMap<QString, QPair<int, int>> perCategory;  // expected -> (correct, total)
        QMap<QString, QMap<QString, int>> confusion; // expected -> actual -> count
        double accuracy() const { return total ? 100.0 * correct / total : 0.0; }
    };

    /// corpusDir: tests/data/corpus; sharedDir: the folder that holds flufl-bounce/.
    CorpusEval(const QString &corpusDir, const QString &sharedDir);

    QList<Case> replies() const { return m_replies; }
    QList<Case> bounces() const { return m_bounces; }
    QString error() const { return m_error; }

    /// split: "dev", "test" or "all".
    static Tally tally(const QList<Case> &cases, const QString &split);

private:
    void loadReplies(const QString &path);
    void loadBounces(const QString &indexPath, const QString &baseDir);

    QList<Case> m_replies;
    QList<Case> m_bounces;
    QString m_error;
};
