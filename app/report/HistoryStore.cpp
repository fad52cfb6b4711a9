#include "report/HistoryStore.h"

#include "report/ResultJson.h"
#include "report/ResultJsonReader.h"
#include "run/RunExplainer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcHistory, "smtpwizard.history")

using namespace Qt::StringLiterals;

namespace {

const QString indexName = u"index.json"_s;
const QString indexFormat = u"smtp-wizard-history"_s;

/// Ids are made here ("20261129-143205123", "-2" when that one is taken); anything else
/// handed in (a stale row, a crafted path) names no file of ours.
bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^\\d{8}-\\d{9}(-\\d{1,6})?$"_s);
    return pattern.match(id).hasMatch();
}

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

std::optional<HistoryEntry> entryOfResult(const QString &id, const QJsonObject &json)
{
    if (!ResultJsonReader::isReadable(json))
        return std::nullopt;
    const QJsonObject verdict = json.value(u"verdict").toObject();
    HistoryEntry entry;
    entry.id = id;
    entry.startedAt = parseTime(json.value(u"startedAt"));
    entry.destination = json.value(u"plan").toObject().value(u"destination").toString();
    entry.outcome = Model::fromKey<Verdict::Outcome>(verdict.value(u"outcome").toString()).value_or(entry.outcome);
    entry.summary = verdict.value(u"summary").toString();
    return entry;
}

std::optional<HistoryEntry> entryOfFile(const QString &id, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        qCDebug(lcHistory) << "not a result, not listed:" << path;
        return std::nullopt;
    }
    return entryOfResult(id, doc.object());
}

/// What the index remembers of a file, so a file changed behind its back is read again.
QString stamp(const QFileInfo &info)
{
    return u"%1:%2"_s.arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

bool newerFirst(const HistoryEntry &a, const HistoryEntry &b)
{
    // A result without a start time counts as the oldest.
    const qint64 ta = a.startedAt.isValid() ? a.startedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 tb = b.startedAt.isValid() ? b.startedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    return ta != tb ? ta > tb : a.id > b.id;
}

} // namespace

HistoryStore::HistoryStore(const QString &folder, int limit)
    : m_folder(folder)
    , m_limit(std::max(limit, 0))
{
}

QString HistoryStore::pathOf(const QString &id) const
{
    return QDir(m_folder).filePath(id + u".json"_s);
}

QString HistoryStore::indexPath() const
{
    return QDir(m_folder).filePath(indexName);
}

QString HistoryStore::newId(const QDateTime &startedAt) const
{
    const QDateTime time = startedAt.isValid() ? startedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QString base = time.toString(u"yyyyMMdd-HHmmsszzz"_s);
    QString id = base;
    for (int n = 2; QFile::exists(pathOf(id)) && n < 1000000; ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QList<HistoryEntry> HistoryStore::scan() const
{
    QHash<QString, QPair<QString, HistoryEntry>> indexed; // id -> (stamp, entry)
    QFile indexFile(indexPath());
    if (indexFile.open(QIODevice::ReadOnly)) {
        const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
        if (index.value(u"format").toString() == indexFormat) {
            for (const QJsonValue &value : index.value(u"entries").toArray()) {
                const QJsonObject row = value.toObject();
                HistoryEntry entry;
                entry.id = row.value(u"id").toString();
                entry.startedAt = parseTime(row.value(u"startedAt"));
                entry.destination = row.value(u"destination").toString();
                entry.outcome = Model::fromKey<Verdict::Outcome>(row.value(u"outcome").toString()).value_or(entry.outcome);
                entry.summary = row.value(u"summary").toString();
                if (isValidId(entry.id))
                    indexed.insert(entry.id, {row.value(u"stamp").toString(), entry});
            }
        } else if (indexFile.size() > 0) {
            qCWarning(lcHistory) << "history index unreadable, reading every result:" << indexFile.fileName();
        }
    }

    QList<HistoryEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString id = info.completeBaseName();
        if (!isValidId(id))
            continue; // the index, or a file someone put here
        const auto known = indexed.constFind(id);
        if (known != indexed.constEnd() && known->first == stamp(info)) {
            entries.append(known->second);
        } else if (const auto entry = entryOfFile(id, info.filePath())) {
            entries.append(*entry);
        }
    }
    std::sort(entries.begin(), entries.end(), newerFirst);
    return entries;
}

bool HistoryStore::writeIndex(const QList<HistoryEntry> &entries, QString *error) const
{
    QJsonArray rows;
    for (const HistoryEntry &entry : entries) {
        rows.append(QJsonObject{
            {u"id"_s, entry.id},
            {u"stamp"_s, stamp(QFileInfo(pathOf(entry.id)))},
            {u"startedAt"_s, entry.startedAt.isValid() ? QJsonValue(entry.startedAt.toString(Qt::ISODateWithMs))
                                                       : QJsonValue(QJsonValue::Null)},
            {u"destination"_s, entry.destination},
            {u"outcome"_s, Model::key(entry.outcome)},
            {u"summary"_s, entry.summary},
        });
    }
    QSaveFile file(indexPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{u"format"_s, indexFormat}, {u"entries"_s, rows}}).toJson());
        if (file.commit())
            return true;
    }
    // The index only saves time: without it the next listing reads every result.
    qCWarning(lcHistory) << "could not write the history index:" << file.errorString();
    if (error)
        *error = tr("The list of earlier tests could not be saved in %1: %2").arg(m_folder, file.errorString());
    return false;
}

bool HistoryStore::prune(QList<HistoryEntry> &entries, QString *error)
{
    bool ok = true;
    while (entries.size() > m_limit) {
        const HistoryEntry oldest = entries.takeLast();
        QFile file(pathOf(oldest.id));
        if (file.exists() && !file.remove()) {
            ok = false;
            if (error)
                *error = tr("An old test could not be removed from %1: %2").arg(m_folder, file.errorString());
        }
    }
    return ok;
}

QString HistoryStore::add(const TestResult &result, QString *error)
{
    if (error)
        error->clear();
    if (m_limit == 0)
        return {};
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("The folder for earlier tests could not be created: %1").arg(m_folder);
        return {};
    }
    // Addresses and subjects are personal data: the folder is the user's alone.
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QList<HistoryEntry> entries = scan();
    // ResultJson hands the result to ResultScrubber first: the password cannot reach the file.
    const QJsonObject json = ResultJson::toJson(result);
    const QString id = newId(result.startedAt);
    QSaveFile file(pathOf(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The test could not be kept in the history (%1): %2").arg(m_folder, file.errorString());
        return {};
    }
    if (const auto entry = entryOfResult(id, json)) {
        entries.append(*entry);
        std::sort(entries.begin(), entries.end(), newerFirst);
    }
    prune(entries, error);
    writeIndex(entries, error);
    // The new test itself is never the one pruned unless it is older than all others
    // kept, which only a limit smaller than the history can cause.
    return QFile::exists(pathOf(id)) ? id : QString();
}

QList<HistoryEntry> HistoryStore::entries() const
{
    return scan();
}

std::optional<TestResult> HistoryStore::load(const QString &id, QString *error) const
{
    QFile file(pathOf(id));
    if (!isValidId(id) || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("This test is no longer in the history.");
        return std::nullopt;
    }
    QString why;
    std::optional<TestResult> result = ResultJsonReader::fromJsonBytes(file.readAll(), &why);
    if (!result) {
        if (error)
            *error = tr("This test could not be opened: %1").arg(why);
        return std::nullopt;
    }
    // The document keeps each line's classification as it was shown when the test ran;
    // explaining again fills the records (meaning, causes, next steps) but must not
    // recolour the lines with a newer catalogue's words.
    const QList<TranscriptEntry> events = result->events;
    QList<QList<TranscriptEntry>> transcripts;
    for (const Attempt &attempt : std::as_const(result->attempts))
        transcripts.append(attempt.transcript);
    RunExplainer::explainResult(*result);
    result->events = events;
    for (qsizetype i = 0; i < result->attempts.size(); ++i)
        result->attempts[i].transcript = transcripts.at(i);
    if (error)
        error->clear();
    return result;
}

bool HistoryStore::remove(const QString &id, QString *error)
{
    if (error)
        error->clear();
    if (!isValidId(id))
        return false;
    QFile file(pathOf(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("The test could not be removed from %1: %2").arg(m_folder, file.errorString());
        return false;
    }
    return writeIndex(scan(), error);
}

bool HistoryStore::clear(QString *error)
{
    if (error)
        error->clear();
    bool ok = true;
    for (const HistoryEntry &entry : scan()) {
        QFile file(pathOf(entry.id));
        if (!file.remove()) {
            ok = false;
            if (error)
                *error = tr("The test could not be removed from %1: %2").arg(m_folder, file.errorString());
        }
    }
    return writeIndex(scan(), error) && ok;
}

void HistoryStore::setLimit(int limit)
{
    m_limit = std::max(limit, 0);
    if (!QFileInfo::exists(m_folder))
        return;
    QList<HistoryEntry> entries = scan();
    if (entries.size() <= m_limit)
        return;
    prune(entries, nullptr);
    writeIndex(entries, nullptr);
}
