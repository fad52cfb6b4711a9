// eval-catalog: how often the reply catalogue names the category of the labelled corpus.
//   eval-catalog [--corpus DIR] [--shared DIR] [--misses N] [--check THRESHOLDS]
// Prints accuracy per category, the confusion and (for the dev split only) the worst
// misses. The test split's rows are never printed: they are not for writing rules.
// With --check, exits 1 when a figure falls below its threshold.
#include "CorpusEval.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void printTally(const QString &what, const QString &split, const CorpusEval::Tally &t)
{
    out << u"\n== %1, %2: %3/%4 = %5%\n"_s.arg(what, split).arg(t.correct).arg(t.total).arg(t.accuracy(), 0, 'f', 1);
    for (auto it = t.perCategory.cbegin(); it != t.perCategory.cend(); ++it) {
        const auto [ok, all] = it.value();
        out << u"  %1 %2/%3 %4%\n"_s.arg(it.key(), -24).arg(ok, 4).arg(all, -4).arg(100.0 * ok / all, 5, 'f', 1);
    }
}

// The matrix's off-diagonal cells, largest first: a 27x27 grid is unreadable in a terminal.
void printConfusion(const CorpusEval::Tally &t)
{
    QList<std::tuple<int, QString, QString>> cells;
    for (auto row = t.confusion.cbegin(); row != t.confusion.cend(); ++row)
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
            cells.append({cell.value(), row.key(), cell.key()});
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    if (cells.isEmpty())
        return;
    out << u"  confusion (labelled -> explained as):\n"_s;
    for (const auto &[count, expected, actual] : cells)
        out << u"    %1 -> %2 %3\n"_s.arg(expected, -24).arg(actual, -24).arg(count);
}

// Which kind of rule decided, and how often it was right: where a fallback decides many
// rows badly, the words are not covered (aggregate only, so the test split can be read).
QString ruleKind(const QString &ruleId)
{
    if (ruleId.isEmpty())
        return u"(nothing)"_s;
    for (const QString &prefix : {u"phrase-"_s, u"enhanced-"_s, u"basic-"_s, u"class-"_s, u"words-"_s, u"generic-"_s, u"bounce-"_s, u"problem-"_s, u"tls-"_s}) {
        if (ruleId.startsWith(prefix))
            return prefix.chopped(1);
    }
    return ruleId.contains(u'-') ? u"provider"_s : ruleId;
}

void printRuleKinds(const QList<CorpusEval::Case> &cases, const QString &split)
{
    QMap<QString, QPair<int, int>> kinds;
    for (const auto &c : cases) {
        if (split != u"all" && c.split != split)
            continue;
        auto &[ok, all] = kinds[ruleKind(c.ruleId)];
        ok += c.correct;
        ++all;
    }
    out << u"  decided by (right/all):"_s;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        out << u" %1 %2/%3"_s.arg(it.key()).arg(it.value().first).arg(it.value().second);
    out << u'\n';
}

void printMisses(const QList<CorpusEval::Case> &cases, int limit)
{
    out << u"  worst misses (dev only):\n"_s;
    int shown = 0;
    for (const auto &c : cases) {
        if (c.split != u"dev" || c.correct)
            continue;
        if (++shown > limit)
            break;
        out << u"    %1 %2 -> %3 [%4] %5\n"_s.arg(c.id, c.expected, c.actual, c.ruleId, c.input.left(160));
    }
}

// "replies test 95.0": the figure may not fall below it.
bool check(const QString &path, const QList<CorpusEval::Case> &replies, const QList<CorpusEval::Case> &bounces)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << u"cannot read "_s << path << u'\n';
        return false;
    }
    bool ok = true;
    int checked = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QStringList f = line.simplified().split(u' ');
        if (line.trimmed().startsWith(u'#') || f.size() != 3)
            continue;
        const auto &cases = f[0] == u"replies" ? replies : bounces;
        const double figure = CorpusEval::tally(cases, f[1]).accuracy();
        const double floor = f[2].toDouble();
        ++checked;
        const bool pass = figure + 1e-9 >= floor;
        out << u"%1 %2: %3% (threshold %4%) %5\n"_s.arg(f[0], f[1]).arg(figure, 0, 'f', 1).arg(floor, 0, 'f', 1)
                   .arg(pass ? u"ok"_s : u"BELOW"_s);
        ok = ok && pass;
    }
    return ok && checked > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption corpus(u"corpus"_s, u"tests/data/corpus"_s, u"dir"_s, QStringLiteral(SMTPWIZARD_CORPUS_DIR));
    const QCommandLineOption shared(u"shared"_s, u"folder holding flufl-bounce/"_s, u"dir"_s, QStringLiteral(SMTPWIZARD_SHARED_CORPUS_DIR));
    const QCommandLineOption misses(u"misses"_s, u"misses to list"_s, u"n"_s, u"40"_s);
    const QCommandLineOption thresholds(u"check"_s, u"thresholds file"_s, u"file"_s);
    parser.addOptions({corpus, shared, misses, thresholds});
    parser.process(app);

    const CorpusEval eval(parser.value(corpus), parser.value(shared));
    if (!eval.error().isEmpty()) {
        out << eval.error() << u'\n';
        return 2;
    }
    if (parser.isSet(thresholds))
        return check(parser.value(thresholds), eval.replies(), eval.bounces()) ? 0 : 1;

    for (const auto &[what, cases] : {std::pair{u"replies"_s, eval.replies()}, std::pair{u"bounces"_s, eval.bounces()}}) {
        for (const QString &split : {u"dev"_s, u"test"_s, u"all"_s}) {
            const auto t = CorpusEval::tally(cases, split);
            printTally(what, split, t);
            printConfusion(t);
            printRuleKinds(cases, split);
        }
        printMisses(cases, parser.value(misses).toInt());
    }
    out << u"\nreplies test %1%, bounces test %2%\n"_s
               .arg(CorpusEval::tally(eval.replies(), u"test"_s).accuracy(), 0, 'f', 1)
               .arg(CorpusEval::tally(eval.bounces(), u"test"_s).accuracy(), 0, 'f', 1);
    return 0;
}
