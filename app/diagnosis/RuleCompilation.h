#pragma once

#include <QtGlobal>

/// How the process compiles the catalogue's rule patterns.
namespace RuleCompilation {

/// Call first thing in main(), before any QRegularExpression is compiled: Qt reads the
/// switch once per process.
///
/// PCRE2's JIT makes a match about three times faster but costs ~0.1 ms per pattern to
/// compile, and the catalogue has hundreds of patterns. A run explains a few dozen replies
/// at most (a batch of 1,000 addresses a few hundred), so JIT compiling them costs more
/// than it ever saves: measured on `--explain` one line, 50-70 ms and 20 MiB with the JIT,
/// 10 ms and 15 MiB without; the whole evaluation corpus (2,000 explanations) 0.8 s with,
/// 2.1 s without. Someone who sets QT_ENABLE_REGEXP_JIT themselves keeps their choice;
/// the evaluation tool and the fuzz targets, which explain thousands, leave it on.
inline void preferInterpreter()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}

} // namespace RuleCompilation
