#include "ScreenshotLanguage.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "PracticeFlow.h"
#include "WizardController.h"
#include "pages/PracticeBed.h"
#include "pages/PracticeDebrief.h"
#include "pages/PracticeExercise.h"
#include "pages/PracticePage.h"
#include "settings/Settings.h"
#include "widgets/InlineBanner.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyleFactory>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// The practice mode against the real test bed: every exercise taken as a trainee would
/// (chosen on the Practice page, Next through the pages the exercise filled in, the run,
/// Debrief), each ending in the conclusion its exercise expects; a run that ends
/// otherwise gets a debrief that says so. tools/screenshots.sh takes the Practice page
/// and a debrief from here (14-practice-light.png, 15-practice-debrief-light.png).
class tst_Practice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bedIsRead();
    void exercise_data();
    void exercise();
    void debriefFollowsTheRun();
    void debriefNamesEachDifference();
    void screenshots();

private:
    std::unique_ptr<SmtpWizard> makeWizard();
    /// Chooses the exercise on the Practice page and presses Next.
    bool startExercise(SmtpWizard &wizard, const QString &key);
    /// Next until the page that ends the exercise: the Summary after a run, or the Mail
    /// servers page when the lookup ended it.
    bool walkToEnd(SmtpWizard &wizard, const PracticeExercise &exercise);

    std::unique_ptr<Settings> m_settings;
    std::optional<PracticeBed> m_bed;
};

void tst_Practice::initTestCase()
{
    installScreenshotLanguage();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    // The wizard reads the bed as `make demo` makes it do: from its testbed.env.
    const QString state = Testbed::require(u"STATE_DIR");
    QVERIFY2(!state.isEmpty(), qPrintable(Testbed::lastError()));
    QString error;
    m_bed = PracticeBed::load(state, &error);
    QVERIFY2(m_bed, qPrintable(error));
}

void tst_Practice::bedIsRead()
{
    QCOMPARE(m_bed->dnsServer(), Testbed::value("DNS"));
    QCOMPARE(m_bed->port(u"SMTP_PORT"_s), int(Testbed::requirePort(u"SMTP_PORT")));
    QCOMPARE(m_bed->value(u"CA_FILE"_s), Testbed::value("CA_FILE"));
    QVERIFY(m_bed->port(u"M365_PORT"_s) > 0);
    QVERIFY(m_bed->port(u"SINK_RBL554_PORT"_s) > 0);
    // Every port an exercise names is one the bed exports.
    for (const PracticeExercise &e : PracticeExercise::all())
        QVERIFY2(m_bed->port(e.portVariable) > 0, qPrintable(e.key + u": "_s + e.portVariable));
    QString error;
    QVERIFY(!PracticeBed::load(u"/nonexistent/testbed.env"_s, &error));
    QVERIFY(error.contains(u"/nonexistent/testbed.env"_s));
    QCOMPARE(PracticeBed::fromText(u"export SMTPWIZARD_TB_X='it'\\''s'\n"_s).value(u"X"_s), u"it's"_s);
}

std::unique_ptr<SmtpWizard> tst_Practice::makeWizard()
{
    m_settings = Settings::temporary();
    auto wizard = std::make_unique<SmtpWizard>(*m_settings);
    wizard->startPractice(*m_bed);
    wizard->resize(1024, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

bool tst_Practice::startExercise(SmtpWizard &wizard, const QString &key)
{
    if (wizard.currentId() != PracticePageId)
        return false;
    auto *list = find<QListWidget>(&wizard, "exerciseList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            break;
        }
    }
    if (wizard.practice()->page()->selectedKey() != key)
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == DestinationPageId && wizard.practice()->activeExercise() == key;
}

bool tst_Practice::walkToEnd(SmtpWizard &wizard, const PracticeExercise &exercise)
{
    QAbstractButton *debrief = wizard.button(QWizard::CustomButton1);
    while (wizard.currentId() != SummaryPageId) {
        // The Mail servers page looks up first; the Run page runs. Either takes a while.
        const int limit = wizard.currentId() == RunPageId ? 60000 : 15000;
        QDeadlineTimer deadline(limit);
        while (!nextButton(wizard)->isEnabled() && !debrief->isEnabled() && !deadline.hasExpired())
            QTest::qWait(50);
        if (exercise.endsAtLookup && wizard.currentId() == MailServersPageId)
            return debrief->isEnabled() && !nextButton(wizard)->isEnabled();
        if (!nextButton(wizard)->isEnabled()) {
            qWarning("stuck on page %d", wizard.currentId());
            return false;
        }
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    }
    return debrief->isEnabled();
}

void tst_Practice::exercise_data()
{
    QTest::addColumn<QString>("key");
    for (const PracticeExercise &e : PracticeExercise::all())
        QTest::newRow(qPrintable(e.key)) << e.key;
}

void tst_Practice::exercise()
{
    QFETCH(QString, key);
    const std::optional<PracticeExercise> exercise = PracticeExercise::find(key);
    QVERIFY(exercise);
    auto wizard = makeWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->windowTitle().contains(u"Practice"_s));
    QVERIFY(!wizard->pixmap(QWizard::LogoPixmap).isNull()); // the badge in every header
    QVERIFY(!wizard->button(QWizard::CustomButton1)->isEnabled());
    QVERIFY(startExercise(*wizard, key));

    // The exercise filled the pages in: the trainee only clicks through.
    const PlanRequest filled = wizard->collectRequest();
    QCOMPARE(filled.domain, exercise->domain);
    if (exercise->mode == WizardMode::Submission)
        QVERIFY2(filled.server.startsWith(exercise->server + u':'), qPrintable(filled.server));
    QCOMPARE(filled.rcptTo, QStringList{exercise->rcptTo});
    QCOMPARE(filled.dnsServer, Testbed::value("DNS"));
    QVERIFY(walkToEnd(*wizard, *exercise));

    // What actually happened, from the engine: the debrief must say the same.
    const std::optional<TestResult> &result = wizard->controller()->lastResult();
    if (exercise->endsAtLookup) {
        QVERIFY(!result); // nothing was run: the lookup ended it
    } else {
        QVERIFY(result);
        QCOMPARE(result->verdict.outcome, exercise->outcome);
        QCOMPARE(result->verdict.category, exercise->category);
        if (!exercise->enhancedCode.isEmpty())
            QCOMPARE(result->decidingEnhancedCode(), exercise->enhancedCode);
        if (exercise->needsBackupMx) {
            QVERIFY(result->attempts.size() >= 2);
            QCOMPARE(result->attempts.at(0).fatalProblem, std::optional(Model::Problem::ConnectionRefused));
        }
    }

    QTest::mouseClick(wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(PracticePageId));
    QCOMPARE(wizard->practice()->page()->selectedKey(), key);
    QVERIFY(find<QGroupBox>(wizard.get(), "debriefGroup")->isVisible());
    auto *banner = find<InlineBanner>(wizard.get(), "debriefBanner");
    QVERIFY2(banner->kind() == InlineBanner::Kind::Info, qPrintable(banner->text()));
    QVERIFY(banner->text().contains(Model::categoryClause(exercise->category)));
    const QString text = find<QTextBrowser>(wizard.get(), "debriefText")->toPlainText();
    QVERIFY2(text.contains(exercise->conclusion), qPrintable(text));
    QVERIFY(text.contains(exercise->why));
    QVERIFY2(text.contains(Model::label(exercise->outcome)), qPrintable(text));
    if (result) {
        QVERIFY2(text.contains(result->verdict.summary), qPrintable(text));
        if (result->decidingCode())
            QVERIFY(text.contains(QString::number(*result->decidingCode())));
    }
    // The list marks the exercise as done.
    auto *list = find<QListWidget>(wizard.get(), "exerciseList");
    QVERIFY(!list->currentItem()->icon().isNull());
}

void tst_Practice::debriefFollowsTheRun()
{
    // The ticket says nobody@ bounces; the trainee sends to alice@ instead. The debrief
    // reports the delivery the run showed and says it is not the exercise's cause.
    auto wizard = makeWizard();
    QVERIFY(wizard);
    QVERIFY(startExercise(*wizard, u"unknown-user"_s));
    while (wizard->currentId() != MessagePageId) {
        QTRY_VERIFY_WITH_TIMEOUT(nextButton(*wizard)->isEnabled(), 15000);
        QTest::mouseClick(nextButton(*wizard), Qt::LeftButton);
    }
    type(find<QPlainTextEdit>(wizard.get(), "recipientsEdit"), u"alice@wizard.test"_s);
    QTest::mouseClick(nextButton(*wizard), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CustomButton1)->isEnabled(), 60000);
    QCOMPARE(wizard->controller()->lastResult()->verdict.outcome, Verdict::Outcome::Delivered);
    QTest::mouseClick(wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(PracticePageId));
    auto *banner = find<InlineBanner>(wizard.get(), "debriefBanner");
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(Model::label(Verdict::Outcome::Delivered)), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(Model::label(Verdict::Outcome::Rejected)));
    const QString text = find<QTextBrowser>(wizard.get(), "debriefText")->toPlainText();
    QVERIFY2(text.contains(wizard->controller()->lastResult()->verdict.summary), qPrintable(text));

    // Next takes the same exercise again, filled in afresh.
    QVERIFY(startExercise(*wizard, u"unknown-user"_s));
    QCOMPARE(wizard->collectRequest().rcptTo, QStringList{u"nobody@wizard.test"_s});
    QVERIFY(!wizard->button(QWizard::CustomButton1)->isEnabled());
}

void tst_Practice::debriefNamesEachDifference()
{
    // Hand-made results, no server: each way a run can differ from its exercise is named.
    const std::optional<PracticeExercise> m365 = PracticeExercise::find(u"sign-in-disabled-m365"_s);
    QVERIFY(m365);
    TestResult wrongPassword;
    wrongPassword.verdict.outcome = Verdict::Outcome::AuthFailed;
    wrongPassword.verdict.category = Model::Category::AuthFailed;
    wrongPassword.verdict.stage = Model::Stage::Auth;
    Attempt attempt;
    ReplyRecord refusal;
    refusal.reply.code = 535;
    refusal.reply.enhancedCode = u"5.7.8"_s;
    refusal.reply.lines = {u"Error: authentication failed: \x1b[2J"_s};
    refusal.stage = Model::Stage::Auth;
    attempt.replies = {refusal};
    wrongPassword.attempts = {attempt};
    wrongPassword.verdict.attemptIndex = 0;
    wrongPassword.verdict.replyIndex = 0;
    PracticeDebrief d = PracticeDebrief::ofRun(*m365, wrongPassword);
    QVERIFY(!d.matched);
    QCOMPARE(d.differences.size(), 1); // outcome and category agree, the code does not
    QVERIFY2(d.differences.first().contains(u"5.7.139"_s) && d.differences.first().contains(u"5.7.8"_s),
             qPrintable(d.differences.first()));
    QVERIFY(d.reply.startsWith(u"535 5.7.8"_s));
    QVERIFY2(!d.reply.contains(QChar(0x1b)), qPrintable(d.reply)); // the server's ESC is shown, never obeyed
    // The same result is what the sign-in-refused exercise is about.
    QVERIFY(PracticeDebrief::ofRun(*PracticeExercise::find(u"sign-in-refused"_s), wrongPassword).matched);

    // Delivered at the first MX: no backup took over.
    const std::optional<PracticeExercise> backup = PracticeExercise::find(u"dead-mx-backup"_s);
    TestResult direct;
    direct.verdict.outcome = Verdict::Outcome::Delivered;
    direct.verdict.category = Model::Category::Accepted;
    direct.attempts = {Attempt{}};
    direct.verdict.attemptIndex = 0;
    d = PracticeDebrief::ofRun(*backup, direct);
    QVERIFY(!d.matched);
    QCOMPARE(d.differences.size(), 1);
    TestResult failedOver = direct;
    Attempt dead;
    dead.fatalProblem = Model::Problem::ConnectionRefused;
    failedOver.attempts = {dead, Attempt{}};
    failedOver.verdict.attemptIndex = 1;
    QVERIFY(PracticeDebrief::ofRun(*backup, failedOver).matched);

    // A lookup that found servers does not end an exercise; a null MX does.
    DnsFindings found;
    found.mx = {MxHost{}};
    QVERIFY(!PracticeDebrief::lookupEnds(found));
    DnsFindings nullMx;
    nullMx.nullMx = true;
    nullMx.explanation.category = Model::Category::DomainAcceptsNoMail;
    QVERIFY(PracticeDebrief::lookupEnds(nullMx));
    QVERIFY(PracticeDebrief::ofLookup(*PracticeExercise::find(u"null-mx"_s), nullMx).matched);
    QVERIFY(!PracticeDebrief::ofLookup(*backup, nullMx).matched);
}

void tst_Practice::screenshots()
{
    const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
    auto wizard = makeWizard();
    QVERIFY(wizard);
    QVERIFY2(wizard->minimumSizeHint().width() <= 1024 && wizard->minimumSizeHint().height() <= 700,
             qPrintable(u"%1x%2"_s.arg(wizard->minimumSizeHint().width()).arg(wizard->minimumSizeHint().height())));
    const auto shoot = [&](const QString &name) {
        QCoreApplication::sendPostedEvents();
        const QPixmap pixmap = wizard->grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(dir + u'/' + name));
    };
    auto *list = find<QListWidget>(wizard.get(), "exerciseList");
    list->setCurrentRow(0);
    shoot(u"14-practice-light.png"_s);
    const std::optional<PracticeExercise> exercise = PracticeExercise::find(u"sign-in-disabled-m365"_s);
    QVERIFY(startExercise(*wizard, exercise->key));
    QVERIFY(walkToEnd(*wizard, *exercise));
    QTest::mouseClick(wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(PracticePageId));
    QCOMPARE(find<InlineBanner>(wizard.get(), "debriefBanner")->kind(), InlineBanner::Kind::Info);
    shoot(u"15-practice-debrief-light.png"_s);
}

QTEST_MAIN(tst_Practice)
#include "tst_practice.moc"
