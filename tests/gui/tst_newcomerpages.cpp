#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "settings/Settings.h"

#include <QLabel>
#include <QRadioButton>
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
    wizard.grab().save(u"/tmp/exp/bad.png"_s);
    auto *error = find<QLabel>(&wizard, "domainError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The domain contains a space"_s);
    QVERIFY(!nextButton(wizard)->isEnabled());
}

QTEST_MAIN(tst_NewcomerPages)
#include "tst_newcomerpages.moc"
