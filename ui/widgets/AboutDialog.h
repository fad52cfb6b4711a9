#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class Settings;

/// "About SMTP Wizard": the version, the licence, the Qt and QtKeychain it runs with (what
/// a bug report needs), and the language the wizard starts in. A new language applies at
/// the next start: the pages build much of their text once, and a half-translated window
/// would be worse than waiting.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(Settings &settings, QWidget *parent = nullptr);

    /// "Deutsch", "Français": a language in its own words, as people look for it.
    static QString languageName(const QString &code);

private:
    void languageChosen(int index);

    Settings &m_settings;
    QComboBox *m_language;
    QLabel *m_restartNote;
};
