#include "widgets/ExplanationPanel.h"
#include "widgets/TranscriptColors.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

using namespace Qt::StringLiterals;
using Kind = TranscriptColors::Kind;

/// The transcript view: colours derived from the palette that stay readable in light and
/// dark themes and follow a palette change, and the choice of the explanation shown
/// (hovered, else selected, else the latest reply; a command shows its reply's).
class tst_TranscriptView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contrast_data();
    void contrast();
    void followsPaletteChange();
    void explanationChoice();
    void problemEventExplained();
    void attemptsSideBySideStayTogether();
    void longLineShownShortCopiedWhole();

private:
    static QPalette darkPalette();
    static double luminance(const QColor &c);
    static TranscriptEntry entry(TranscriptEntry::Direction direction, const QString &text, int replyIndex = -1);
    static Explanation explanation(Model::Severity severity, const QString &title);
};

void tst_TranscriptView::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

QPalette tst_TranscriptView::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

double tst_TranscriptView::luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

TranscriptEntry tst_TranscriptView::entry(TranscriptEntry::Direction direction, const QString &text, int replyIndex)
{
    TranscriptEntry e;
    e.direction = direction;
    e.text = text;
    e.replyIndex = replyIndex;
    e.lastLineOfReply = replyIndex >= 0;
    return e;
}

Explanation tst_TranscriptView::explanation(Model::Severity severity, const QString &title)
{
    Explanation e;
    e.severity = severity;
    e.title = title;
    e.meaning = title % u" means something."_s;
    e.nextSteps = {u"Do something about "_s % title};
    return e;
}

void tst_TranscriptView::contrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("kind");
    const QPalette light = QApplication::style()->standardPalette();
    for (Kind kind : {Kind::Success, Kind::Intermediate, Kind::Transient, Kind::Permanent, Kind::Client, Kind::Event}) {
        const QByteArray name = TranscriptColors::key(kind).toLatin1();
        QTest::newRow(QByteArray("light " + name).constData()) << light << int(kind);
        QTest::newRow(QByteArray("dark " + name).constData()) << darkPalette() << int(kind);
    }
}

void tst_TranscriptView::contrast()
{
    QFETCH(QPalette, palette);
    QFETCH(int, kind);
    // WCAG 2 "AA" for normal text: a contrast ratio of at least 4.5 against the line's
    // background, and every class visibly different from the plain text colour.
    const TranscriptColors colours(palette);
    const QColor fg = colours.foreground(Kind(kind));
    const QColor bg = colours.background(Kind(kind));
    const double a = luminance(fg) + 0.05;
    const double b = luminance(bg) + 0.05;
    const double ratio = a > b ? a / b : b / a;
    QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(fg.name(), bg.name()).arg(ratio)));
    QVERIFY(fg != palette.color(QPalette::Text));
}

void tst_TranscriptView::followsPaletteChange()
{
    TranscriptView view;
    view.transcript()->appendEntry(0, entry(TranscriptEntry::Direction::Server, u"550 5.1.1 unknown"_s, 0));
    view.transcript()->setReplyExplanation(0, 0, explanation(Model::Severity::Permanent, u"Recipient unknown"_s));
    const QModelIndex index = view.transcript()->index(0);
    QCOMPARE(index.data(TranscriptModel::KindKeyRole).toString(), u"permanent"_s);
    view.setPalette(QApplication::style()->standardPalette());
    const QColor light = index.data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(light, TranscriptColors(view.palette()).foreground(Kind::Permanent));
    view.setPalette(darkPalette());
    const QColor dark = index.data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(dark, TranscriptColors(darkPalette()).foreground(Kind::Permanent));
    QVERIFY(dark != light);
    QVERIFY(dark.lightness() > light.lightness()); // lighter red on a dark base
}

void tst_TranscriptView::explanationChoice()
{
    TranscriptView view;
    ExplanationPanel panel;
    connect(&view, &TranscriptView::explanationChanged, &panel, &ExplanationPanel::showExplanation);
    QSignalSpy changed(&view, &TranscriptView::explanationChanged);
    TranscriptModel *model = view.transcript();
    model->appendEntry(-1, entry(TranscriptEntry::Direction::Event, u"Connecting to 192.0.2.25:25"_s));
    model->appendEntry(0, entry(TranscriptEntry::Direction::Server, u"220 mx ESMTP"_s, 0));
    model->setReplyExplanation(0, 0, explanation(Model::Severity::Success, u"Greeting"_s));
    QCOMPARE(view.explainedRow(), 1);
    QCOMPARE(panel.findChild<QLabel *>(u"explanationTitle"_s)->text(), u"Greeting"_s);
    model->appendEntry(0, entry(TranscriptEntry::Direction::Client, u"RCPT TO:<nobody@example.com>"_s));
    model->appendEntry(0, entry(TranscriptEntry::Direction::Server, u"550-5.1.1 The email account"_s, 1));
    QCOMPARE(model->index(3).data(TranscriptModel::KindKeyRole).toString(), u"pending"_s);
    model->appendEntry(0, entry(TranscriptEntry::Direction::Server, u"550 5.1.1 does not exist"_s, 1));
    model->setReplyExplanation(0, 1, explanation(Model::Severity::Permanent, u"Recipient unknown"_s));
    // Both lines of the multi-line reply take its class; the latest reply is shown.
    QCOMPARE(model->index(3).data(TranscriptModel::KindKeyRole).toString(), u"permanent"_s);
    QCOMPARE(model->index(4).data(TranscriptModel::KindKeyRole).toString(), u"permanent"_s);
    QCOMPARE(model->index(2).data(TranscriptModel::KindKeyRole).toString(), u"client"_s);
    QCOMPARE(model->index(0).data(TranscriptModel::KindKeyRole).toString(), u"event"_s);
    QCOMPARE(view.explainedRow(), 4);
    QCOMPARE(panel.findChild<QLabel *>(u"explanationTitle"_s)->text(), u"Recipient unknown"_s);
    QVERIFY(panel.findChild<QTextBrowser *>(u"explanationText"_s)->toPlainText().contains(u"Do something about Recipient unknown"_s));

    // Selecting the greeting shows it; selecting the command shows the reply it got.
    view.setCurrentIndex(model->index(1));
    QCOMPARE(view.explainedRow(), 1);
    QCOMPARE(changed.constLast().first().value<Explanation>().title, u"Greeting"_s);
    view.setCurrentIndex(model->index(2));
    QCOMPARE(view.explainedRow(), 2);
    QCOMPARE(panel.findChild<QLabel *>(u"explanationTitle"_s)->text(), u"Recipient unknown"_s);
    // An event without a problem has nothing to explain: the latest reply stays.
    view.setCurrentIndex(model->index(0));
    QCOMPARE(view.explainedRow(), 4);
}

void tst_TranscriptView::problemEventExplained()
{
    TranscriptView view;
    TranscriptModel *model = view.transcript();
    TranscriptEntry timeout = entry(TranscriptEntry::Direction::Event, u"No greeting after 30 s"_s);
    timeout.severity = Model::Severity::Transient;
    model->appendEntry(0, timeout);
    QCOMPARE(model->index(0).data(TranscriptModel::KindKeyRole).toString(), u"transient"_s);
    QCOMPARE(view.explainedRow(), -1);
    model->setProblemExplanation(0, explanation(Model::Severity::Transient, u"No greeting"_s));
    QCOMPARE(view.explainedRow(), 0);
    QCOMPARE(model->explanationFor(0)->title, u"No greeting"_s);
}

void tst_TranscriptView::attemptsSideBySideStayTogether()
{
    // Every MX at once (issue 13): lines arrive interleaved, each attempt's stay together,
    // the run's "Testing server 2 of 3" before the attempt it leads into.
    TranscriptModel model;
    const auto event = TranscriptEntry::Direction::Event;
    const auto server = TranscriptEntry::Direction::Server;
    model.appendEntry(-1, entry(event, u"dns"_s));
    model.appendEntry(0, entry(event, u"a0 connect"_s));
    model.appendEntry(-1, entry(event, u"next 1"_s));
    model.appendEntry(1, entry(event, u"a1 connect"_s));
    model.appendEntry(-1, entry(event, u"next 2"_s));
    model.appendEntry(2, entry(event, u"a2 connect"_s));
    model.appendEntry(1, entry(server, u"a1 220"_s, 0));
    model.appendEntry(0, entry(server, u"a0 220"_s, 0));
    model.appendEntry(2, entry(server, u"a2 220"_s, 0));
    model.appendEntry(0, entry(server, u"a0 250"_s, 1));
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.entryAt(row).text;
    QCOMPARE(texts, (QStringList{u"dns"_s, u"a0 connect"_s, u"a0 220"_s, u"a0 250"_s, u"next 1"_s, u"a1 connect"_s,
                                 u"a1 220"_s, u"next 2"_s, u"a2 connect"_s, u"a2 220"_s}));
    QCOMPARE(model.rowOfReply(0, 1), 3);
}

void tst_TranscriptView::longLineShownShortCopiedWhole()
{
    // A 4 KB line from a flooding server: the list shows its start and its length, Copy the
    // whole line; a line within the limit is shown as it came.
    TranscriptView view;
    TranscriptModel *model = view.transcript();
    const QString flood = u"250-"_s + QString(3990, u'F');
    model->appendEntry(0, entry(TranscriptEntry::Direction::Server, u"250 short"_s, 0));
    model->appendEntry(0, entry(TranscriptEntry::Direction::Server, flood, 1));
    const QString shortShown = model->index(0).data(Qt::DisplayRole).toString();
    QVERIFY(shortShown.endsWith(u"S: 250 short"_s));
    QCOMPARE(model->index(0).data(TranscriptModel::FullTextRole).toString(), shortShown);
    const QString shown = model->index(1).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.size() < TranscriptModel::maxShownChars + 120, qPrintable(QString::number(shown.size())));
    QVERIFY(shown.contains(u"3994"_s));
    QVERIFY(model->index(1).data(TranscriptModel::FullTextRole).toString().endsWith(flood));
    view.selectionModel()->select(model->index(1), QItemSelectionModel::ClearAndSelect);
    QTest::keySequence(&view, QKeySequence::Copy);
    QVERIFY(QGuiApplication::clipboard()->text().endsWith(flood));
}

QTEST_MAIN(tst_TranscriptView)
#include "tst_transcriptview.moc"
