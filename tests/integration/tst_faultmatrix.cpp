#include "CliProcess.h"
#include "HostileServer.h"
#include "Testbed.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Action = HostileServer::Action;
using Step = HostileServer::Step;

namespace {

/// One row of tests/data/fault-matrix.tsv (the columns are explained there).
struct Row
{
    QString cell;   // "rcpt/421", "starttls/soft opportunistic"
    QString fault;  // hard, soft, hangup, 421 or delay
    QString server; // sink:NAME, postfix:PORT or scripted:NAME
    QStringList options;
    QString input;  // bed-password, wrong-password or empty
    int exitCode = -1;
    QString outcome;
    QString stage;
    int code = 0; // 0: the verdict has no code
    QString category;
    QString problem; // empty: null
    QString finding; // empty: none required
    int line = 0;    // in the file, for messages

    QString name() const { return cell + u" · "_s + server; }
};

/// How one run of the runner ended.
struct Run
{
    bool finished = false; // by itself, before the watchdog
    int exitCode = -1;     // -2: crashed
    QByteArray out;
    QByteArray err;
    double seconds = 0;
    QJsonObject json;
    QStringList mismatches; // what differs from the row; empty: the row holds
};

// The runner's limit for every step: short where the server stalls (it waits 60 s), with
// room to spare elsewhere so that a busy machine cannot turn a refusal into a time-out.
constexpr int delayTimeoutSeconds = 2;
constexpr int otherTimeoutSeconds = 10;
// A hang guard, not a speed test: no run may outlive it.
constexpr int watchdogMs = 30000;
// Runs at a time: enough that the delay rows overlap, few enough for a 2-core machine.
constexpr int parallelRuns = 8;

QString nullable(const QString &text)
{
    return text == u"-"_s ? QString() : text;
}

QList<Row> readMatrix(QString *error)
{
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/fault-matrix.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read "_s + file.fileName();
        return {};
    }
    QList<Row> rows;
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.size() != 11) {
            *error = u"fault-matrix.tsv:%1: %2 columns, expected 11"_s.arg(number).arg(f.size());
            return {};
        }
        Row row;
        row.cell = f.at(0);
        row.fault = row.cell.section(u'/', 1).section(u' ', 0, 0);
        row.server = f.at(1);
        row.options = nullable(f.at(2)).split(u' ', Qt::SkipEmptyParts);
        row.input = nullable(f.at(3));
        row.exitCode = f.at(4).toInt();
        row.outcome = f.at(5);
        row.stage = f.at(6);
        row.code = nullable(f.at(7)).toInt();
        row.category = f.at(8);
        row.problem = nullable(f.at(9));
        row.finding = nullable(f.at(10));
        row.line = number;
        static const QStringList faults{u"hard"_s, u"soft"_s, u"hangup"_s, u"421"_s, u"delay"_s};
        if (!faults.contains(row.fault)) {
            *error = u"fault-matrix.tsv:%1: unknown fault '%2'"_s.arg(number).arg(row.fault);
            return {};
        }
        rows.append(row);
    }
    return rows;
}

const QByteArray scriptedGreeting = "220 scripted.wizard.test ESMTP\r\n";
const QByteArray ehloStartTls = "250-scripted.wizard.test\r\n250-STARTTLS\r\n250 ENHANCEDSTATUSCODES\r\n";
const QByteArray ehloAuth = "250-scripted.wizard.test\r\n250-AUTH PLAIN LOGIN\r\n250 ENHANCEDSTATUSCODES\r\n";
const QByteArray closing = "421 4.3.2 scripted.wizard.test Service shutting down, closing connection\r\n";

/// AUTH LOGIN up to the password; what follows the password is the fault.
QList<Step> untilPassword()
{
    return {Step::now(scriptedGreeting), Step::on("EHLO", ehloAuth), Step::on("AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"),
            Step::onAnyBytes("334 UGFzc3dvcmQ6\r\n")};
}

/// The cells no real server of the bed plays on demand (see fault-matrix.tsv). A script
/// that ends without answering leaves the runner waiting: that is the delay.
std::optional<QList<Step>> script(const QString &name)
{
    const QList<Step> tls{Step::now(scriptedGreeting), Step::on("EHLO", ehloStartTls)};
    if (name == u"STARTTLSHANGUP"_s)
        return tls + QList{Step::on("STARTTLS", {}, Action::Close)};
    if (name == u"STARTTLS421"_s)
        return tls + QList{Step::on("STARTTLS", closing, Action::Close)};
    if (name == u"SLOWSTARTTLS"_s)
        return tls;
    // The 220 comes, then the server hangs up on the ClientHello, or never answers it.
    const Step ready = Step::on("STARTTLS", "220 2.0.0 Ready to start TLS\r\n");
    if (name == u"HANDSHAKEHANGUP"_s)
        return tls + QList{ready, Step::onAnyBytes({}, Action::Close)};
    if (name == u"SLOWHANDSHAKE"_s)
        return tls + QList{ready};
    if (name == u"TLSHANGUP"_s) // port 465 style: the ClientHello comes first
        return QList{Step::onAnyBytes({}, Action::Close)};
    if (name == u"AUTHHANGUP"_s)
        return untilPassword() + QList{Step::onAnyBytes({}, Action::Close)};
    if (name == u"AUTH421"_s)
        return untilPassword() + QList{Step::onAnyBytes(closing, Action::Close)};
    if (name == u"SLOWAUTH"_s)
        return untilPassword();
    return std::nullopt;
}

QString expand(QString text)
{
    return text.replace(u"@ZONE@"_s, Testbed::value(u"ZONE"))
        .replace(u"@USER@"_s, Testbed::value(u"USER"))
        .replace(u"@CA_FILE@"_s, Testbed::value(u"CA_FILE"));
}

/// Every transcript line of the attempt that decided, in order.
QJsonArray transcriptOf(const QJsonObject &json)
{
    const int index = json.value(u"verdict").toObject().value(u"attemptIndex").toInt(-1);
    return json.value(u"attempts").toArray().at(index).toObject().value(u"transcript").toArray();
}

/// Where the verdict's deciding line is: the server line of its code, or, without a code,
/// the event line of its category, at its stage. -1 when there is none.
qsizetype decidingLine(const QJsonArray &transcript, const Row &row)
{
    const int code = row.code;
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const QJsonObject line = transcript.at(i).toObject();
        const QString dir = line.value(u"dir").toString();
        if (line.value(u"category").toString() != row.category || line.value(u"stage").toString() != row.stage)
            continue;
        if (code ? dir == u"server"_s && line.value(u"text").toString().startsWith(QString::number(code) + u' ')
                 : dir == u"event"_s)
            return i;
    }
    return -1;
}

QStringList mismatches(const Row &row, const Run &run)
{
    QStringList m;
    if (!run.finished)
        return {u"did not end within %1 s"_s.arg(watchdogMs / 1000)};
    if (run.exitCode != row.exitCode)
        m << u"exit %1, expected %2"_s.arg(run.exitCode).arg(row.exitCode);
    if (run.json.isEmpty())
        return m << u"no JSON document on standard output"_s;
    const QJsonObject verdict = run.json.value(u"verdict").toObject();
    auto compare = [&m](const char *key, const QString &actual, const QString &expected) {
        if (actual != expected)
            m << u"%1 '%2', expected '%3'"_s.arg(QLatin1StringView(key), actual, expected);
    };
    compare("outcome", verdict.value(u"outcome").toString(), row.outcome);
    compare("stage", verdict.value(u"stage").toString(), row.stage);
    compare("category", verdict.value(u"category").toString(), row.category);
    compare("code", verdict.value(u"code").isNull() ? u"null"_s : QString::number(verdict.value(u"code").toInt()),
            row.code ? QString::number(row.code) : u"null"_s);
    compare("problem", verdict.value(u"problem").isNull() ? u"null"_s : verdict.value(u"problem").toString(),
            row.problem.isEmpty() ? u"null"_s : row.problem);
    if (verdict.value(u"exitCode").toInt(-1) != run.exitCode)
        m << u"verdict.exitCode %1 but the runner exited with %2"_s.arg(verdict.value(u"exitCode").toInt(-1)).arg(run.exitCode);
    if (verdict.value(u"summary").toString().isEmpty() || verdict.value(u"nextSteps").toArray().isEmpty())
        m << u"the verdict has no summary or no next steps"_s;

    const QJsonArray transcript = transcriptOf(run.json);
    const qsizetype deciding = decidingLine(transcript, row);
    if (deciding < 0) {
        m << u"no transcript line at %1 with category %2%3"_s.arg(row.stage, row.category,
                                                                   row.code ? u" for %1"_s.arg(row.code) : QString());
    } else {
        QStringList after;
        for (qsizetype i = deciding + 1; i < transcript.size(); ++i) {
            const QJsonObject line = transcript.at(i).toObject();
            if (line.value(u"dir").toString() == u"client"_s)
                after << line.value(u"text").toString();
        }
        // A refusal is answered politely; after a 421 (RFC 5321 §3.8), a hang-up or our own
        // time-out nothing more is sent.
        if (row.fault == u"hard"_s || row.fault == u"soft"_s) {
            if (after.value(after.size() - 1) != u"QUIT"_s)
                m << u"the runner did not end with QUIT (sent after the refusal: %1)"_s.arg(after.join(u", "_s));
        } else if (!after.isEmpty()) {
            m << u"sent %1 after the %2"_s.arg(after.join(u", "_s), row.fault);
        }
    }
    if (!row.finding.isEmpty()) {
        const int index = verdict.value(u"attemptIndex").toInt(-1);
        bool found = false;
        for (const QJsonValue &f : run.json.value(u"attempts").toArray().at(index).toObject().value(u"findings").toArray())
            found = found || f.toObject().value(u"problem").toString() == row.finding;
        if (!found)
            m << u"no finding %1"_s.arg(row.finding);
    }
    return m;
}

} // namespace

/// The fault matrix: smtp-wizard-cli, run as a user runs it, against every stage x fault of
/// tests/data/fault-matrix.tsv, on smtp-sink and Postfix of the real test bed and, for the
/// few cells neither plays, on the scripted server. Each row checks the exit code and the
/// verdict's outcome, stage, code, category and problem, the deciding line in the
/// transcript, and what the runner sent after the fault. The rows run concurrently; the
/// log ends with the table of results.
class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cell_data();
    void cell();
    void cleanupTestCase();

private:
    QStringList arguments(const Row &row, const QString &server) const;
    std::optional<QString> serverOf(const Row &row, QString *why);
    void runAll(const QStringList &servers);

    QList<Row> m_rows;
    QList<Run> m_runs;
    std::vector<std::unique_ptr<HostileServer>> m_scripted;
    QTemporaryDir m_home;
    double m_wallSeconds = 0;
};

void TestFaultMatrix::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
    m_rows = readMatrix(&why);
    QVERIFY2(!m_rows.isEmpty(), qPrintable(why));

    QStringList servers;
    for (const Row &row : std::as_const(m_rows)) {
        const std::optional<QString> server = serverOf(row, &why);
        QVERIFY2(server, qPrintable(u"fault-matrix.tsv:%1: %2"_s.arg(row.line).arg(why)));
        servers << *server;
    }
    runAll(servers);
}

std::optional<QString> TestFaultMatrix::serverOf(const Row &row, QString *why)
{
    const QString kind = row.server.section(u':', 0, 0);
    const QString name = row.server.section(u':', 1);
    if (kind == u"sink"_s) {
        const quint16 port = Testbed::sinkPort(name);
        *why = Testbed::lastError();
        return port ? std::optional(Testbed::value(u"SINK_ADDR") + u':' + QString::number(port)) : std::nullopt;
    }
    if (kind == u"postfix"_s) {
        const quint16 port = Testbed::requirePort(name);
        *why = Testbed::lastError();
        return port ? std::optional(Testbed::value(u"MAIL_ADDR") + u':' + QString::number(port)) : std::nullopt;
    }
    if (kind == u"scripted"_s) {
        std::optional<QList<Step>> steps = script(name);
        if (!steps) {
            *why = u"no scripted server named "_s + name;
            return std::nullopt;
        }
        auto server = std::make_unique<HostileServer>(*steps);
        if (!server->listen()) {
            *why = server->errorString();
            return std::nullopt;
        }
        const QString address = u"127.0.0.1:"_s + QString::number(server->port());
        m_scripted.push_back(std::move(server));
        return address;
    }
    *why = u"unknown server "_s + row.server;
    return std::nullopt;
}

QStringList TestFaultMatrix::arguments(const Row &row, const QString &server) const
{
    const int timeout = row.fault == u"delay"_s ? delayTimeoutSeconds : otherTimeoutSeconds;
    QStringList args{u"--server"_s, server, u"--json"_s, u"--timeout"_s, QString::number(timeout),
                     u"--dns-server"_s, Testbed::value(u"DNS")};
    const QString zone = Testbed::value(u"ZONE");
    const QList<std::pair<QString, QString>> defaults{{u"--from"_s, u"sender@"_s + zone},
                                                      {u"--to"_s, u"alice@"_s + zone},
                                                      {u"--ehlo"_s, u"client."_s + zone}};
    for (const auto &[option, value] : defaults) {
        if (!row.options.contains(option))
            args << option << value;
    }
    for (const QString &option : row.options)
        args << expand(option);
    return args;
}

void TestFaultMatrix::runAll(const QStringList &servers)
{
    m_runs = QList<Run>(m_rows.size());
    // A private home: whatever the runner writes (settings, caches) lands where nobody looks.
    const QProcessEnvironment env = CliProcess::privateHome(m_home.path());

    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    qsizetype done = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> startMore;
    auto ended = [&] {
        --running;
        if (++done == m_rows.size())
            loop.quit();
        else
            startMore();
    };
    startMore = [&] {
        while (running < parallelRuns && next < m_rows.size()) {
            const qsizetype i = next++;
            ++running;
            auto *process = new QProcess(&loop);
            auto clock = std::make_shared<QElapsedTimer>();
            auto *watchdog = new QTimer(process);
            watchdog->setSingleShot(true);
            connect(watchdog, &QTimer::timeout, process, [process] { process->kill(); });
            connect(process, &QProcess::finished, process, [&, i, process, clock, watchdog](int code, QProcess::ExitStatus status) {
                Run &run = m_runs[i];
                run.finished = watchdog->isActive();
                watchdog->stop();
                run.seconds = double(clock->elapsed()) / 1000.0;
                run.exitCode = status == QProcess::NormalExit ? code : -2;
                run.out = process->readAllStandardOutput();
                run.err = process->readAllStandardError();
                run.json = QJsonDocument::fromJson(run.out).object();
                run.mismatches = mismatches(m_rows.at(i), run);
                process->deleteLater();
                ended();
            });
            connect(process, &QProcess::errorOccurred, process, [&, i, process](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                m_runs[i].mismatches = {u"the runner did not start: "_s + process->errorString()};
                process->deleteLater();
                ended();
            });
            process->setProcessEnvironment(env);
            clock->start();
            watchdog->start(watchdogMs);
            process->start(QStringLiteral(SMTPWIZARD_CLI_PATH), arguments(m_rows.at(i), servers.at(i)));
            const QString input = m_rows.at(i).input;
            if (input == u"bed-password"_s)
                process->write(Testbed::value(u"PASSWORD").toUtf8() + '\n');
            else if (input == u"wrong-password"_s)
                process->write("not-the-password\n");
            process->closeWriteChannel();
        }
    };
    startMore();
    if (done < m_rows.size())
        loop.exec();
    m_wallSeconds = double(wall.elapsed()) / 1000.0;
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        QTest::newRow(qPrintable(m_rows.at(i).name())) << int(i);
}

void TestFaultMatrix::cell()
{
    QFETCH(int, index);
    const Row &row = m_rows.at(index);
    const Run &run = m_runs.at(index);
    QVERIFY2(run.mismatches.isEmpty(),
             qPrintable(u"fault-matrix.tsv:%1: %2\n--- stderr:\n%3"_s.arg(row.line)
                            .arg(run.mismatches.join(u"; "_s), QString::fromUtf8(run.err.right(2000)))));
}

void TestFaultMatrix::cleanupTestCase()
{
    if (m_runs.isEmpty())
        return;
    auto pad = [](const QString &s, int width) { return s.leftJustified(width, u' '); };
    qInfo().noquote() << pad(u"cell"_s, 28) + pad(u"server"_s, 26) + pad(u"exit"_s, 5) + pad(u"outcome"_s, 15)
                             + pad(u"stage"_s, 9) + pad(u"code"_s, 5) + pad(u"category"_s, 19) + pad(u"problem"_s, 22)
                             + pad(u"s"_s, 6) + u"result"_s;
    int failed = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Run &run = m_runs.at(i);
        const QJsonObject v = run.json.value(u"verdict").toObject();
        failed += run.mismatches.isEmpty() ? 0 : 1;
        qInfo().noquote() << pad(m_rows.at(i).cell, 28) + pad(m_rows.at(i).server, 26) + pad(QString::number(run.exitCode), 5)
                                 + pad(v.value(u"outcome").toString(), 15) + pad(v.value(u"stage").toString(), 9)
                                 + pad(v.value(u"code").isNull() ? u"-"_s : QString::number(v.value(u"code").toInt()), 5)
                                 + pad(v.value(u"category").toString(), 19)
                                 + pad(v.value(u"problem").isNull() ? u"-"_s : v.value(u"problem").toString(), 22)
                                 + pad(QString::number(run.seconds, 'f', 1), 6)
                                 + (run.mismatches.isEmpty() ? u"ok"_s : u"FAIL"_s);
    }
    qInfo().noquote() << u"%1 cells, %2 failed, %3 s in all (%4 at a time)"_s.arg(m_rows.size()).arg(failed)
                             .arg(m_wallSeconds, 0, 'f', 1).arg(parallelRuns);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
