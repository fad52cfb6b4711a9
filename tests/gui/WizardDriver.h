#pragma once

// Drives the SMTP Wizard from a GUI test the way a person would: widgets found by
// object name, typed into with QTest::keyClicks, buttons clicked, waits with QTRY_*.
// Header-only, shared by the tests in tests/gui.

#include "pages/PageId.h"
#include "SmtpWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QWizard>

namespace WizardDriver {

/// A widget of the wizard by object name; fails the test (through QVERIFY in the
/// caller) when missing, so the result is checked before use.
template<typename T>
T *find(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

inline QAbstractButton *nextButton(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

/// Clicks a radio button or check box on its indicator, where people click: its centre
/// may lie beyond a short label, where a click does nothing.
inline void choose(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

/// Replaces a line edit's text by typing, as a person would.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// Several lines are typed with Return between them.
inline void type(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

/// Pastes text (which may hold CR or LF, which typing cannot produce) with Ctrl+V.
inline void paste(QWidget *edit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

} // namespace WizardDriver
