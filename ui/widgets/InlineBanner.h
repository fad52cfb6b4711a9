#pragma once

#include <QFrame>

class QLabel;

/// A message shown inside the page instead of a modal dialog: information, a warning or
/// an error, tinted from the palette.
class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit InlineBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
};
