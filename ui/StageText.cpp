#include "StageText.h"

QString StageText::label(Smtp::Stage stage)
{
    using Smtp::Stage;
    switch (stage) {
    case Stage::Dns: return tr("Looking up the mail servers");
    case Stage::Connect: return tr("Connecting");
    case Stage::Greeting: return tr("Waiting for the greeting");
    case Stage::Ehlo: return tr("Introducing ourselves (EHLO)");
    case Stage::StartTls: return tr("Switching to encryption (STARTTLS)");
    case Stage::Auth: return tr("Signing in");
    case Stage::Mail: return tr("Giving the sender (MAIL FROM)");
    case Stage::Rcpt: return tr("Checking the recipients (RCPT TO)");
    case Stage::Data: return tr("Starting the message (DATA)");
    case Stage::Message: return tr("Sending the message");
    case Stage::Quit: return tr("Saying goodbye (QUIT)");
    }
    return {};
}
