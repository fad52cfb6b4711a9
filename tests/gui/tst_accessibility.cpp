#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// Keyboard and assistive-technology basics on every page: each input has an accessible
/// name (its own or its label's), each page's mnemonics are unique (including the
/// wizard's own buttons), technical fields explain themselves in a tooltip, and the
/// window fits 1024x700.
class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyInputIsNamed_data();
    void everyInputIsNamed();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void technicalFieldsHaveTooltips_data();
    void technicalFieldsHaveTooltips();
    void fitsSmallScreens();

private:
    void addPageRows();
    // No keychain needed: the in-memory store, so this runs without the test bed.
    MemoryCredentialStore m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SmtpWizard> m_wizard;
};

void tst_Accessibility::initTestCase()
{
    m_settings = Settings::temporary();
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
}

void tst_Accessibility::addPageRows()
{
    QTest::addColumn<int>("pageId");
    for (int id : m_wizard->pageIds())
        QTest::newRow(m_wizard->page(id)->metaObject()->className()) << id;
}

void tst_Accessibility::everyInputIsNamed_data()
{
    addPageRows();
}

void tst_Accessibility::everyInputIsNamed()
{
    QFETCH(int, pageId);
    QWizardPage *page = m_wizard->page(pageId);
    QSet<QWidget *> labelled;
    const QList<QLabel *> labels = page->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QList<QWidget *> inputs;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w))
            inputs.append(w);
    }
    for (QWidget *w : std::as_const(inputs)) {
        // Line edits inside spin boxes and combo boxes are named by their owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (w->objectName().startsWith(u"qt_"_s) || w->objectName().isEmpty())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty() || labelled.contains(w), qPrintable(w->objectName()));
    }
}

void tst_Accessibility::mnemonicsAreUnique_data()
{
    addPageRows();
}

void tst_Accessibility::mnemonicsAreUnique()
{
    QFETCH(int, pageId);
    QWizardPage *page = m_wizard->page(pageId);
    QStringList texts;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        texts.append(b->text());
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->buddy())
            texts.append(l->text());
    }
    // The wizard's own buttons that this page shows, with the text this page gives them
    // (the Message page's Next says "Send test message" or "Run test").
    texts.append(page->buttonText(QWizard::BackButton));
    texts.append(page->buttonText(page->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton));
    QHash<QChar, QString> seen;
    static const QRegularExpression mnemonic(u"&([^&])"_s);
    for (const QString &text : std::as_const(texts)) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(u"\"%1\" and \"%2\" share Alt+%3"_s.arg(seen.value(key), text, key)));
        seen.insert(key, text);
    }
}

void tst_Accessibility::technicalFieldsHaveTooltips_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"deliveryRadio", "submissionRadio", "serverEdit", "domainEdit", "port587Radio",
                             "port465Radio", "mxTable", "firstReachableRadio", "everyMxRadio", "parallelSpin", "dnsServerEdit",
                             "portSpin", "securityCombo", "ehloEdit", "timeoutCombo", "ipFamilyCombo", "caFileEdit",
                             "tlsInsecureCheck", "authCombo", "rememberCheck", "fromEdit", "recipientsEdit",
                             "notifySuccessCheck", "notifyFailureCheck", "notifyDelayCheck", "stopAfterRcptCheck",
                             "certificateButton", "stopButton", "saveReportButton", "copyButton"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_Accessibility::technicalFieldsHaveTooltips()
{
    QFETCH(QString, name);
    QWidget *w = m_wizard->findChild<QWidget *>(name);
    QVERIFY2(w, qPrintable(name));
    QVERIFY2(w->toolTip().size() > 20, qPrintable(w->toolTip()));
}

void tst_Accessibility::fitsSmallScreens()
{
    const QSize minimum = m_wizard->minimumSizeHint().expandedTo(m_wizard->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    m_wizard->resize(1024, 700);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->size(), QSize(1024, 700));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
