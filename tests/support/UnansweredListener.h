#pragma once

#include <QTcpServer>
#include <QTcpSocket>

/// A port whose connections never complete: it listens with a queue of one and never
/// accepts, and a connection of its own fills that queue, so the kernel drops the next
/// client's SYN and the client stays "connecting" until it gives up or is stopped. The
/// moment before a connection is established, reached without any remote address.
class UnansweredListener : public QObject
{
public: // no Q_OBJECT: nothing to signal
    explicit UnansweredListener(QObject *parent = nullptr) : QObject(parent) {}

    /// Listens and fills the queue; true once the filler is connected (the caller waits
    /// for isFull()).
    bool listen()
    {
        m_server.setListenBacklogSize(0); // Linux: one connection fits, the next SYN is dropped
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_server.pauseAccepting();
        m_filler.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        return true;
    }
    bool isFull() const { return m_filler.state() == QAbstractSocket::ConnectedState; }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QTcpSocket m_filler;
};
