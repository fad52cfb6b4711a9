// HistoryStore: finished tests kept in a folder, listed newest first from a small index,
// reopened whole, pruned to the limit; corrupt and foreign files skipped; no secret on disk.
#include "FakeRunFixture.h"
#include "ReportFixture.h"

#include "report/HistoryStore.h"
#include "report/ResultJson.h"
#include "settings/Settings.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TestResult startedAt(int minute, const QString &domain = u"wizard.test"_s)
{
    TestResult r;
    r.plan.domain = domain;
    r.startedAt = QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
    r.verdict.outcome = Verdict::Outcome::Delivered;
    r.verdict.summary = u"Delivered at minute %1."_s.arg(minute);
    return r;
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Every byte of every file below folder, for looking for what must not be there.
QByteArray everything(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll() + '\n';
    }
    return all;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListsNewestFirst();
    void loadGivesTheResultBack();
    void sameStartTimeTwoEntries();
    void severityPerOutcome_data();
    void severityPerOutcome();
    void pruneKeepsTheNewest();
    void limitZeroKeepsNone();
    void removeAndClear();
    void unknownIdsRefused_data();
    void unknownIdsRefused();
    void corruptAndForeignFilesSkipped();
    void indexLostOrStale();
    void secretNeverOnDisk_data();
    void secretNeverOnDisk();
    void folderIsPrivate();
    void defaultLimitIsTheSetting();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->filePath(u"history"_s); }
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::addListsNewestFirst()
{
    HistoryStore history(folder());
    QVERIFY(history.entries().isEmpty()); // no folder yet: nothing, no crash
    QString error;
    const QString older = history.add(startedAt(5, u"old.test"_s), &error);
    QVERIFY2(!older.isEmpty(), qPrintable(error));
    const QString newest = history.add(ReportFixture::failoverResult(), &error);
    const QString middle = history.add(startedAt(30, u"mid.test"_s), &error);
    QVERIFY(error.isEmpty());

    const QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).id, newest);
    QCOMPARE(entries.at(1).id, middle);
    QCOMPARE(entries.at(2).id, older);
    const HistoryEntry &e = entries.at(0);
    QCOMPARE(e.startedAt, QDateTime(QDate(2026, 11, 29), QTime(14, 32, 5, 123), Qt::UTC));
    QCOMPARE(e.destination, u"wizard.test"_s);
    QCOMPARE(e.outcome, Verdict::Outcome::Rejected);
    QCOMPARE(e.severity(), Model::Severity::Permanent);
    QCOMPARE(e.summary, ReportFixture::failoverResult().verdict.summary);
    QCOMPARE(entries.at(1).destination, u"mid.test"_s);
    // A second store on the same folder (the next start of the program) sees the same.
    QCOMPARE(HistoryStore(folder()).entries().size(), 3);
}

void TestHistoryStore::loadGivesTheResultBack()
{
    HistoryStore history(folder());
    const TestResult original = ReportFixture::failoverResult();
    const QString id = history.add(original);
    QString error;
    const std::optional<TestResult> loaded = history.load(id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(ResultJson::toJson(*loaded), ResultJson::toJson(original));
    // The stored file is the .json report of the test, byte for byte.
    QFile file(QDir(folder()).filePath(id + u".json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ResultJson::toJsonBytes(original));
    // Explained again for the pages that show it, as a run leaves it.
    const Attempt &second = loaded->attempts.at(1);
    QVERIFY(second.replies.at(7).explanation.isValid());
    QCOMPARE(second.replies.at(7).explanation.category, Model::Category::RecipientUnknown);
    QVERIFY(second.findings.at(0).explanation.isValid());
    QVERIFY(!second.tls->errors.at(0).title.isEmpty());
    QCOMPARE(loaded->decidingCode(), 550);
}

void TestHistoryStore::sameStartTimeTwoEntries()
{
    HistoryStore history(folder());
    const QString a = history.add(startedAt(1));
    const QString b = history.add(startedAt(1));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().at(0).id, b); // the later one first
    // Without a start time the id comes from the clock.
    TestResult undated = startedAt(1);
    undated.startedAt = QDateTime();
    QVERIFY(!history.add(undated).isEmpty());
    QCOMPARE(history.entries().size(), 3);
    QVERIFY(!history.entries().last().startedAt.isValid()); // undated counts as the oldest
}

void TestHistoryStore::severityPerOutcome_data()
{
    QTest::addColumn<Verdict::Outcome>("outcome");
    QTest::addColumn<Model::Severity>("severity");
    using O = Verdict::Outcome;
    using S = Model::Severity;
    QTest::newRow("delivered") << O::Delivered << S::Success;
    QTest::newRow("accepted") << O::Accepted << S::Success;
    QTest::newRow("deferred") << O::Deferred << S::Transient;
    QTest::newRow("timeout") << O::Timeout << S::Transient;
    QTest::newRow("unreachable") << O::Unreachable << S::Transient;
    QTest::newRow("cancelled") << O::Cancelled << S::Info;
    QTest::newRow("rejected") << O::Rejected << S::Permanent;
    QTest::newRow("tls-failed") << O::TlsFailed << S::Permanent;
    QTest::newRow("dns-failed") << O::DnsFailed << S::Permanent;
}

void TestHistoryStore::severityPerOutcome()
{
    QFETCH(Verdict::Outcome, outcome);
    QFETCH(Model::Severity, severity);
    HistoryStore history(folder());
    TestResult r = startedAt(2);
    r.verdict.outcome = outcome;
    history.add(r);
    QCOMPARE(history.entries().at(0).outcome, outcome);
    QCOMPARE(history.entries().at(0).severity(), severity);
}

void TestHistoryStore::pruneKeepsTheNewest()
{
    HistoryStore history(folder(), 3);
    QStringList ids;
    for (int minute : {1, 5, 3, 4, 2})
        ids.append(history.add(startedAt(minute)));
    QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).startedAt.time().minute(), 5);
    QCOMPARE(entries.at(2).startedAt.time().minute(), 3);
    // An older test than every kept one is added and at once pruned: no id for it.
    QVERIFY(ids.at(4).isEmpty());
    QCOMPARE(QDir(folder()).entryList({u"*.json"_s}, QDir::Files).size(), 3 + 1); // + the index

    history.setLimit(1);
    entries = history.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).startedAt.time().minute(), 5);
    QCOMPARE(QDir(folder()).entryList({u"*.json"_s}, QDir::Files).size(), 1 + 1);
    history.setLimit(-4);
    QCOMPARE(history.limit(), 0);
    QVERIFY(history.entries().isEmpty());
}

void TestHistoryStore::limitZeroKeepsNone()
{
    HistoryStore history(folder(), 0);
    QString error = u"not cleared"_s;
    QVERIFY(history.add(ReportFixture::failoverResult(), &error).isEmpty());
    QVERIFY(error.isEmpty()); // off is not a failure
    QVERIFY(!QFileInfo::exists(folder()));
    QVERIFY(history.entries().isEmpty());
}

void TestHistoryStore::removeAndClear()
{
    HistoryStore history(folder());
    const QString a = history.add(startedAt(1));
    const QString b = history.add(startedAt(2));
    write(QDir(folder()).filePath(u"notes.txt"_s), "mine");
    QVERIFY(history.remove(a));
    QCOMPARE(history.entries().size(), 1);
    QCOMPARE(history.entries().at(0).id, b);
    QVERIFY(!history.load(a));
    QVERIFY(!QFile::exists(QDir(folder()).filePath(a + u".json"_s)));
    QVERIFY(!history.remove(u"../notes"_s));
    QVERIFY(history.clear());
    QVERIFY(history.entries().isEmpty());
    QVERIFY(QFile::exists(QDir(folder()).filePath(u"notes.txt"_s))); // not ours, not touched
}

void TestHistoryStore::unknownIdsRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("never stored") << u"20260101-000000000"_s;
    QTest::newRow("path") << u"../history/20260301-100100000"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("index") << u"index"_s;
}

void TestHistoryStore::unknownIdsRefused()
{
    QFETCH(QString, id);
    HistoryStore history(folder());
    history.add(startedAt(1));
    QString error;
    QVERIFY(!history.load(id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(history.entries().size(), 1);
}

void TestHistoryStore::corruptAndForeignFilesSkipped()
{
    HistoryStore history(folder());
    const QString good = history.add(startedAt(1));
    const QDir dir(folder());
    write(dir.filePath(u"20260301-110000000.json"_s), "{\"format\": \"smtp-wizard-result\", \"attempts\": [");
    write(dir.filePath(u"20260301-120000000.json"_s), R"({"name": "package", "version": "1.0.0"})");
    write(dir.filePath(u"20260301-130000000.json"_s), QByteArray("\0\1\2\3garbage", 11));
    write(dir.filePath(u"20260301-140000000.json"_s), "[]");
    write(dir.filePath(u"report.json"_s), ResultJson::toJsonBytes(startedAt(9))); // not named by us
    write(dir.filePath(u"notes.txt"_s), "hello");
    QVERIFY(dir.mkdir(u"20260301-150000000.json"_s)); // a folder with a result's name

    QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).id, good);
    QString error;
    QVERIFY(!history.load(u"20260301-110000000"_s, &error));
    QVERIFY2(error.contains(u"not readable"_s), qPrintable(error));
    // Adding still works, and the corrupt files are left for the user to look at.
    QVERIFY(!history.add(startedAt(2)).isEmpty());
    QCOMPARE(history.entries().size(), 2);
    QVERIFY(QFile::exists(dir.filePath(u"20260301-110000000.json"_s)));

    // A corrupt index is read past: the results themselves are the truth.
    write(dir.filePath(u"index.json"_s), "{ broken");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history index unreadable"_s));
    QCOMPARE(HistoryStore(folder()).entries().size(), 2);
    write(dir.filePath(u"index.json"_s), R"({"format": "smtp-wizard-history", "entries": "nope"})");
    QCOMPARE(HistoryStore(folder()).entries().size(), 2);
}

void TestHistoryStore::indexLostOrStale()
{
    HistoryStore history(folder());
    const QString a = history.add(startedAt(1, u"a.test"_s));
    const QString b = history.add(startedAt(2, u"b.test"_s));
    const QDir dir(folder());
    QVERIFY(QFile::remove(dir.filePath(u"index.json"_s)));
    QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).destination, u"b.test"_s);

    // The index names a file that was replaced behind its back: the file wins.
    history.add(startedAt(3, u"c.test"_s)); // writes the index again
    write(dir.filePath(b + u".json"_s), ResultJson::toJsonBytes(startedAt(2, u"changed.test"_s)) + "\n");
    entries = history.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).destination, u"changed.test"_s);
    // ... or that was deleted: not listed.
    QVERIFY(QFile::remove(dir.filePath(a + u".json"_s)));
    QCOMPARE(history.entries().size(), 2);
}

void TestHistoryStore::secretNeverOnDisk_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("realRun");
    QTest::newRow("real run, AUTH PLAIN") << FakeRunFixture::user << FakeRunFixture::password << true;
    QTest::newRow("fixture, secret slipped into lines") << ReportFixture::user << ReportFixture::password << false;
}

void TestHistoryStore::secretNeverOnDisk()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, realRun);
    TestResult result;
    if (realRun) {
        result = FakeRunFixture::run(FakeRunFixture::signInPlan(), FakeRunFixture::deliveringScript());
        QCOMPARE(result.verdict.outcome, Verdict::Outcome::Delivered);
        QVERIFY(result.attempts.at(0).authenticated);
    } else {
        result = ReportFixture::failoverResult();
        const QString plain = base64(QChar(0) + user + QChar(0) + password);
        result.attempts[1].transcript[22].text = u"AUTH PLAIN "_s + plain;
        result.attempts[1].replies[7].reply.lines = {password};
        result.attempts[1].errorText = base64(password);
        result.verdict.summary = u"Signed in with "_s + password;
    }
    result.plan.password = password; // as the run's own plan had it
    HistoryStore history(folder());
    QVERIFY(!history.add(result).isEmpty());
    QVERIFY(history.load(history.entries().at(0).id));

    const QByteArray disk = everything(m_dir->path());
    QVERIFY(!disk.isEmpty());
    const QStringList forbidden = {password, base64(password), base64(QChar(0) + user + QChar(0) + password),
                                   base64(user + QChar(0) + user + QChar(0) + password)};
    for (const QString &secret : forbidden)
        QVERIFY2(!disk.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!disk.contains("\"password\""));
    QVERIFY(disk.contains("AUTH PLAIN ")); // the sign-in is recorded, its secret is not
}

void TestHistoryStore::folderIsPrivate()
{
#ifdef Q_OS_UNIX
    HistoryStore history(folder());
    history.add(startedAt(1));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(folder()).permissions() & others, QFileDevice::Permissions());
#else
    QSKIP("permissions are the platform's");
#endif
}

void TestHistoryStore::defaultLimitIsTheSetting()
{
    QCOMPARE(Settings::defaultValue(Settings::Key::HistoryLimit).toInt(), HistoryStore::defaultLimit);
    QCOMPARE(HistoryStore(folder()).limit(), HistoryStore::defaultLimit);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
