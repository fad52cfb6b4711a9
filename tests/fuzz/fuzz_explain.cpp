// `smtp-wizard-cli --explain TEXT` and `--explain-file` (ExplainCommand), which prints what
// it was given: as text it never lets a terminal control through, as JSON it is JSON.
// Byte 0 picks the form (text or message, JSON or text, a forced stage); the rest is the
// input.
#include "FuzzCheck.h"

#include "cli/ExplainCommand.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t form = data[0];
    QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const bool isBounceFile = form & 1;
    const bool json = form & 2;
    std::optional<Model::Stage> stage;
    if (form & 4)
        stage = Model::Stage((form >> 3) % (int(Model::Stage::Quit) + 1));
    // A message must not be taken for a path (nor "-" for standard input): a path never
    // holds a line break, so one is added.
    if (isBounceFile && !input.contains(u'\n'))
        input.append(u'\n');

    QString output;
    QTextStream out(&output);
    const int exitCode = ExplainCommand::run(input, isBounceFile, stage, json, false, out);
    FUZZ_CHECK(exitCode == 0 || exitCode == 1);
    FUZZ_CHECK(!output.isEmpty());
    if (json) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(output.toUtf8(), &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError);
    } else {
        FUZZ_CHECK(!Fuzz::hasTerminalControl(output, true));
    }
    return 0;
}
