#pragma once

#include "model/EnumTable.h"

#include <QObject>
#include <QString>

/// One try of the open-relay check: a MAIL FROM and RCPT TO pair with addresses outside
/// the server's domains, written in one of the forms relay testers use, and the records
/// of the replies it got. Accepted means the server took the outside recipient (2xx).
struct RelayTrial
{
    Q_GADGET
public:
    /// How the outside recipient (or sender) is written; new values go last.
    enum class Form {
        Plain,         // MAIL <relaytest@example.com>, RCPT <relaytest@example.net>
        NullSender,    // MAIL <>, RCPT <relaytest@example.net>
        LocalSender,   // MAIL from the server's own domain, RCPT <relaytest@example.net>
        PercentHack,   // RCPT <relaytest%example.net@server>
        Quoted,        // RCPT <"relaytest@example.net">
        SourceRoute,   // RCPT <@server:relaytest@example.net>
        BangPath,      // RCPT <example.net!relaytest>
    };
    Q_ENUM(Form)

    Form form = Form::Plain;
    QString mailFrom;     // the address between the angle brackets, as sent ("" is <>)
    QString rcptTo;       // the same for the recipient
    int mailReplyIndex = -1; // the MAIL reply's record in Attempt::replies, -1: not sent
    int rcptReplyIndex = -1; // the RCPT reply's record, -1: not sent (MAIL refused)
    bool accepted = false;   // MAIL and RCPT both 2xx: the server would relay this
    bool answered() const { return mailReplyIndex >= 0; }
    /// The reply that decided the trial: RCPT's, or MAIL's when MAIL was refused.
    int decidingReplyIndex() const { return rcptReplyIndex >= 0 ? rcptReplyIndex : mailReplyIndex; }
};

namespace Model {
template <>
struct EnumTable<RelayTrial::Form>
{
    static constexpr const char *context = "Model::RelayForm";
    static constexpr EnumRow<RelayTrial::Form> rows[] = {
        {RelayTrial::Form::Plain, "plain", QT_TRANSLATE_NOOP("Model::RelayForm", "plain address, sender outside")},
        {RelayTrial::Form::NullSender, "null-sender", QT_TRANSLATE_NOOP("Model::RelayForm", "plain address, null sender <>")},
        {RelayTrial::Form::LocalSender, "local-sender",
         QT_TRANSLATE_NOOP("Model::RelayForm", "plain address, sender in the server's own domain")},
        {RelayTrial::Form::PercentHack, "percent-hack", QT_TRANSLATE_NOOP("Model::RelayForm", "Percent hack (outside domain after a percent sign)")},
        {RelayTrial::Form::Quoted, "quoted", QT_TRANSLATE_NOOP("Model::RelayForm", "quoted (\"user@domain\")")},
        {RelayTrial::Form::SourceRoute, "source-route", QT_TRANSLATE_NOOP("Model::RelayForm", "source route (@server:user@domain)")},
        {RelayTrial::Form::BangPath, "bang-path", QT_TRANSLATE_NOOP("Model::RelayForm", "UUCP bang path (domain!user)")},
    };
};
} // namespace Model
