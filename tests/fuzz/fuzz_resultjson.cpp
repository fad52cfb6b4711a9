// A result JSON document read back (ResultJsonReader), as the history and a reopened
// .json report do: whatever the file holds, reading, explaining, rendering and comparing
// it is safe, and a result read once writes the same document on every later round trip.
#include "FuzzCheck.h"

#include "report/HtmlReport.h"
#include "report/ResultJson.h"
#include "report/ResultJsonReader.h"
#include "report/RunComparison.h"
#include "report/TextReport.h"
#include "run/RunExplainer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    std::optional<TestResult> result = ResultJsonReader::fromJsonBytes(bytes, &error);
    FUZZ_CHECK(result.has_value() == error.isEmpty());
    if (!result)
        return 0;

    // Whatever was read, writing it and reading it again is a fixed point.
    const QJsonObject written = ResultJson::toJson(*result);
    const std::optional<TestResult> again = ResultJsonReader::fromJson(written, &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(ResultJson::toJson(*again) == written);

    // What HistoryStore::load and the reopened-test window do with it.
    RunExplainer::explainResult(*result);
    (void)TextReport::render(*result);
    (void)HtmlReport::render(*result);
    FUZZ_CHECK(RunComparison::compare(*result, *result).isEmpty());
    return 0;
}
