#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "pages/ConnectionPage.h"
#include "pages/DestinationPage.h"
#include "pages/MailServersPage.h"
#include "pages/MessagePage.h"
#include "pages/SignInPage.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// Page-level validation: a CR or LF pasted into any field is refused on the page, with
/// the reason beside the field, and Next stays off until the value is fixed.
class tst_PageValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lineBreakRefused_data();
    void lineBreakRefused();
    void badValueRefused_data();
    void badValueRefused();
    void wizardRefusesOnThePage();

private:
    /// A page of the given class, filled so that only the field under test is wrong.
    std::unique_ptr<QWizardPage> makePage(const QString &page);
};

void tst_PageValidation::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

std::unique_ptr<QWizardPage> tst_PageValidation::makePage(const QString &page)
{
    std::unique_ptr<QWizardPage> p;
    if (page == u"destination"_s) {
        auto *d = new DestinationPage;
        p.reset(d);
        type(find<QLineEdit>(d, "domainEdit"), u"wizard.test"_s);
    } else if (page == u"submission"_s) {
        auto *d = new DestinationPage;
        d->setMode(WizardMode::Submission);
        p.reset(d);
        type(find<QLineEdit>(d, "serverEdit"), u"mail.wizard.test"_s);
    } else if (page == u"connection"_s) {
        p.reset(new ConnectionPage);
    } else if (page == u"signin"_s) {
        auto *s = new SignInPage;
        p.reset(s);
        find<QComboBox>(s, "authCombo")->setCurrentIndex(1);
        type(find<QLineEdit>(s, "userEdit"), u"alice@wizard.test"_s);
        type(find<QLineEdit>(s, "passwordEdit"), u"secret"_s);
    } else if (page == u"message"_s) {
        auto *m = new MessagePage;
        p.reset(m);
        type(find<QLineEdit>(m, "fromEdit"), u"sender@wizard.test"_s);
        type(find<QPlainTextEdit>(m, "recipientsEdit"), u"bob@wizard.test"_s);
        type(find<QLineEdit>(m, "subjectEdit"), u"Hello"_s);
    } else if (page == u"mailservers"_s) {
        p.reset(new MailServersPage);
        auto *advanced = p->findChild<QGroupBox *>(u"advancedGroup"_s);
        advanced->setFocus();
        QTest::keyClick(advanced, Qt::Key_Space); // unfold "Advanced", as a person would
        if (!advanced->isChecked())
            return nullptr;
    }
    return p;
}

void tst_PageValidation::lineBreakRefused_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("reason"); // a fragment of the reason shown

    QTest::newRow("domain LF") << u"destination"_s << u"domainEdit"_s << u"domainError"_s << u"wizard.test"_s
                               << u"wizard.test\nRCPT TO:<x@y>"_s << u"CR or LF"_s;
    QTest::newRow("domain CR") << u"destination"_s << u"domainEdit"_s << u"domainError"_s << u"wizard.test"_s
                               << u"wizard.test\rQUIT"_s << u"CR or LF"_s;
    QTest::newRow("server CRLF") << u"submission"_s << u"serverEdit"_s << u"serverError"_s << u"mail.wizard.test"_s
                                 << u"mail.wizard.test\r\nQUIT"_s << u"CR or LF"_s;
    QTest::newRow("ehlo CRLF") << u"connection"_s << u"ehloEdit"_s << u"ehloError"_s << u"client.wizard.test"_s
                               << u"client.wizard.test\r\nMAIL FROM:<a@b>"_s << u"CR or LF"_s;
    QTest::newRow("user LF") << u"signin"_s << u"userEdit"_s << u"userError"_s << u"alice@wizard.test"_s
                             << u"alice@wizard.test\nAUTH LOGIN"_s << u"CR or LF"_s;
    QTest::newRow("password CR") << u"signin"_s << u"passwordEdit"_s << u"passwordError"_s << u"secret"_s
                                 << u"sec\rret"_s << u"CR or LF"_s;
    QTest::newRow("from CRLF") << u"message"_s << u"fromEdit"_s << u"fromError"_s << u"sender@wizard.test"_s
                               << u"sender@wizard.test\r\nRCPT TO:<victim@example.com>"_s << u"CR or LF"_s;
    QTest::newRow("recipient CR") << u"message"_s << u"recipientsEdit"_s << u"recipientsError"_s
                                  << u"bob@wizard.test"_s << u"bob@wizard.test\rDATA"_s
                                  << u"DATA: "_s; // a line break separates recipients; "DATA" is none
    QTest::newRow("subject CRLF") << u"message"_s << u"subjectEdit"_s << u"subjectError"_s << u"Hello"_s
                                  << u"Hello\r\nBcc: victim@example.com"_s << u"CR or LF"_s;
    QTest::newRow("subject LF") << u"message"_s << u"subjectEdit"_s << u"subjectError"_s << u"Hello"_s
                                << u"Hello\nX: y"_s << u"CR or LF"_s;
    QTest::newRow("dns server LF") << u"mailservers"_s << u"dnsServerEdit"_s << u"dnsServerError"_s
                                   << u"127.0.53.1"_s << u"127.0.53.1\n8.8.8.8"_s << u"CR or LF"_s;
}

void tst_PageValidation::lineBreakRefused()
{
    QFETCH(QString, page);
    QFETCH(QString, field);
    QFETCH(QString, errorLabel);
    QFETCH(QString, good);
    QFETCH(QString, pasted);
    QFETCH(QString, reason);

    std::unique_ptr<QWizardPage> p = makePage(page);
    QVERIFY(p);
    p->show();
    QVERIFY(QTest::qWaitForWindowExposed(p.get()));
    QWidget *edit = p->findChild<QWidget *>(field);
    QVERIFY2(edit, qPrintable(field));
    auto *label = p->findChild<QLabel *>(errorLabel);
    QVERIFY2(label, qPrintable(errorLabel));

    // A good value: no reason shown.
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        type(line, good);
    else
        type(qobject_cast<QPlainTextEdit *>(edit), good);
    if (page != u"mailservers"_s) // needs a lookup before it can be complete
        QVERIFY(p->isComplete());
    QVERIFY(label->isHidden());

    // The same value with a line break pasted in: refused, with the reason beside it.
    if (auto *line = qobject_cast<QLineEdit *>(edit)) {
        line->selectAll();
        paste(line, pasted);
        QCOMPARE(line->text(), pasted); // the paste really carried the CR/LF
    } else {
        auto *plain = qobject_cast<QPlainTextEdit *>(edit);
        plain->selectAll();
        paste(plain, pasted);
        QVERIFY(plain->toPlainText().contains(u'\r') || plain->toPlainText().contains(u'\n'));
    }
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(reason, Qt::CaseInsensitive), qPrintable(label->text()));
    QCOMPARE(edit->accessibleDescription(), label->text());
    QVERIFY(!p->isComplete());

    // Fixing the value clears the reason.
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        type(line, good);
    else
        type(qobject_cast<QPlainTextEdit *>(edit), good);
    QTRY_VERIFY(label->isHidden());
    if (page != u"mailservers"_s)
        QVERIFY(p->isComplete());
}

void tst_PageValidation::badValueRefused_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // a fragment of the reason

    QTest::newRow("domain is an address") << u"destination"_s << u"domainEdit"_s << u"domainError"_s
                                          << u"127.0.25.1"_s << u"server"_s;
    QTest::newRow("sender without @") << u"message"_s << u"fromEdit"_s << u"fromError"_s << u"sender"_s << u""_s;
    QTest::newRow("null sender as recipient") << u"message"_s << u"recipientsEdit"_s << u"recipientsError"_s
                                              << u"<>"_s << u"null sender"_s;
    QTest::newRow("dns server name") << u"mailservers"_s << u"dnsServerEdit"_s << u"dnsServerError"_s
                                     << u"dns.example"_s << u"IP address"_s;
    QTest::newRow("dns server with port") << u"mailservers"_s << u"dnsServerEdit"_s << u"dnsServerError"_s
                                          << u"127.0.0.1:5353"_s << u"53"_s;
}

void tst_PageValidation::badValueRefused()
{
    QFETCH(QString, page);
    QFETCH(QString, field);
    QFETCH(QString, errorLabel);
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    std::unique_ptr<QWizardPage> p = makePage(page);
    QVERIFY(p);
    p->show();
    QVERIFY(QTest::qWaitForWindowExposed(p.get()));
    auto *label = p->findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    if (auto *line = p->findChild<QLineEdit *>(field))
        type(line, typed);
    else
        type(p->findChild<QPlainTextEdit *>(field), typed);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QVERIFY2(label->text().contains(expected, Qt::CaseInsensitive), qPrintable(label->text()));
    QVERIFY(!p->isComplete());
}

void tst_PageValidation::wizardRefusesOnThePage()
{
    // In the whole wizard: a subject with a line break keeps Next off on the Message page
    // and Enter does not move on.
    auto settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *domain = find<QLineEdit>(&wizard, "domainEdit");
    QVERIFY(domain);
    paste(domain, u"wizard.test\r\n"_s);
    QTRY_VERIFY(find<QLabel>(&wizard, "domainError")->isVisible());
    QVERIFY(!nextButton(wizard)->isEnabled());
    QTest::keyClick(domain, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(DestinationPageId));
    type(domain, u"wizard.test"_s);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(find<QLabel>(&wizard, "domainError")->isHidden());
}

QTEST_MAIN(tst_PageValidation)
#include "tst_pagevalidation.moc"
