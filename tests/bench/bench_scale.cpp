// make bench, issue 13 part 4: memory per transcript line (the run's record, and the
// wizard's transcript model) and the time to render a report (text, HTML, PDF, JSON) of
// 10k, 100k and 1M transcript lines. Prints "SCALE <what> <lines> <value>" rows for
// bench.py. Never part of make test. An export whose time, predicted from the size before
// (10x the lines, times the growth of the per-line cost seen so far), would pass the cap
// (BENCH_SCALE_CAP_S, 60 s) is not run: "SKIP <format> <lines> <predicted s>"; one that
// runs (in a child process) past the cap is stopped there: "OVER <format> <lines> <cap s>".
#include "model/TestResult.h"
#include "pdf/PdfReport.h"
#include "report/ReportWriter.h"
#include "widgets/TranscriptModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;
using D = TranscriptEntry::Direction;

namespace {

size_t heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

ReplyRecord reply(int code, const QString &text)
{
    ReplyRecord record;
    record.reply.code = code;
    record.reply.lines = {text};
    record.explanation.severity = Model::Severity::Success;
    record.explanation.title = u"Recipient accepted"_s;
    record.explanation.meaning = u"The server takes mail for this address."_s;
    return record;
}

/// A result whose one attempt has lines transcript lines: RCPT TO and its reply, every
/// fourth reply three lines long (two continuation lines), as a long batch-like session.
TestResult result(int lines)
{
    TestResult result;
    result.startedAt = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    result.appVersion = u"bench"_s;
    result.machineName = u"bench.invalid"_s;
    result.plan.domain = u"example.org"_s;
    Attempt attempt;
    attempt.transcript.reserve(lines);
    int n = 0;
    while (attempt.transcript.size() < lines) {
        const int replyIndex = int(attempt.replies.size());
        TranscriptEntry command;
        command.ms = n;
        command.direction = D::Client;
        command.stage = Model::Stage::Rcpt;
        command.text = u"RCPT TO:<user%1@example.org>"_s.arg(n);
        attempt.transcript.append(command);
        const int replyLines = n % 4 == 3 ? 3 : 1;
        for (int i = 0; i < replyLines && attempt.transcript.size() < lines; ++i) {
            TranscriptEntry server;
            server.ms = n;
            server.direction = D::Server;
            server.stage = Model::Stage::Rcpt;
            server.replyIndex = replyIndex;
            server.lastLineOfReply = i == replyLines - 1;
            server.text = (server.lastLineOfReply ? u"250 2.1.5 <user%1@example.org>... Recipient ok"_s
                                                  : u"250-2.1.5 note %2 about <user%1@example.org>"_s.arg(i))
                              .arg(n);
            if (server.lastLineOfReply) {
                server.severity = Model::Severity::Success;
                server.category = Model::Category::Accepted;
            }
            attempt.transcript.append(server);
        }
        attempt.replies.append(reply(250, u"2.1.5 <user%1@example.org>... Recipient ok"_s.arg(n)));
        ++n;
    }
    result.attempts.append(attempt);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the PDF needs fonts; the model its palette
    ReportWriter::setPdfPrinter([](const QString &html, const QString &title, QIODevice *device) {
        return PdfReport::write(html, title, device);
    });
    const double cap = qEnvironmentVariableIsSet("BENCH_SCALE_CAP_S") ? qEnvironmentVariable("BENCH_SCALE_CAP_S").toDouble()
                                                                      : 60.0;
    const QList<int> sizes = argc > 1 ? QList<int>{std::atoi(argv[1])} : QList<int>{10000, 100000, 1000000};
    const std::pair<ReportWriter::Format, const char *> formats[] = {
        {ReportWriter::Format::Text, "text"}, {ReportWriter::Format::Html, "html"},
        {ReportWriter::Format::Pdf, "pdf"}, {ReportWriter::Format::Json, "json"}};
    std::map<std::string, std::pair<int, double>> last; // format -> (lines, seconds)
    std::map<std::string, double> growth;              // format -> worst per-line ratio so far
    for (const int lines : sizes) {
        const size_t before = heapInUse();
        const TestResult big = result(lines);
        const size_t withResult = heapInUse();
        std::printf("SCALE record-bytes-per-line %d %.1f\n", lines, double(withResult - before) / lines);
        {
            TranscriptModel model;
            const size_t beforeModel = heapInUse();
            QElapsedTimer clock;
            clock.start();
            for (const TranscriptEntry &entry : big.attempts.at(0).transcript)
                model.appendEntry(0, entry);
            const double appendMs = double(clock.nsecsElapsed()) / 1e6;
            std::printf("SCALE model-bytes-per-line %d %.1f\n", lines, double(heapInUse() - beforeModel) / lines);
            std::printf("SCALE model-append-ms %d %.1f\n", lines, appendMs);
        }
        std::fflush(stdout);
        for (const auto &[format, name] : formats) {
            const auto previous = last.find(name);
            if (previous != last.end()) {
                const double predicted = previous->second.second * double(lines) / previous->second.first
                                         * std::max(1.0, growth[name]);
                if (predicted > cap) {
                    std::printf("SKIP %s %d %.0f\n", name, lines, predicted);
                    std::fflush(stdout);
                    continue;
                }
            }
            // In a child (the result shared copy-on-write), so a render past the cap can be
            // stopped without waiting for it.
            int fds[2];
            if (pipe(fds) != 0)
                return 1;
            std::fflush(stdout);
            const pid_t child = fork();
            if (child == 0) {
                close(fds[0]);
                QElapsedTimer clock;
                clock.start();
                const QByteArray bytes = ReportWriter::render(big, format);
                const double measured[2] = {double(clock.nsecsElapsed()) / 1e9, double(bytes.size())};
                const bool written = write(fds[1], measured, sizeof measured) == ssize_t(sizeof measured);
                _exit(written ? 0 : 1);
            }
            close(fds[1]);
            pollfd wait{fds[0], POLLIN, 0};
            double measured[2] = {0, 0};
            const bool done = poll(&wait, 1, int(cap * 1000)) > 0
                              && read(fds[0], measured, sizeof measured) == ssize_t(sizeof measured);
            close(fds[0]);
            if (!done)
                kill(child, SIGKILL);
            int status = 0;
            waitpid(child, &status, 0);
            if (!done) {
                std::printf("OVER %s %d %.0f\n", name, lines, cap);
                std::fflush(stdout);
                last[name] = {lines, cap};
                growth[name] = std::max(growth[name], 1.0);
                continue;
            }
            const double seconds = measured[0];
            const auto bytes = static_cast<long long>(measured[1]);
            if (bytes == 0) {
                std::fprintf(stderr, "bench_scale: %s of %d lines is empty\n", name, lines);
                return 1;
            }
            if (previous != last.end()) {
                const double perLine = seconds / lines;
                const double perLineBefore = previous->second.second / previous->second.first;
                growth[name] = std::max(growth[name], perLine / perLineBefore);
            }
            last[name] = {lines, seconds};
            std::printf("SCALE export-%s-ms %d %.1f\n", name, lines, seconds * 1000.0);
            std::printf("SCALE export-%s-bytes %d %lld\n", name, lines, bytes);
            std::fflush(stdout);
        }
    }
    return 0;
}
