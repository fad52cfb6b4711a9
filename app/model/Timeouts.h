#pragma once

#include "model/Vocabulary.h"

#include <chrono>

/// How long each step may take before the test gives up on it.
struct Timeouts
{
    std::chrono::milliseconds dns{10'000};
    std::chrono::milliseconds connect{15'000};
    std::chrono::milliseconds greeting{30'000};
    std::chrono::milliseconds command{30'000};   // EHLO, STARTTLS, AUTH, RSET, QUIT
    std::chrono::milliseconds tls{15'000};       // the TLS handshake
    std::chrono::milliseconds mail{30'000};
    std::chrono::milliseconds rcpt{30'000};
    std::chrono::milliseconds dataInit{30'000};  // reply to DATA
    std::chrono::milliseconds dataBlock{60'000}; // writing the message
    std::chrono::milliseconds dataTerm{60'000};  // reply to the final "."

    /// Short enough that a help-desk user is not left staring at a frozen test.
    static Timeouts helpDesk() { return {}; }
    /// RFC 5321 §4.5.3.2: what a patient mail server waits.
    static Timeouts rfc5321();
    /// Every step limited to the same time (the `--timeout SECONDS` option).
    static Timeouts uniform(std::chrono::milliseconds limit);

    std::chrono::milliseconds forStage(Model::Stage stage) const;

    friend bool operator==(const Timeouts &, const Timeouts &) = default;
};
