#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QLineEdit;
class Settings;
class QTextBrowser;
class QToolButton;

/// The user guide in a window of its own beside the wizard: opened at the section of the
/// page the user is on, guide links followed inside, web links handed to the browser.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    /// settings: where the About box keeps the chosen language; without them (nullptr)
    /// the window has no About button.
    explicit HelpWindow(Settings *settings = nullptr, QWidget *parent = nullptr);

    /// Shows the window (or raises it) scrolled to the guide's section with this anchor.
    void showTopic(const QString &anchor);
    /// The guide for a language: guide_<language>.html when it exists, else the English one.
    static QUrl guideUrl(const QLocale &locale = QLocale());

private:
    void followLink(const QUrl &link);
    void showAbout();
    void findNext();

    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_contents;
    QToolButton *m_about;
    Settings *m_settings;
    QLineEdit *m_find;
};
