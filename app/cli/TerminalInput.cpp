#include "cli/TerminalInput.h"

#include <QSocketNotifier>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

TerminalInput::TerminalInput(int fd, QObject *parent)
    : QObject(parent), m_fd(fd), m_terminal(::isatty(fd))
{
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalInput::readAvailable);
}

TerminalInput::~TerminalInput()
{
    setEcho(true); // never leave the terminal silent
}

void TerminalInput::pause()
{
    m_notifier->setEnabled(false);
}

void TerminalInput::resume()
{
    if (!m_ended)
        m_notifier->setEnabled(true);
}

void TerminalInput::setEcho(bool on)
{
    if (!m_terminal)
        return;
    termios mode{};
    if (::tcgetattr(m_fd, &mode) != 0)
        return;
    if (on)
        mode.c_lflag |= ECHO;
    else
        mode.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(m_fd, TCSANOW, &mode);
}

void TerminalInput::readAvailable()
{
    char chunk[4096];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_ended = true;
        m_notifier->setEnabled(false);
        if (!m_buffer.isEmpty() && !m_discarding)
            Q_EMIT lineRead(std::exchange(m_buffer, {})); // a last line without LF
        Q_EMIT endOfInput();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (std::exchange(m_discarding, false))
            continue;
        Q_EMIT lineRead(line);
    }
    if (m_buffer.size() > maxLineBytes && !m_discarding) {
        // Too long for SMTP anyway: handed on cut, to be refused; the rest is dropped.
        Q_EMIT lineRead(std::exchange(m_buffer, {}));
        m_discarding = true;
    } else if (m_discarding) {
        m_buffer.clear();
    }
}
