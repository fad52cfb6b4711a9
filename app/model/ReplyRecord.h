#pragma once

#include "model/Explanation.h"
#include "model/SmtpReply.h"
#include "model/Vocabulary.h"

/// One reply as the run recorded it: what the server said, the step it answered and the
/// run's explanation of it, made once when it arrived. Views, reports and verdicts read
/// this record; nothing explains the reply again.
struct ReplyRecord
{
    SmtpReply reply;
    Model::Stage stage = Model::Stage::Connect;
    Explanation explanation;
};
