// Placeholder: the full verdict writer replaces this file.
#include "diagnosis/VerdictWriter.h"

void VerdictWriter::describe(TestResult &result)
{
    result.verdict.summary = Verdict::outcomeKey(result.verdict.outcome);
}
