// Reason codes that filtering services print in place of words ("550 5.7.1 XGEMAIL_0011
// Command rejected"): the code is the only thing that names the cause, so these rows are
// tried before every other phrase. Each code's meaning is from the vendor's own table.
// Part of ReplyCatalog's data; see docs/catalog.md.
#include "diagnosis/CatalogTables.h"

using Model::Category;

namespace CatalogTables {

namespace {
const PhraseRow rows[] = {
    // Sophos Email, "SMTP error codes" (docs.sophos.com, Email Security help).
    {"sophos-xgemail-authentication", "\\bXGEMAIL_000[123]\\b", 0, Category::SenderAuthentication, "X.7.26"},
    {"sophos-xgemail-rbl", "\\bXGEMAIL_0004\\b", 0, Category::ClientBlocked, "rule:generic-blocklist"},
    {"sophos-xgemail-dbl", "\\bXGEMAIL_0005\\b", 0, Category::SenderRejected, "rule:sender-domain-listed"},
    {"sophos-xgemail-tls-version", "\\bXGEMAIL_0006\\b", 0, Category::TlsFailed, "problem:tls-handshake-failed"},
    {"sophos-xgemail-licence", "\\bXGEMAIL_0007\\b", 0, Category::ServerUnavailable, "X.3.0"},
    {"sophos-xgemail-block-list", "\\bXGEMAIL_000[89]\\b", 0, Category::Policy, "X.7.1"},
    {"sophos-xgemail-domain-not-protected", "\\bXGEMAIL_0010\\b", 0, Category::RelayDenied, "rule:postfix-relay-access-denied"},
    {"sophos-xgemail-no-such-recipient", "\\bXGEMAIL_0011\\b", 0, Category::RecipientUnknown, "X.1.1"},
    {"sophos-xgemail-size", "\\bXGEMAIL_0012\\b", 0, Category::MessageTooLarge, "X.3.4"},
    {"sophos-xgemail-recipients", "\\bXGEMAIL_0013\\b", 0, Category::Policy, "X.5.3"},
    {"sophos-xgemail-rate", "\\bXGEMAIL_001[45]\\b", 0, Category::RateLimited, "X.7.28"},
    // Daum/Kakao mail (hanmail.net): DAS51 refuses the sending IP itself, listed after spam
    // from it; Korean help pages quote it with "blocked automatically by anti-spam system".
    {"daum-das51-ip-blocked", "\\bDAS51\\b", 0, Category::ClientBlocked, "rule:generic-blocklist"},
};
} // namespace

std::span<const PhraseRow> phraseVendorCodeRows() { return rows; }

} // namespace CatalogTables
