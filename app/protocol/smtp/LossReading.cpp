#include "protocol/smtp/LossReading.h"

using Model::Problem;

namespace {

LossReading::Ending failure(Problem problem, const QString &text)
{
    return {false, {}, problem, text};
}

LossReading::Ending orderly(const QString &event)
{
    return {true, event, Problem::ConnectionClosed, {}};
}

} // namespace

LossReading::Ending LossReading::ofLoss(Loss loss, Phase phase, const QString &errorText, bool certificateErrors)
{
    const bool leaving = phase == Phase::Quitting || phase == Phase::ServerClosing;
    switch (loss) {
    case Loss::ClosedByServer:
        if (leaving)
            return orderly(tr("Connection closed by the server"));
        // A server that hangs up on our ClientHello could not set up TLS (no usable
        // certificate, no shared protocol or cipher, a middlebox): that is the failure.
        if (phase == Phase::Handshaking)
            return failure(Problem::TlsHandshakeFailed, tr("The server closed the connection during the TLS handshake"));
        return failure(Problem::ConnectionClosed, errorText);
    case Loss::ResetByServer:
        // After QUIT or a 421 the outcome stands; a reset instead of a close changes nothing.
        if (leaving)
            return orderly(tr("Connection reset by the server"));
        if (phase == Phase::Handshaking)
            return failure(Problem::TlsHandshakeFailed, tr("The server reset the connection during the TLS handshake"));
        return failure(Problem::ConnectionReset, errorText);
    case Loss::Refused: return failure(Problem::ConnectionRefused, errorText);
    case Loss::HostNotFound: return failure(Problem::DnsNoAddress, errorText);
    case Loss::NetworkUnreachable: return failure(Problem::NetworkUnreachable, errorText);
    case Loss::NetworkError: // Qt reports both EHOSTUNREACH and a reset as NetworkError
    case Loss::Other:
        return failure(phase == Phase::Connecting ? Problem::HostUnreachable : Problem::ConnectionReset, errorText);
    case Loss::TlsHandshake:
        return failure(certificateErrors ? Problem::TlsCertificateInvalid : Problem::TlsHandshakeFailed, errorText);
    }
    return failure(Problem::ConnectionClosed, errorText);
}

LossReading::Ending LossReading::ofTimeout(Phase phase, double seconds)
{
    switch (phase) {
    case Phase::ServerClosing: return orderly({}); // a 421 was answered and the server did not hang up: we do
    case Phase::Quitting: return orderly(tr("No reply to QUIT; closing the connection"));
    case Phase::Connecting: return failure(Problem::ConnectTimeout, tr("No connection after %1 s").arg(seconds, 0, 'g', 3));
    case Phase::Greeting:
        return failure(Problem::NoGreeting, tr("Connected, but no greeting after %1 s").arg(seconds, 0, 'g', 3));
    case Phase::Handshaking:
        return failure(Problem::ReplyTimeout, tr("The TLS handshake did not finish within %1 s").arg(seconds, 0, 'g', 3));
    case Phase::Talking: break;
    }
    return failure(Problem::ReplyTimeout, tr("No reply after %1 s").arg(seconds, 0, 'g', 3));
}
