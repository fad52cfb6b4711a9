#include "run/Verdict.h"

#include <QMetaEnum>

QString Verdict::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered: return QStringLiteral("delivered");
    case Outcome::Accepted: return QStringLiteral("accepted");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::Deferred: return QStringLiteral("deferred");
    case Outcome::Unreachable: return QStringLiteral("unreachable");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::DnsFailed: return QStringLiteral("dns-failed");
    case Outcome::TlsFailed: return QStringLiteral("tls-failed");
    case Outcome::AuthFailed: return QStringLiteral("auth-failed");
    case Outcome::ProtocolError: return QStringLiteral("protocol-error");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol-error");
}

int Verdict::exitCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
    case Outcome::Accepted: return 0;
    case Outcome::Rejected: return 1;
    case Outcome::Deferred: return 2;
    case Outcome::Unreachable:
    case Outcome::Timeout: return 3;
    case Outcome::DnsFailed: return 4;
    case Outcome::TlsFailed: return 5;
    case Outcome::AuthFailed: return 6;
    case Outcome::ProtocolError: return 7;
    case Outcome::Cancelled: return 130; // as a shell reports an interrupted command
    }
    return 7;
}
