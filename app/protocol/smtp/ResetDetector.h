#pragma once

#include <QtGlobal>

/// Tells a connection the server reset (TCP RST) from one it closed in order (FIN).
/// Qt 6.4 reports both as RemoteHostClosedError: on ECONNRESET its read() returns 0 like
/// an end of stream, and it closes its descriptor before anyone hears of it; the pending
/// error (SO_ERROR) is gone by then too, taken by that read. So this keeps a duplicate of
/// the descriptor from the moment the connection is up: the socket outlives Qt's close,
/// and the kernel's TCP state tells what happened (CLOSE_WAIT after a FIN, CLOSE after a
/// reset). Linux only; elsewhere wasReset() says false, as before.
class ResetDetector
{
public:
    ResetDetector() = default;
    ~ResetDetector();
    ResetDetector(const ResetDetector &) = delete;
    ResetDetector &operator=(const ResetDetector &) = delete;

    /// The connected socket's descriptor (QAbstractSocket::socketDescriptor()).
    void watch(qintptr descriptor);
    /// Whether the connection was reset rather than closed; ask once Qt reported the
    /// remote end gone.
    bool wasReset() const;
    /// Lets the socket go, so closing it takes effect. Call when the conversation ends.
    void release();

private:
    int m_descriptor = -1;
};
