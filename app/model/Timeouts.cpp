#include "model/Timeouts.h"

using namespace std::chrono_literals;

Timeouts Timeouts::rfc5321()
{
    Timeouts t;
    t.connect = 2min;
    t.greeting = 5min;
    t.command = 5min;
    t.tls = 2min;
    t.mail = 5min;
    t.rcpt = 5min;
    t.dataInit = 2min;
    t.dataBlock = 3min;
    t.dataTerm = 10min;
    return t;
}

Timeouts Timeouts::uniform(std::chrono::milliseconds limit)
{
    Timeouts t;
    t.dns = t.connect = t.greeting = t.command = t.tls = t.mail = t.rcpt = limit;
    t.dataInit = t.dataBlock = t.dataTerm = limit;
    return t;
}

std::chrono::milliseconds Timeouts::forStage(Model::Stage stage) const
{
    using Model::Stage;
    switch (stage) {
    case Stage::Dns: return dns;
    case Stage::Connect: return connect;
    case Stage::Greeting: return greeting;
    case Stage::Tls:
    case Stage::StartTls: return tls;
    case Stage::Mail: return mail;
    case Stage::Rcpt: return rcpt;
    case Stage::Data: return dataInit;
    case Stage::Message: return dataTerm;
    case Stage::Ehlo:
    case Stage::Auth:
    case Stage::Quit: return command;
    }
    return command;
}
