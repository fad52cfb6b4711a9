// make bench, issue 13 part 3: the longest event-loop stall of the Run page while it
// receives a 10 MB flood from a scripted server (tests/support/HostileServer) and while it
// holds a 100,000-line transcript (appending it, scrolling to the end and back, resizing,
// appending more). A 1 ms timer measures the gaps between its ticks: the longest gap is
// the longest time the event loop was busy elsewhere. Never part of make test: timing is
// not asserted, the figures are printed ("STALL <phase> <ms>") for bench.py.
#include "HostileServer.h"
#include "diagnosis/RuleCompilation.h"

#include "pages/RunPage.h"
#include "plan/PlanBuilder.h"
#include "run/TestRun.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using Step = HostileServer::Step;
using Action = HostileServer::Action;

namespace {

/// The longest gap between the ticks of a 1 ms precise timer since reset().
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    double longestMs()
    {
        // A stall still going on when the phase ends counts too.
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs action from the event loop, lets the loop settle for settleMs, returns the longest stall.
double phase(StallMeter &meter, const char *name, const std::function<void()> &action, int settleMs = 300)
{
    spin(50);
    meter.reset();
    QTimer::singleShot(0, action);
    spin(settleMs);
    const double ms = meter.longestMs();
    std::printf("STALL %s %.1f\n", name, ms);
    std::fflush(stdout);
    return ms;
}

TranscriptEntry line(TranscriptEntry::Direction direction, int n, int replyIndex)
{
    TranscriptEntry e;
    e.direction = direction;
    e.ms = n;
    e.replyIndex = direction == TranscriptEntry::Direction::Server ? replyIndex : -1;
    e.lastLineOfReply = direction == TranscriptEntry::Direction::Server;
    e.text = direction == TranscriptEntry::Direction::Client
                 ? u"RCPT TO:<user%1@example.org>"_s.arg(n)
                 : u"250 2.1.5 <user%1@example.org>... Recipient ok, line %1 of a long transcript"_s.arg(n);
    return e;
}

/// Appends count lines in chunks of chunk per event-loop turn (as lines arrive in a busy
/// run), a command and its one-line reply, every reply explained.
void appendLines(TranscriptModel *model, int first, int count, int chunk, const std::function<void()> &done)
{
    auto *timer = new QTimer;
    auto next = std::make_shared<int>(first);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        const int end = std::min(first + count, *next + chunk);
        for (int n = *next; n < end; ++n) {
            const bool command = n % 2 == 0;
            model->appendEntry(0, line(command ? TranscriptEntry::Direction::Client : TranscriptEntry::Direction::Server,
                                       n, n / 2));
            if (!command && n % 20 == 1) {
                Explanation explanation;
                explanation.severity = Model::Severity::Success;
                explanation.title = u"Recipient accepted"_s;
                explanation.meaning = u"The server takes mail for this address."_s;
                model->setReplyExplanation(0, n / 2, explanation);
            }
        }
        *next = end;
        if (end >= first + count) {
            timer->stop();
            timer->deleteLater();
            done();
        }
    });
    timer->start(0);
}

double appendPhase(StallMeter &meter, const char *name, TranscriptModel *model, int first, int count)
{
    spin(50);
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    meter.reset();
    appendLines(model, first, count, 500, [&loop] { QTimer::singleShot(300, &loop, &QEventLoop::quit); });
    loop.exec();
    const double ms = meter.longestMs();
    std::printf("STALL %s %.1f\n", name, ms);
    std::printf("INFO %s took %.0f ms for %d lines\n", name, double(clock.elapsed()) - 300.0, count);
    std::fflush(stdout);
    return ms;
}

struct Flood
{
    const char *name;
    QByteArray chunk;
};

double floodPhase(StallMeter &meter, const Flood &flood)
{
    const qint64 total = 10 * 1000 * 1000;
    HostileServer server({Step::now("220 flood.test ESMTP\r\n"), Step::on("EHLO", flood.chunk, Action::Repeat, total)});
    if (!server.listen())
        qFatal("cannot listen");
    PlanRequest request;
    request.server = u"127.0.0.1:%1"_s.arg(server.port());
    request.security = TestPlan::Security::None;
    request.mailFrom = u"sender@flood.test"_s;
    request.rcptTo = {u"alice@flood.test"_s};
    request.ehloName = u"client.flood.test"_s;
    request.timeouts = Timeouts::uniform(std::chrono::seconds(20));
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok())
        qFatal("plan refused");
    RunPage page;
    page.resize(1000, 700);
    page.show();
    spin(100);
    TestRun run(*built.plan);
    page.attachRun(&run);
    QEventLoop loop;
    QObject::connect(&run, &TestRun::finished, &loop, [&loop] { QTimer::singleShot(300, &loop, &QEventLoop::quit); });
    QElapsedTimer clock;
    clock.start();
    meter.reset();
    run.start();
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a hang guard
    loop.exec();
    const double ms = meter.longestMs();
    const auto *view = page.findChild<TranscriptView *>();
    std::printf("STALL %s %.1f\n", flood.name, ms);
    std::printf("INFO %s: server got %lld bytes out, %d transcript lines, %.0f ms\n", flood.name,
                static_cast<long long>(server.bytesSent()), view ? view->transcript()->rowCount() : -1,
                double(clock.elapsed()) - 300.0);
    std::fflush(stdout);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    // The wizard's own choice (ui/main.cpp): without it the first explained failure JIT
    // compiles every rule pattern on the window's thread, some 70 ms the wizard never spends.
    RuleCompilation::preferInterpreter();
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    StallMeter meter;
    const int lines = argc > 1 ? std::atoi(argv[1]) : 100000;

    // The reader ends a reply at 64 KB or 500 lines (reply-too-long); what matters here is
    // that reading and refusing the flood's first megabytes never blocks the window.
    floodPhase(meter, {"10 MB flood, 4 KB lines", QByteArray("250-" + QByteArray(3990, 'F') + "\r\n").repeated(64)});
    floodPhase(meter, {"10 MB flood, short lines", QByteArray("250-FLOOD-LINE\r\n").repeated(4096)});

    RunPage page;
    page.resize(1000, 700);
    page.show();
    spin(100);
    auto *view = page.findChild<TranscriptView *>();
    TranscriptModel *model = view->transcript();
    appendPhase(meter, "appending 100k lines", model, 0, lines);
    phase(meter, "scroll to the top", [view] { view->scrollToTop(); });
    phase(meter, "scroll to the end", [view] { view->scrollToBottom(); });
    phase(meter, "page down x20", [view] {
        view->scrollToTop();
        for (int i = 0; i < 20; ++i)
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
    });
    phase(meter, "resize wider", [&page] { page.resize(1400, 900); });
    phase(meter, "resize narrower", [&page] { page.resize(800, 600); });
    phase(meter, "select a line", [view] { view->showRow(view->transcript()->rowCount() / 2); });
    view->scrollToBottom();
    appendPhase(meter, "appending 10k more", model, lines, 10000);
    std::printf("ROWS %d\n", model->rowCount());
    return 0;
}
