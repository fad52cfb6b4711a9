#include "protocol/dns/SpfLookupCount.h"

#include "protocol/dns/MxOrdering.h"

#include <QSet>

using Model::HealthProblem;

namespace {

// Walks the include tree depth-first as an evaluator would (every include is evaluated
// where it stands, so a name included twice costs twice).
struct Walk
{
    const QHash<QString, SpfLookupCount::Answer> &answers;
    SpfLookupCount::Result result;
    QStringList missing; // not yet fetched, in the order met
    QSet<QString> reported;
    QStringList stack;

    void fault(HealthProblem problem, const QString &name)
    {
        const QString id = QString::number(int(problem)) + u' ' + name;
        if (reported.contains(id))
            return;
        reported.insert(id);
        result.faults.append(HealthIssue{problem, name, {}});
    }

    void visit(const SpfRecord &record, int depth)
    {
        result.lookups += record.lookupTerms();
        if (depth >= SpfLookupCount::MaxDepth || result.lookups > 5 * SpfLookupCount::Limit) {
            result.incomplete = true;
            return;
        }
        const QStringList names = record.followedNames();
        for (const QString &raw : names) {
            const QString name = SpfLookupCount::key(raw);
            if (stack.contains(name)) {
                fault(HealthProblem::SpfIncludeLoop, name);
                continue;
            }
            const auto it = answers.constFind(name);
            if (it == answers.cend()) {
                if (!missing.contains(name))
                    missing.append(name);
                result.incomplete = true;
                continue;
            }
            switch (it->kind) {
            case SpfLookupCount::Answer::Kind::NoAnswer:
                fault(HealthProblem::SpfIncludeLookupFailed, name);
                continue;
            case SpfLookupCount::Answer::Kind::NoRecord:
                fault(HealthProblem::SpfIncludeMissing, name);
                continue;
            case SpfLookupCount::Answer::Kind::Records:
                break;
            }
            if (it->spf.size() != 1) {
                fault(it->spf.isEmpty() ? HealthProblem::SpfIncludeMissing : HealthProblem::SpfIncludeInvalid, name);
                continue;
            }
            const SpfRecord included = SpfRecord::parse(it->spf.constFirst());
            if (included.hasSyntaxError()) {
                fault(HealthProblem::SpfIncludeInvalid, name);
                continue;
            }
            stack.append(name);
            visit(included, depth + 1);
            stack.removeLast();
        }
    }
};

} // namespace

QString SpfLookupCount::key(const QString &name)
{
    return MxOrdering::normalizeName(name);
}

QStringList SpfLookupCount::wanted(const QString &domain, const SpfRecord &root, const QHash<QString, Answer> &answers)
{
    Walk walk{answers, {}, {}, {}, {key(domain)}};
    walk.visit(root, 0);
    const qsizetype room = std::max<qsizetype>(0, MaxNames - answers.size());
    return walk.missing.mid(0, room);
}

SpfLookupCount::Result SpfLookupCount::count(const QString &domain, const SpfRecord &root,
                                             const QHash<QString, Answer> &answers)
{
    Walk walk{answers, {}, {}, {}, {key(domain)}};
    walk.visit(root, 0);
    return walk.result;
}
