#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

/// What a lost connection or a time-out means at the step the conversation had reached:
/// an orderly end (after QUIT, or a 421 whose hang-up was expected) or the attempt's
/// failure with its problem. Pure, so SmtpDialogue only applies it.
class LossReading
{
    Q_DECLARE_TR_FUNCTIONS(SmtpDialogue)
public:
    /// How the connection was lost, as the driver saw it.
    enum class Loss { Refused, HostNotFound, NetworkUnreachable, NetworkError, ClosedByServer, ResetByServer, TlsHandshake, Other };
    /// Where the conversation was; Quitting and ServerClosing are both on their way out.
    enum class Phase { Connecting, Greeting, Handshaking, Quitting, ServerClosing, Talking };

    struct Ending
    {
        bool orderly = false;                               // finish: the outcome stands
        QString event;                                      // orderly: noted in the transcript, if any
        Model::Problem problem = Model::Problem::ConnectionClosed; // otherwise: the attempt fails
        QString text;
    };

    static Ending ofLoss(Loss loss, Phase phase, const QString &errorText, bool certificateErrors);
    static Ending ofTimeout(Phase phase, double seconds);
};
