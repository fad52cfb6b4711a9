#pragma once

#include "model/Vocabulary.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// Merges the causes and next steps of several catalogue entries (provider rule or phrase,
/// enhanced code, basic code at the stage) into one list that reads as one: near-duplicates
/// dropped, the most specific source first, at most maxItems, nothing that contradicts the
/// category the reply's words decided, and no "send again later" for a permanent failure.
class CauseMerger
{
public:
    static constexpr int maxItems = 4;

    CauseMerger(Model::Category category, Model::Severity severity);

    /// Adds items from one source, in order. secondary: the source did not decide the
    /// category (the basic code next to words), so items naming another cause are skipped.
    void add(const QStringList &items, bool secondary = false);
    QStringList items() const { return m_items; }

private:
    bool nearDuplicate(const QSet<QString> &words) const;
    bool ruledOut(const QString &item) const;

    Model::Category m_category;
    Model::Severity m_severity;
    QStringList m_items;
    QList<QSet<QString>> m_words; // of each kept item and each of its "; " parts: split once
};
