#pragma once

#include <QString>

/// The organisational domain of a name (RFC 7489 §3.2: its public suffix and one label
/// more), from the Public Suffix List that Debian's publicsuffix package installs. DMARC
/// needs it: a subdomain without a record of its own is governed by its organisational
/// domain's record. The list is read once, on first use.
class PublicSuffix
{
public:
    /// Where Debian's publicsuffix package puts the list.
    static QString defaultListPath();

    /// The organisational domain of domain (ACE or Unicode; the answer is ACE, lower
    /// case), or empty when domain is itself a public suffix or not a domain at all.
    /// Without a readable list, empty too: the default rule alone would give "co.uk" for
    /// "mail.example.co.uk", and nothing is inherited from a wrong parent.
    static QString organizationalDomain(const QString &domain);
    /// Whether the list could be read.
    static bool listLoaded();

    /// For tests: read the list from this text instead of the installed file.
    static void useListText(const QString &text);
};
