#include "history/ResultWindow.h"

#include "history/ReportFileDialog.h"
#include "history/ResultSummaryView.h"
#include "report/ReportWriter.h"
#include "widgets/ExplanationPanel.h"
#include "widgets/InlineBanner.h"
#include "widgets/RelayReading.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ResultWindow::ResultWindow(const TestResult &result, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
    , m_tabs(new QTabWidget(this))
    , m_transcript(new TranscriptView(this))
    , m_explanation(new ExplanationPanel(this))
    , m_summary(new ResultSummaryView(this))
    , m_banner(new InlineBanner(this))
{
    setObjectName(u"resultWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    // A window of its own beside the wizard and the history, not a dialog on top of them.
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Earlier test: %1").arg(describe(result.startedAt, destinationOf(result))));

    m_transcript->setObjectName(u"transcriptView"_s);
    m_explanation->setObjectName(u"explanationPanel"_s);
    m_summary->setObjectName(u"resultSummary"_s);
    m_tabs->setObjectName(u"resultTabs"_s);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_transcript);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    m_tabs->addTab(splitter, tr("&Run"));
    m_tabs->addTab(m_summary, tr("S&ummary"));
    connect(m_transcript, &TranscriptView::explanationChanged, m_explanation, &ExplanationPanel::showExplanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveReportButton"_s);
    save->setToolTip(tr("Saves this test as text, HTML, PDF or JSON. Passwords are never included."));
    QPushButton *copy = buttons->addButton(tr("C&opy for a ticket"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyButton"_s);
    copy->setToolTip(tr("Copies the report as text and formatted HTML, ready to paste into a ticket."));
    // Enter belongs to the transcript; no button takes it as the default.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(save, &QPushButton::clicked, this, &ResultWindow::saveReport);
    connect(copy, &QPushButton::clicked, this, &ResultWindow::copyForTicket);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    m_banner->showMessage(InlineBanner::Kind::Info, QString());

    m_summary->setResult(m_result);
    showTranscript();
    showDecidingLine();
    resize(960, 640);
    m_transcript->setFocus();
}

QString ResultWindow::destinationOf(const TestResult &result)
{
    return result.plan.domain.isEmpty() ? result.plan.host : result.plan.domain;
}

QString ResultWindow::describe(const QDateTime &startedAt, const QString &destination)
{
    if (!startedAt.isValid())
        return destination;
    return tr("%1, %2").arg(destination, QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat));
}

void ResultWindow::showTranscript()
{
    struct Line
    {
        int attempt;
        const TranscriptEntry *entry;
    };
    QList<Line> lines;
    for (const TranscriptEntry &entry : std::as_const(m_result.events))
        lines.append({-1, &entry});
    for (int a = 0; a < m_result.attempts.size(); ++a) {
        for (const TranscriptEntry &entry : std::as_const(m_result.attempts.at(a).transcript))
            lines.append({a, &entry});
    }
    // Run events and attempts were recorded apart; their times put them back in the order
    // they were seen (stable: lines of the same millisecond keep their recorded order).
    std::stable_sort(lines.begin(), lines.end(), [](const Line &l, const Line &r) { return l.entry->ms < r.entry->ms; });
    TranscriptModel *model = m_transcript->transcript();
    for (const Line &line : std::as_const(lines))
        model->appendEntry(line.attempt, *line.entry);
    for (int a = 0; a < m_result.attempts.size(); ++a) {
        const Attempt &attempt = m_result.attempts.at(a);
        for (int r = 0; r < attempt.replies.size(); ++r)
            model->setReplyExplanation(a, r, attempt.replies.at(r).explanation);
        for (const Finding &finding : attempt.findings) {
            if (finding.fatal)
                model->setProblemExplanation(a, finding.explanation);
        }
    }
    const Verdict &v = m_result.verdict;
    if (v.problem && v.attemptIndex < 0 && m_result.dns.explanation.isValid())
        model->setProblemExplanation(-1, m_result.dns.explanation);
    RelayReading::apply(*model, m_result); // as the Run page left it
}

void ResultWindow::showDecidingLine()
{
    // The line that decided the verdict, as the Run page leaves it after a test.
    const TranscriptModel *model = m_transcript->transcript();
    const Verdict &v = m_result.verdict;
    int row = v.replyIndex >= 0 ? model->rowOfReply(v.attemptIndex, v.replyIndex) : -1;
    if (row < 0 && !v.succeeded())
        row = model->rowOfProblem(v.attemptIndex);
    if (row >= 0)
        m_transcript->showRow(row);
}

void ResultWindow::saveReport()
{
    auto *dialog = new ReportFileDialog(m_result, this);
    connect(dialog, &ReportFileDialog::saved, this, [this](const QString &path, const ReportWriter::SaveResult &saved) {
        m_banner->showMessage(saved.ok ? InlineBanner::Kind::Info : InlineBanner::Kind::Error,
                              saved.ok ? tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path))
                                       : saved.error);
    });
    dialog->open();
}

void ResultWindow::copyForTicket()
{
    QGuiApplication::clipboard()->setMimeData(ReportWriter::ticketMimeData(m_result));
    m_banner->showMessage(InlineBanner::Kind::Info,
                          tr("The report is on the clipboard, as text and as formatted HTML."));
}
