#pragma once

#include "model/Capabilities.h"
#include "model/TestPlan.h"
#include "protocol/smtp/MessageBuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

/// What MAIL FROM needs before it goes out: the message built for what the server
/// offers (8BITMIME or quoted-printable), its SIZE, SMTPUTF8 when an address needs it,
/// DSN parameters only when advertised; or the reason not to send it at all.
class MailPreparation
{
    Q_DECLARE_TR_FUNCTIONS(MailPreparation)
public:
    struct Note
    {
        Model::Problem problem;
        QString text;
    };
    struct Result
    {
        QByteArray command;                           // MAIL FROM:<...> with its parameters
        std::optional<MessageBuilder::Message> message; // when the plan sends one
        QList<Note> findings;                         // worth noting, the test goes on
        std::optional<Note> refusal;                  // the test cannot go on
    };

    static Result prepare(const TestPlan &plan, const Capabilities &caps, const QString &ehloName);
};
