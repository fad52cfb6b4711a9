#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "pages/MessagePage.h"
#include "pages/SignInPage.h"
#include "settings/Settings.h"
#include "widgets/TranscriptLegend.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QContextMenuEvent>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// What a newcomer meets on the pages before any server is involved (issue 9): every
/// refusal has a reason on the page that holds the field, Enter and Escape do what
/// they say, nothing typed is lost.
class tst_NewcomerPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badDomainSaysWhy();
    void emptyRequiredFieldsSayWhatIsNeeded();
    void longSubjectRefusedOnMessagePage();
    void signInProposesAutomaticAndShowsPassword();
    void transcriptCopiesLikeText();
    void firstPageExplainsItsChoices();
    void serverWithPortRenamesTheChoices();
    void legendWrapsAtTheMinimumSize();
};

void tst_NewcomerPages::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

// Finding 3: "wizard .test" greyed out Next with no text and no tooltip.
void tst_NewcomerPages::badDomainSaysWhy()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *domain = find<QLineEdit>(&wizard, "domainEdit");
    QVERIFY(domain);
    domain->setFocus();
    QTest::keyClicks(domain, u"wizard .test"_s);
    auto *error = find<QLabel>(&wizard, "domainError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The domain contains a space"_s);
    QVERIFY(!nextButton(wizard)->isEnabled());
}

// Finding 3, second half: an empty To or password only greyed out Next.
void tst_NewcomerPages::emptyRequiredFieldsSayWhatIsNeeded()
{
    MessagePage message;
    message.show();
    auto *recipientsError = find<QLabel>(&message, "recipientsError");
    QVERIFY(recipientsError->isVisible());
    QVERIFY(recipientsError->text().contains(u"recipient"_s));
    type(find<QPlainTextEdit>(&message, "recipientsEdit"), u"bob@wizard.test"_s);
    QVERIFY(!recipientsError->isVisible());

    SignInPage signIn;
    signIn.show();
    find<QComboBox>(&signIn, "authCombo")->setCurrentIndex(0);
    type(find<QLineEdit>(&signIn, "userEdit"), u"alice@wizard.test"_s);
    auto *passwordError = find<QLabel>(&signIn, "passwordError");
    QVERIFY(passwordError->isVisible());
    QVERIFY(passwordError->text().contains(u"password"_s));
    QVERIFY(!signIn.isComplete());
}

// Finding 9: a 2000-character subject passed the Message page and failed on the Run page.
void tst_NewcomerPages::longSubjectRefusedOnMessagePage()
{
    MessagePage page;
    page.show();
    type(find<QLineEdit>(&page, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&page, "recipientsEdit"), u"bob@wizard.test"_s);
    QVERIFY(page.isComplete());
    auto *subject = find<QLineEdit>(&page, "subjectEdit");
    subject->setFocus();
    QTest::keyClicks(subject, QString(2000, u'x'));
    auto *error = find<QLabel>(&page, "subjectError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"subject"_s), qPrintable(error->text()));
    QVERIFY(!page.isComplete());
}

// Finding 13: "No sign-in" by default when sending with sign-in, no way to see the password,
// "Forget" enabled with nothing stored.
void tst_NewcomerPages::signInProposesAutomaticAndShowsPassword()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    auto *page = wizard.findChild<SignInPage *>();
    QVERIFY(page);
    page->initializePage();
    QCOMPARE(page->auth(), TestPlan::Auth::Auto);
    auto *combo = find<QComboBox>(page, "authCombo");
    QVERIFY2(combo->currentText().startsWith(u"Automatic"_s), qPrintable(combo->currentText()));
    QVERIFY(!find<QPushButton>(page, "forgetButton")->isEnabled());
    auto *password = find<QLineEdit>(page, "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *show = find<QCheckBox>(page, "showPasswordCheck");
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    // A user who picks "No sign-in" keeps it.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(page->auth(), TestPlan::Auth::None);
    page->initializePage();
    QCOMPARE(page->auth(), TestPlan::Auth::None);
}

// Finding 14: no context menu, Ctrl+A selected nothing, Ctrl+C copied one line, the
// first arrow key jumped to the top, no way to wrap long lines.
void tst_NewcomerPages::transcriptCopiesLikeText()
{
    TranscriptView view;
    view.resize(400, 300);
    for (int i = 0; i < 30; ++i) {
        TranscriptEntry entry;
        entry.direction = i % 2 ? TranscriptEntry::Direction::Server : TranscriptEntry::Direction::Client;
        entry.text = u"line %1 "_s.arg(i) + QString(i == 29 ? 300 : 0, u'w');
        view.transcript()->appendEntry(0, entry);
    }
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QVERIFY(view.currentIndex().isValid());
    QCOMPARE(view.currentIndex().row(), 29); // where the reader is, not the top
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex().row(), 28);
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 30);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QStringList copied = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(copied.size(), 30);
    QVERIFY(copied.first().contains(u"line 0"_s));
    QVERIFY(copied.last().contains(u"line 29"_s));

    // The context menu offers copying and wrapping; wrapping removes the sideways scroll.
    QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, view.viewport()->rect().center(),
                                view.viewport()->mapToGlobal(view.viewport()->rect().center()));
    QCoreApplication::sendEvent(view.viewport(), &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = view.findChild<QMenu *>(u"transcriptMenu"_s)) && menu->isVisible());
    QStringList entries;
    for (QAction *action : menu->actions())
        entries << action->text().remove(u'&');
    QVERIFY2(entries.contains(u"Copy"_s) && entries.contains(u"Select all"_s) && entries.contains(u"Wrap long lines"_s),
             qPrintable(entries.join(u'|')));
    menu->close();
    view.setWrapLines(true);
    QTRY_VERIFY(!view.horizontalScrollBar()->isVisible());
    QVERIFY(view.visualRect(view.transcript()->index(29)).height() > view.visualRect(view.transcript()->index(0)).height());
}

// Finding 17: the first page hid the descriptions of its three choices in tooltips.
void tst_NewcomerPages::firstPageExplainsItsChoices()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (const char *name : {"deliveryDescription", "submissionDescription", "explainDescription"}) {
        auto *label = find<QLabel>(&wizard, name);
        QVERIFY2(label && label->isVisible() && label->text().size() > 40, name);
    }
    // ... and the field to type in has the keyboard from the start.
    QTRY_VERIFY(find<QLineEdit>(&wizard, "domainEdit")->hasFocus());
}

// Finding 17: "host:2587" kept the "587 with STARTTLS" choice.
void tst_NewcomerPages::serverWithPortRenamesTheChoices()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.show();
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    type(find<QLineEdit>(&wizard, "serverEdit"), u"smtp.wizard.test:2587"_s);
    const QString starttls = find<QRadioButton>(&wizard, "port587Radio")->text().remove(u'&');
    QVERIFY2(starttls.contains(u"2587"_s) && !starttls.contains(u"587 with"_s), qPrintable(starttls));
    QVERIFY(find<QRadioButton>(&wizard, "port465Radio")->text().contains(u"2587"_s));
    type(find<QLineEdit>(&wizard, "serverEdit"), u"smtp.wizard.test"_s);
    QCOMPARE(find<QRadioButton>(&wizard, "port587Radio")->text().remove(u'&'), u"587 with STARTTLS"_s);
}

// Finding 17: at the minimum size the legend was clipped.
void tst_NewcomerPages::legendWrapsAtTheMinimumSize()
{
    TranscriptLegend legend;
    legend.resize(300, legend.heightForWidth(300) > 0 ? legend.heightForWidth(300) : legend.sizeHint().height());
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    auto *text = find<QLabel>(&legend, "legendText");
    QVERIFY(text->wordWrap());
    const int oneLine = text->fontMetrics().height();
    QTRY_VERIFY2(text->height() >= 2 * oneLine, qPrintable(QString::number(text->height())));
    QVERIFY(text->text().contains(u"5xx"_s));
}

QTEST_MAIN(tst_NewcomerPages)
#include "tst_newcomerpages.moc"
