// The wizard started in German (issue 15): our own strings come from smtpwizard_ui_de and
// smtpwizard_de, Qt's buttons from Debian's qtbase_de, and a server's words are never
// translated, only our explanation of them.
#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "settings/Settings.h"
#include "settings/Translations.h"
#include "widgets/AboutDialog.h"

#include <QComboBox>
#include <QToolButton>

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

class tst_Languages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pageAndButtonsAreGerman();
    void explanationIsGermanServerTextIsNot();
    void languagesOnOffer();
    void aboutBoxChoosesTheLanguage();

private:
    MemoryCredentialStore m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SmtpWizard> m_wizard;
};

void tst_Languages::initTestCase()
{
    // What main() does with --lang de or the wizard's language setting.
    Translations::install(*QCoreApplication::instance(), u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void tst_Languages::init()
{
    m_settings = Settings::temporary();
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
    m_wizard->resize(900, 640);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void tst_Languages::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
}

void tst_Languages::pageAndButtonsAreGerman()
{
    QCOMPARE(m_wizard->currentPage()->title(), u"Was möchten Sie testen?"_s);
    QVERIFY(find<QRadioButton>(m_wizard.get(), "explainRadio"));
    // QWizard's own buttons: Qt's translation, not ours.
    const QString next = nextButton(*m_wizard)->text();
    QVERIFY2(next.contains(u"Weiter"_s), qPrintable(next));
    const QString cancel = m_wizard->button(QWizard::CancelButton)->text();
    QVERIFY2(cancel.contains(u"Abbrechen"_s), qPrintable(cancel));
}

void tst_Languages::explanationIsGermanServerTextIsNot()
{
    choose(find<QRadioButton>(m_wizard.get(), "explainRadio"));
    QTest::mouseClick(nextButton(*m_wizard), Qt::LeftButton);
    auto *input = find<QPlainTextEdit>(m_wizard.get(), "explainInput");
    QVERIFY(input);
    const QString reply = u"550 5.1.1 <bob@contoso.com>: Recipient address rejected: User unknown"_s;
    paste(input, reply);
    QTest::keyClick(input, Qt::Key_Tab);
    auto *explain = find<QPushButton>(m_wizard.get(), "explainButton");
    QTRY_VERIFY(explain->hasFocus());
    QTest::keyClick(explain, Qt::Key_Space);
    auto *findings = find<QListWidget>(m_wizard.get(), "findingsList");
    QTRY_VERIFY(findings->count() >= 1);
    findings->setCurrentRow(0);
    // Each page has its own explanation panel: this page's.
    QWidget *page = m_wizard->currentPage();
    const QString title = find<QLabel>(page, "explanationTitle")->text();
    QVERIFY2(title.contains(u"Postfach existiert nicht"_s), qPrintable(title));
    const QString panel = find<QWidget>(page, "explanationText")->property("plainText").toString();
    QVERIFY2(panel.contains(u"dauerhafter Fehler"_s), qPrintable(panel));
    // What the explanation rests on is the server's own words, as it sent them.
    QVERIFY2(panel.contains(u"\u00abUser unknown\u00bb"_s), qPrintable(panel));
}

void tst_Languages::languagesOnOffer()
{
    const QStringList languages = Translations::available();
    QCOMPARE(languages.first(), u"en"_s);
    for (const QString &language : {u"de"_s, u"es"_s, u"fr"_s})
        QVERIFY2(languages.contains(language), qPrintable(languages.join(u' ')));
}

// Help, then About: versions for a bug report, and the language the wizard starts in,
// chosen from the keyboard and kept in the settings (main() reads it at the next start).
void tst_Languages::aboutBoxChoosesTheLanguage()
{
    QTest::keyClick(m_wizard.get(), Qt::Key_F1);
    QWidget *help = nullptr;
    QTRY_VERIFY((help = m_wizard->findChild<QWidget *>(u"helpWindow"_s)) && help->isVisible());
    auto *aboutButton = find<QToolButton>(help, "helpAboutButton");
    QVERIFY(aboutButton);
    QTest::mouseClick(aboutButton, Qt::LeftButton);
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = help->findChild<AboutDialog *>()) && about->isVisible());
    QCOMPARE(about->windowTitle(), u"Über SMTP Wizard"_s);
    const QString versions = find<QLabel>(about, "aboutVersions")->text();
    QVERIFY2(versions.contains(QString::fromLatin1(qVersion())) && versions.contains(u"QtKeychain 0."_s), qPrintable(versions));

    auto *combo = find<QComboBox>(about, "languageCombo");
    QVERIFY(!find<QLabel>(about, "languageNote")->isVisible());
    const int french = combo->findData(u"fr"_s);
    QVERIFY(french > 0);
    QCOMPARE(combo->itemText(french), u"Français"_s);
    QCOMPARE(combo->itemText(combo->findData(u"en"_s)), u"English"_s);
    combo->setFocus();
    while (combo->currentIndex() != french)
        QTest::keyClick(combo, combo->currentIndex() < french ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(m_settings->value(Settings::Key::Language).toString(), u"fr"_s);
    QVERIFY(find<QLabel>(about, "languageNote")->isVisible());
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!help->findChild<AboutDialog *>());
}

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
