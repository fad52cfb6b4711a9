#include "diagnosis/CauseMerger.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using Model::Category;

namespace {

QSet<QString> words(const QString &text)
{
    static const QRegularExpression word(u"\\w{4,}"_s, QRegularExpression::UseUnicodePropertiesOption);
    // A crude English stem, so that "pushes" and "push", "limits" and "limit" count as one
    // word: the same cause from two tables is often worded in another inflection.
    static const QRegularExpression ending(u"(?:ing|ed|es|s)$"_s);
    QSet<QString> set;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        QString w = it.next().captured(0);
        if (const auto m = ending.match(w); m.hasMatch() && m.capturedStart(0) >= 4)
            w.truncate(m.capturedStart(0));
        set.insert(w);
    }
    return set;
}

// A cause from the basic code's row that names a specific kind of problem only fits when
// the decided category is of that kind ("does not relay" under "recipient unknown" is
// what the words rule out).
struct Topic
{
    const char *pattern;
    std::initializer_list<Category> fits;
};

bool contradicts(const QString &item, Category category)
{
    static const Topic topics[] = {
        {"\\brelay", {Category::RelayDenied}},
        {"blocklist|reputation", {Category::ClientBlocked, Category::ContentRejected}},
        {"\\bfull\\b|quota|storage", {Category::MailboxFull, Category::ServerUnavailable, Category::RateLimited}},
        {"too large|size", {Category::MessageTooLarge}},
        {"sign.?in|password|credential", {Category::AuthRequired, Category::AuthFailed, Category::TlsRequired}},
        {"spam|filter|content", {Category::ContentRejected}},
        {"does not exist|typo", {Category::RecipientUnknown, Category::SenderRejected, Category::DomainNotFound,
                                 Category::SyntaxError, Category::RecipientMoved}},
        {"\\bpolicy\\b", {Category::Policy, Category::ContentRejected, Category::ClientBlocked, Category::SenderRejected}},
        // 552 at RCPT is also "too many recipients"; words that say the mailbox is full rule it out.
        {"many recipients", {Category::Policy, Category::RateLimited}},
        // 554 at the greeting is also "not a mail server for you"; words naming a blocklist rule it out.
        {"not a mail server for you", {Category::RelayDenied, Category::Policy, Category::Other, Category::ServerUnavailable}},
    };
    static const auto compiled = [] {
        std::vector<QRegularExpression> res;
        for (const auto &t : topics)
            res.emplace_back(QString::fromUtf8(t.pattern), QRegularExpression::CaseInsensitiveOption);
        return res;
    }();
    for (size_t i = 0; i < std::size(topics); ++i) {
        if (compiled[i].match(item).hasMatch() && std::find(topics[i].fits.begin(), topics[i].fits.end(), category) == topics[i].fits.end())
            return true;
    }
    return false;
}

} // namespace

CauseMerger::CauseMerger(Model::Category category, Model::Severity severity)
    : m_category(category), m_severity(severity)
{
}

bool CauseMerger::nearDuplicate(const QSet<QString> &mine) const
{
    for (const QSet<QString> &theirs : m_words) {
        // Counted in place: copying both sets to intersect and unite them was most of the
        // time an explanation took.
        const QSet<QString> &fewer = mine.size() <= theirs.size() ? mine : theirs;
        const QSet<QString> &more = &fewer == &mine ? theirs : mine;
        const qsizetype common = std::count_if(fewer.cbegin(), fewer.cend(), [&more](const QString &w) { return more.contains(w); });
        const qsizetype all = mine.size() + theirs.size() - common;
        // Half the words in common, or one says all the other says ("Check the spelling
        // of the address." beside "Check the spelling of the address with the recipient").
        const qsizetype smaller = std::min(mine.size(), theirs.size());
        if (all == 0 || 2 * common >= all || (smaller >= 2 && 5 * common >= 4 * smaller))
            return true;
    }
    return false;
}

bool CauseMerger::ruledOut(const QString &item) const
{
    // A permanent failure does not go away by waiting.
    static const QRegularExpression later(u"again later|try later|retry later|in a few minutes|wait (a while|and)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return m_severity == Model::Severity::Permanent && later.match(item).hasMatch();
}

void CauseMerger::add(const QStringList &items, bool secondary)
{
    for (const QString &item : items) {
        if (m_items.size() >= maxItems)
            return;
        if (item.isEmpty() || ruledOut(item))
            continue;
        QSet<QString> itemWords = words(item);
        if (nearDuplicate(itemWords))
            continue;
        // "Check the SIZE in the EHLO reply; send large files as links." says two things,
        // each of which another source may say alone: compared part by part, it is a
        // near-duplicate when every part is, and each part is compared with later items.
        const QStringList parts = item.split(u"; "_s, Qt::SkipEmptyParts);
        QList<QSet<QString>> partWords;
        if (parts.size() > 1) {
            for (const QString &part : parts)
                partWords.append(words(part));
            if (std::all_of(partWords.cbegin(), partWords.cend(), [this](const QSet<QString> &w) { return nearDuplicate(w); }))
                continue;
        }
        if (secondary && contradicts(item, m_category))
            continue;
        m_items.append(item);
        m_words.append(std::move(itemWords));
        m_words.append(partWords);
    }
}
