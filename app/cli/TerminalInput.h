#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

/// Standard input as lines, without blocking the event loop: a QSocketNotifier on the
/// descriptor, so replies keep arriving while nothing is typed. On a terminal the line
/// discipline stays canonical (the kernel does the editing: backspace, ^U, ^W) and echo
/// can be turned off for a secret. No GNU readline.
class TerminalInput : public QObject
{
    Q_OBJECT
public:
    /// A longer line is cut and refused by the console's checks, never buffered whole.
    static constexpr qsizetype maxLineBytes = 16 * 1024;

    explicit TerminalInput(int fd = 0, QObject *parent = nullptr);
    ~TerminalInput() override;

    bool isTerminal() const { return m_terminal; }
    /// Reading stops until resume() (lines already read stay queued with the caller).
    void pause();
    void resume();
    /// Terminal only: whether what is typed is shown (off while a secret is typed).
    void setEcho(bool on);

Q_SIGNALS:
    /// One line without its LF (a CR before it is kept: the console decides).
    void lineRead(const QByteArray &line);
    void endOfInput();

private:
    void readAvailable();

    int m_fd;
    bool m_terminal = false;
    bool m_ended = false;
    bool m_discarding = false; // the rest of a line that was too long
    QByteArray m_buffer;
    QSocketNotifier *m_notifier = nullptr;
};
