#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "MemoryCredentialStore.h"
#include "SaslScriptServer.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "pages/SignInPage.h"
#include "settings/Settings.h"
#include "widgets/EnumCombo.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WizardDriver;
using Step = SaslScriptServer::Step;

/// The Sign-in page with an OAuth 2.0 access token: the token field replaces the password
/// field for XOAUTH2 and OAUTHBEARER, a whole test signs in with it against a scripted
/// server that checks the SASL bytes, and the token is in no transcript line, report or
/// settings file, only in the keychain under its own entry. With SMTPWIZARD_SCREENSHOT_DIR
/// set it saves 10-sign-in-token-<light|dark>.png.
class tst_SignInToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fieldFollowsMechanism();
    void signsInWithTokenAndKeepsItOut();
    void screenshot();
};

namespace {
const QString user = u"alice@sasl.test"_s;
const QString token = u"ya29.a0GuiScripted-Token_4711.JWT-like"_s;

void goToSignIn(SmtpWizard &wizard, const QString &server)
{
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    type(find<QLineEdit>(&wizard, "serverEdit"), server);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 15000);
    if (wizard.currentId() != ConnectionPageId)
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ConnectionPageId));
}
} // namespace

void tst_SignInToken::initTestCase()
{
    installScreenshotLanguage();
    QApplication::setStyle(u"Fusion"_s);
}

void tst_SignInToken::fieldFollowsMechanism()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.resize(1024, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    choose(find<QRadioButton>(&wizard, "submissionRadio")); // sign-in is for one's own server
    auto *page = wizard.findChild<SignInPage *>();
    QVERIFY(page);
    page->initializePage();
    auto *combo = find<QComboBox>(page, "authCombo");
    auto *password = find<QLineEdit>(page, "passwordEdit");
    auto *tokenEdit = find<QLineEdit>(page, "tokenEdit");
    QVERIFY(password->isVisibleTo(page) && !tokenEdit->isVisibleTo(page));

    for (const TestPlan::Auth auth : {TestPlan::Auth::XOAuth2, TestPlan::Auth::OAuthBearer}) {
        EnumCombo::select(combo, auth);
        QVERIFY(!password->isVisibleTo(page) && tokenEdit->isVisibleTo(page));
        QVERIFY(find<QLabel>(page, "tokenNote")->isVisibleTo(page));
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        type(find<QLineEdit>(page, "userEdit"), user);
        type(password, u"not-this"_s); // a password typed before does not count, nor leave
        type(tokenEdit, QString());
        QVERIFY(!page->isComplete());
        type(tokenEdit, u"  "_s + token + u" "_s); // pasted with spaces around
        QVERIFY(page->isComplete());
        PlanRequest request;
        page->applyTo(request);
        QCOMPARE(request.auth, auth);
        QCOMPARE(request.token, token);
        QVERIFY(request.password.isEmpty());
    }
    EnumCombo::select(combo, TestPlan::Auth::CramMd5);
    QVERIFY(password->isVisibleTo(page) && !tokenEdit->isVisibleTo(page));
    PlanRequest request;
    page->applyTo(request);
    QCOMPARE(request.password, u"not-this"_s);
    QVERIFY(request.token.isEmpty());
}

void tst_SignInToken::signsInWithTokenAndKeepsItOut()
{
    SaslScriptServer server;
    QVERIFY(server.listen());
    const QByteArray initial = "AUTH XOAUTH2 "
        + QByteArray("user=" + user.toUtf8() + "\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
    server.setScript({{std::nullopt, "220 sasl.test ESMTP scripted"},
                      {"EHLO client.wizard.test", "250-sasl.test\r\n250 AUTH PLAIN LOGIN XOAUTH2"},
                      {initial, "235 2.7.0 Accepted"},
                      {"MAIL FROM:<alice@sasl.test>", "250 2.1.0 Ok"},
                      {"RCPT TO:<bob@sasl.test>", "250 2.1.5 Ok"},
                      {"RSET", "250 2.0.0 Ok"},
                      {"QUIT", "221 2.0.0 Bye"}});

    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    {
        SmtpWizard wizard(*settings, &store);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToSignIn(wizard, u"127.0.0.1:"_s + QString::number(server.port()));
        EnumCombo::select(find<QComboBox>(&wizard, "securityCombo"), TestPlan::Security::None);
        type(find<QLineEdit>(&wizard, "ehloEdit"), u"client.wizard.test"_s);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SignInPageId));
        EnumCombo::select(find<QComboBox>(&wizard, "authCombo"), TestPlan::Auth::XOAuth2);
        type(find<QLineEdit>(&wizard, "userEdit"), user);
        type(find<QLineEdit>(&wizard, "tokenEdit"), token);
        find<QCheckBox>(&wizard, "rememberCheck")->setChecked(true);
        auto *plaintext = find<QCheckBox>(&wizard, "allowPlaintextCheck");
        QVERIFY(plaintext->isVisibleTo(&wizard)); // the scripted server has no TLS
        plaintext->setChecked(true);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MessagePageId));
        type(find<QLineEdit>(&wizard, "fromEdit"), user);
        type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"bob@sasl.test"_s);
        find<QCheckBox>(&wizard, "stopAfterRcptCheck")->setChecked(true);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 30000);
        QVERIFY2(server.mismatches().isEmpty(), server.mismatches().join('\n').constData());
        QVERIFY(server.scriptDone());

        const std::optional<TestResult> &result = wizard.controller()->lastResult();
        QVERIFY(result && result->attempts.size() == 1 && result->attempts.first().authenticated);
        // Only accepted tokens are remembered, under the token's own entry.
        const QString key = u"alice@sasl.test@127.0.0.1:"_s + QString::number(server.port());
        QTRY_VERIFY(store.contains(u"oauth2-token:"_s + key));
        QVERIFY(!store.contains(key));

        QList<QByteArray> haystacks;
        const TranscriptModel *model = find<TranscriptView>(&wizard, "transcriptView")->transcript();
        bool shownHidden = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            haystacks << model->entryAt(row).text.toUtf8();
            shownHidden |= model->entryAt(row).text.contains(u"access token hidden"_s);
        }
        QVERIFY(shownHidden);
        QTemporaryDir reports;
        for (const char *ext : {"html", "txt", "json"}) {
            const QString path = reports.filePath(u"report."_s + QLatin1StringView(ext));
            QVERIFY(wizard.controller()->saveReport(path).ok);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            haystacks << file.readAll();
        }
        wizard.reject(); // closing saves the settings
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("alice@sasl.test"));
        haystacks << stored;
        const QList<QByteArray> secrets{token.toUtf8(), token.toUtf8().toBase64(), initial.mid(13)};
        for (const QByteArray &haystack : std::as_const(haystacks)) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(!haystack.contains(secret), "the token leaked");
        }
    }
    // The next wizard has the mechanism back, and the token only from the keychain.
    SmtpWizard again(*settings, &store);
    QCOMPARE(again.findChild<SignInPage *>()->auth(), TestPlan::Auth::XOAuth2);
    QVERIFY(find<QLineEdit>(&again, "tokenEdit")->text().isEmpty());
}

void tst_SignInToken::screenshot()
{
    const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
        auto settings = Settings::temporary();
        MemoryCredentialStore store;
        SmtpWizard wizard(*settings, &store);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToSignIn(wizard, u"127.0.0.1:587"_s);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SignInPageId));
        auto *combo = find<QComboBox>(&wizard, "authCombo");
        combo->setFocus();
        EnumCombo::select(combo, TestPlan::Auth::XOAuth2);
        type(find<QLineEdit>(&wizard, "userEdit"), u"alice@contoso.com"_s);
        type(find<QLineEdit>(&wizard, "tokenEdit"), token);
        QVERIFY2(wizard.minimumSizeHint().height() <= 700, qPrintable(QString::number(wizard.minimumSizeHint().height())));
        QCoreApplication::sendPostedEvents();
        const QPixmap pixmap = wizard.grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(pixmap.save(QDir(dir).filePath(dark ? u"10-sign-in-token-dark.png"_s : u"10-sign-in-token-light.png"_s)));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(tst_SignInToken)
#include "tst_signintoken.moc"
