#pragma once

#include "model/TestResult.h"
#include "report/HistoryEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// Keeps every finished test in a folder, one result JSON file each (the document of
/// docs/json.md, so a stored test is also a .json report), plus a small index so the list
/// is read without parsing every result. No secret is stored: results go through
/// ResultJson, whose ResultScrubber drops the password and masks any form of it. Writes
/// are atomic; a file in the folder that is not a result is left alone and not listed.
///
///     HistoryStore history(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
///                          + u"/history"_s, settings.value(Settings::Key::HistoryLimit).toInt());
///     history.add(result);
///     for (const HistoryEntry &entry : history.entries()) ...
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    /// How many tests are kept unless told otherwise (Settings::Key::HistoryLimit's default).
    static constexpr int defaultLimit = 100;

    explicit HistoryStore(const QString &folder, int limit = defaultLimit);

    QString folder() const { return m_folder; }

    /// Stores result and returns its id; prunes the oldest beyond the limit. Returns an
    /// empty id when nothing was stored: with the limit 0 (history off, error stays empty)
    /// or when writing failed (error says why).
    QString add(const TestResult &result, QString *error = nullptr);
    /// Every stored test, newest first.
    QList<HistoryEntry> entries() const;
    /// The stored result with its explanations made again (the JSON keeps only their
    /// classification); nothing when id is unknown or its file unreadable (error says why).
    std::optional<TestResult> load(const QString &id, QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr);
    /// Removes every stored test (files that are not results stay).
    bool clear(QString *error = nullptr);

    /// Keeps at most limit tests, removing the oldest now and after each add(); 0 keeps
    /// none (history off), a negative limit counts as 0.
    void setLimit(int limit);
    int limit() const { return m_limit; }

private:
    QString pathOf(const QString &id) const;
    QString indexPath() const;
    /// Index entries whose file exists, plus results the index does not know (read whole).
    QList<HistoryEntry> scan() const;
    bool writeIndex(const QList<HistoryEntry> &entries, QString *error) const;
    bool prune(QList<HistoryEntry> &entries, QString *error);
    QString newId(const QDateTime &startedAt) const;

    QString m_folder;
    int m_limit = defaultLimit;
};
