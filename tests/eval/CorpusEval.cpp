#include "CorpusEval.h"

#include "diagnosis/BounceExplainer.h"
#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"
#include "model/Vocabulary.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readTsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return {};
    }
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        rows.append(line.split(u'\t'));
    }
    return rows;
}

// The corpus says "connect" for the greeting and "unknown" where no command is known.
std::optional<Model::Stage> stageOf(const QString &key)
{
    if (key == u"connect")
        return Model::Stage::Greeting;
    if (key == u"unknown")
        return std::nullopt;
    return Model::fromKey<Model::Stage>(key);
}

const QString nothing = u"(nothing)"_s;

} // namespace

CorpusEval::CorpusEval(const QString &corpusDir, const QString &sharedDir)
{
    loadReplies(corpusDir + u"/replies.tsv"_s);
    loadBounces(corpusDir + u"/bounces.tsv"_s, sharedDir);
    loadBounces(corpusDir + u"/composed-bounces.tsv"_s, corpusDir);
}

void CorpusEval::loadReplies(const QString &path)
{
    for (const QStringList &row : readTsv(path, &m_error)) {
        if (row.size() < 5)
            continue;
        Case c{row[0], row[1], row[3], nothing, row[4], {}, false};
        // At the labelled stage, as a run would; else the stage the text names or implies.
        if (const auto entry = BounceParser::parseReply(c.input)) {
            const Explanation e = BounceExplainer::explain(*entry, stageOf(row[2]));
            if (e.isValid()) {
                c.actual = Model::key(e.category);
                c.ruleId = e.ruleId;
            }
        }
        c.correct = c.actual == c.expected;
        m_replies.append(c);
    }
}

void CorpusEval::loadBounces(const QString &indexPath, const QString &baseDir)
{
    for (const QStringList &row : readTsv(indexPath, &m_error)) {
        if (row.size() < 4)
            continue;
        const QString kind = row[2];
        Case c{row[0], row[1], row[3], nothing, row.value(6), {}, false};
        QFile file(baseDir + u'/' + row[0]);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = u"cannot read "_s + file.fileName();
            continue;
        }
        const auto items = BounceExplainer::explainMessage(file.read(BounceExplainer::maxInputBytes()));
        bool transientWhereDelayed = true;
        if (!items.isEmpty()) {
            const Explanation &e = items.first().explanation;
            c.actual = Model::key(e.category);
            c.ruleId = e.ruleId;
            // A delay warning is right only when it also reads as temporary.
            transientWhereDelayed = kind != u"delay" || e.severity == Model::Severity::Transient;
            if (!transientWhereDelayed)
                c.actual += u" (not transient)"_s;
        } else if (kind == u"not-bounce") {
            // Nothing to explain in an auto-reply is the right answer.
            c.actual = u"other"_s;
        }
        c.correct = c.actual == c.expected;
        m_bounces.append(c);
    }
}

CorpusEval::Tally CorpusEval::tally(const QList<Case> &cases, const QString &split)
{
    Tally t;
    for (const Case &c : cases) {
        if (split != u"all" && c.split != split)
            continue;
        ++t.total;
        auto &cat = t.perCategory[c.expected];
        ++cat.second;
        if (c.correct) {
            ++t.correct;
            ++cat.first;
        } else {
            ++t.confusion[c.expected][c.actual];
        }
    }
    return t;
}
