#pragma once

#include "model/TestPlan.h"
#include "pages/WizardMode.h"

#include <QString>

/// What one page needs to know of the others, typed: the wizard answers from the pages
/// that own each value. A page on its own (in a test) gets standalone(), the first
/// page's defaults.
class WizardContext
{
public:
    virtual ~WizardContext() = default;

    virtual WizardMode mode() const = 0;
    /// As typed on the first page, trimmed.
    virtual QString domain() const = 0;
    virtual QString server() const = 0;
    /// The "465, encrypted from the start" choice for sending through our own server.
    virtual bool implicitTls() const = 0;
    /// The Connection page's choice.
    virtual TestPlan::Security security() const = 0;
    /// The first page's "Check whether this server is an open relay": no message to write.
    virtual bool relayTest() const = 0;

    /// Delivery to a domain, nothing typed yet, STARTTLS when offered.
    static const WizardContext &standalone();
};
