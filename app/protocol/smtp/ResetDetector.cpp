#include "protocol/smtp/ResetDetector.h"

#include <fcntl.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

ResetDetector::~ResetDetector()
{
    release();
}

void ResetDetector::watch(qintptr descriptor)
{
    release();
#ifdef Q_OS_LINUX
    if (descriptor >= 0)
        m_descriptor = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(descriptor)
#endif
}

bool ResetDetector::wasReset() const
{
#ifdef Q_OS_LINUX
    if (m_descriptor < 0)
        return false;
    struct tcp_info info = {};
    socklen_t length = sizeof info;
    if (::getsockopt(m_descriptor, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    // After a FIN the socket waits for our close (CLOSE_WAIT); a reset ends it at once.
    return info.tcpi_state == TCP_CLOSE;
#else
    return false;
#endif
}

void ResetDetector::release()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    m_descriptor = -1;
}
