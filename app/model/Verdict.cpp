#include "model/Verdict.h"

int Verdict::exitCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
    case Outcome::Accepted:
    case Outcome::RelayRefused: return 0;
    case Outcome::Rejected: return 1;
    case Outcome::Deferred: return 2;
    case Outcome::Unreachable:
    case Outcome::Timeout: return 3;
    case Outcome::DnsFailed: return 4;
    case Outcome::TlsFailed: return 5;
    case Outcome::AuthFailed: return 6;
    case Outcome::ProtocolError: return 7;
    case Outcome::OpenRelay: return 8; // a finding, not a failure of the test: its own code
    case Outcome::Cancelled: return 130; // as a shell reports an interrupted command
    }
    return 7;
}
