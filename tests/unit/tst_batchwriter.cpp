#include "cli/BatchProgress.h"
#include "report/BatchWriter.h"
#include "settings/Translations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
BatchRow row(const QString &address, BatchRow::Outcome outcome, int code, const QString &text)
{
    BatchRow r;
    r.line = 7;
    r.address = address;
    r.outcome = outcome;
    r.category = outcome == BatchRow::Outcome::Accepted ? Model::Category::Accepted : Model::Category::RecipientUnknown;
    r.code = code;
    r.text = text;
    r.mx = u"mx.example.com"_s;
    return r;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}
} // namespace

/// The batch check's output: JSON lines and CSV, flushed row by row, read back to resume;
/// and the progress line and exit code of the runner.
class TestBatchWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("2 errors") come from the built-in translation.
        Translations::install(*QCoreApplication::instance());
    }
    void jsonLine()
    {
        const QByteArray line = BatchWriter::line(
            row(u"bob@example.com"_s, BatchRow::Outcome::Refused, 550, u"5.1.1 User unknown"_s),
            BatchWriter::Format::JsonLines);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"address"_s).toString(), u"bob@example.com"_s);
        QCOMPARE(o.value(u"outcome"_s).toString(), u"refused"_s);
        QCOMPARE(o.value(u"category"_s).toString(), u"recipient-unknown"_s);
        QCOMPARE(o.value(u"code"_s).toInt(), 550);
        QCOMPARE(o.value(u"text"_s).toString(), u"5.1.1 User unknown"_s);
        QCOMPARE(o.value(u"mx"_s).toString(), u"mx.example.com"_s);
        QCOMPARE(o.value(u"line"_s).toInt(), 7);
    }

    void csvLine()
    {
        QCOMPARE(BatchWriter::columns().join(u','), u"address,outcome,category,code,text,mx,line"_s);
        QCOMPARE(BatchWriter::line(row(u"a@example.com"_s, BatchRow::Outcome::Accepted, 250, u"2.1.5 Ok"_s),
                                   BatchWriter::Format::Csv),
                 QByteArray("a@example.com,accepted,accepted,250,2.1.5 Ok,mx.example.com,7\r\n"));
        // Quotes doubled, commas quoted, and no cell a spreadsheet would run as a formula.
        QCOMPARE(BatchWriter::line(row(u"\"a,b\"@example.com"_s, BatchRow::Outcome::Refused, 550,
                                       u"=HYPERLINK(\"x\")"_s),
                                   BatchWriter::Format::Csv),
                 QByteArray("\"\"\"a,b\"\"@example.com\",refused,recipient-unknown,550,"
                            "\"'=HYPERLINK(\"\"x\"\")\",mx.example.com,7\r\n"));
        // An address may start with = + - (they are atext), and a bad line is any text:
        // guarded too, and read back without the guard when a run resumes.
        QCOMPARE(BatchWriter::line(row(u"=1+1@example.com"_s, BatchRow::Outcome::Accepted, 250, u"2.1.5 Ok"_s),
                                   BatchWriter::Format::Csv),
                 QByteArray("'=1+1@example.com,accepted,accepted,250,2.1.5 Ok,mx.example.com,7\r\n"));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"guarded.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(BatchWriter::columns().join(u',').toUtf8() + "\r\n");
        file.write(BatchWriter::line(row(u"-x@example.com"_s, BatchRow::Outcome::Accepted, 250, u"2.1.5 Ok"_s),
                                     BatchWriter::Format::Csv));
        file.close();
        QCOMPARE(BatchWriter::readDone(path).value_or(QStringList()), QStringList{u"-x@example.com"_s});
    }

    void formatByName()
    {
        QCOMPARE(BatchWriter::formatFor(u"out.CSV"_s), BatchWriter::Format::Csv);
        QCOMPARE(BatchWriter::formatFor(u"out.jsonl"_s), BatchWriter::Format::JsonLines);
        QCOMPARE(BatchWriter::formatFor(u"out"_s), BatchWriter::Format::JsonLines);
    }

    void resume_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("json lines") << u"out.jsonl"_s;
        QTest::newRow("csv") << u"out.csv"_s;
    }
    void resume()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QCOMPARE(BatchWriter::readDone(path)->size(), 0); // no file yet: nothing done
        {
            BatchWriter writer;
            QVERIFY(writer.open(path));
            writer.write(row(u"a@example.com"_s, BatchRow::Outcome::Accepted, 250, u"Ok"_s));
            writer.write(row(u"\"b,c\"@example.com"_s, BatchRow::Outcome::Refused, 550, u"no, \"never\""_s));
            // Flushed at once: the file holds both rows while the writer is open.
            QCOMPARE(BatchWriter::readDone(path)->size(), 2);
        }
        append(path, "torn@exa"); // a run killed in the middle of a row
        QCOMPARE(*BatchWriter::readDone(path), (QStringList{u"a@example.com"_s, u"\"b,c\"@example.com"_s}));
        {
            BatchWriter writer;
            QVERIFY(writer.open(path)); // cuts the torn row off, no second header
            writer.write(row(u"d@example.com"_s, BatchRow::Outcome::Temporary, 450, u"later"_s));
        }
        const QByteArray bytes = contents(path);
        QVERIFY(!bytes.contains("torn@"));
        QCOMPARE(bytes.count("address,outcome"), name.endsWith(u".csv"_s) ? 1 : 0);
        QCOMPARE(BatchWriter::readDone(path)->size(), 3);
    }

    void notABatchFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.jsonl"_s);
        append(path, "{\"verdict\":{}}\n");
        QString error;
        QVERIFY(!BatchWriter::readDone(path, &error));
        QVERIFY(!error.isEmpty());
    }

    void progressLine()
    {
        BatchProgress::Counts counts{110, 9, 4, 0};
        QCOMPARE(BatchProgress::line(counts, 1000, 1230),
                 u"123/1000 checked, 110 accepted, 9 refused, 4 temporary, about 9 s left"_s);
        counts.errors = 2;
        QCOMPARE(BatchProgress::line(counts, 125, 4000),
                 u"125/125 checked, 110 accepted, 9 refused, 4 temporary, 2 errors, done in 4.0 s"_s);
    }

    void exitCodes()
    {
        QCOMPARE(BatchProgress::exitCode({5, 0, 0, 0}), 0);
        QCOMPARE(BatchProgress::exitCode({5, 1, 1, 1}), 1);
        QCOMPARE(BatchProgress::exitCode({5, 0, 1, 1}), 2);
        QCOMPARE(BatchProgress::exitCode({5, 0, 0, 1}), 3);
    }
};

QTEST_GUILESS_MAIN(TestBatchWriter)
#include "tst_batchwriter.moc"
