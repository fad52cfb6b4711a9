#include "widgets/AboutDialog.h"

#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_restartNote(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About SMTP Wizard"));

    auto *title = new QLabel(tr("<b>SMTP Wizard %1</b>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    title->setObjectName(u"aboutTitle"_s);
    auto *text = new QLabel(tr("Tests how a mail server answers, step by step, and explains every reply in plain "
                               "words. Free software under the MIT licence."),
                            this);
    text->setWordWrap(true);
    // Run time and build time differ when Debian updates Qt under an installed program.
    auto *versions = new QLabel(tr("Qt %1 (built with %2), QtKeychain %3")
                                    .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                         QStringLiteral(SMTPWIZARD_QTKEYCHAIN_VERSION)),
                                this);
    versions->setObjectName(u"aboutVersions"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_language->setObjectName(u"languageCombo"_s);
    // The "C" locale of a bare session (no LANG) is English to people.
    const QString systemCode = QLocale::system().name().section(u'_', 0, 0);
    const QString system = languageName(systemCode == u"C"_s ? u"en"_s : systemCode);
    m_language->addItem(tr("As the system (%1)").arg(system), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(languageName(code), code);
    const int current = m_language->findData(m_settings.value(Settings::Key::Language).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AboutDialog::languageChosen);

    m_restartNote->setObjectName(u"languageNote"_s);
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("SMTP Wizard starts in the new language the next time it is opened."));
    m_restartNote->setVisible(false);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(versions);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString AboutDialog::languageName(const QString &code)
{
    // English is our source language, not "American English" (what QLocale calls "en").
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                               : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale gives "français", "español": a menu entry starts with a capital.
    return QLocale(code).toUpper(name.left(1)) + name.mid(1);
}

void AboutDialog::languageChosen(int index)
{
    m_settings.setValue(Settings::Key::Language, m_language->itemData(index).toString());
    m_settings.sync();
    m_restartNote->setVisible(true);
}
