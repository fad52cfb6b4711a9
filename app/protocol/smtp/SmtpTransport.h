#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

/// What the dialogue asks of the connection under it. SmtpSession implements it over a
/// QSslSocket and a timer; tests implement it with a list, so the dialogue runs without
/// any socket.
class SmtpTransport
{
public:
    virtual ~SmtpTransport() = default;

    /// Sends one command line (CRLF is added) and waits up to timeout for the reply.
    /// shownAs: what the transcript shows instead (secrets hidden); empty: the line.
    virtual void sendLine(const QByteArray &line, const QString &shownAs, std::chrono::milliseconds timeout) = 0;
    /// Writes the dot-stuffed message (ending in CRLF.CRLF); writing may take up to
    /// writeTimeout, then the reply to the final "." up to replyTimeout.
    virtual void sendMessage(const QByteArray &wire, std::chrono::milliseconds writeTimeout,
                             std::chrono::milliseconds replyTimeout) = 0;
    /// The server said go: start the TLS handshake, bounded by timeout. Everything
    /// buffered before it is forgotten (RFC 3207 §4.2).
    virtual void startTls(std::chrono::milliseconds timeout) = 0;
    /// The server speaks first: its greeting is due within timeout.
    virtual void expectGreeting(std::chrono::milliseconds timeout) = 0;
    /// Waits up to timeout for something that is not a reply (the connection, the TLS
    /// handshake, the server's close after a 421).
    virtual void wait(std::chrono::milliseconds timeout) = 0;
    virtual bool isEncrypted() const = 0;
    virtual bool isConnected() const = 0;
    /// Ends the conversation at once; the dialogue is done.
    virtual void close() = 0;
};
