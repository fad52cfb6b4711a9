#pragma once

#include <QLineEdit>
#include <QStringList>

/// The expert console's input line: Enter sends what is typed, Up and Down walk through
/// the lines sent before (as in a shell), and what was being typed comes back after the
/// newest. Editing is QLineEdit's own: cursor keys, Backspace, selection, paste.
class CommandLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CommandLineEdit(QWidget *parent = nullptr);

    /// Lines kept for Up and Down; secrets are never typed here (Sign in asks for them).
    const QStringList &history() const { return m_history; }

Q_SIGNALS:
    /// Enter on a line, typed as it stands (empty lines too: a typed message may need one).
    void submitted(const QString &line);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void recall(int step);

    QStringList m_history;
    qsizetype m_position = 0; // m_history.size(): the line being typed
    QString m_draft;          // what was being typed before Up
};
