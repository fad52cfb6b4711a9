#include "pages/WizardContext.h"

namespace {
class Standalone : public WizardContext
{
public:
    WizardMode mode() const override { return WizardMode::Delivery; }
    QString domain() const override { return {}; }
    QString server() const override { return {}; }
    bool implicitTls() const override { return false; }
    TestPlan::Security security() const override { return TestPlan::Security::StartTls; }
    bool relayTest() const override { return false; }
};
} // namespace

const WizardContext &WizardContext::standalone()
{
    static const Standalone context;
    return context;
}
