// Synonym phrases and their matching against the words of a query.
#include "catalog/searchsynonyms.h"

#include "catalog/searchtext.h"
#include "catalog/sqlstatement.h"

namespace nexus {

Result<SearchSynonyms> SearchSynonyms::load(sqlite3 *db)
{
    SearchSynonyms synonyms;
    Result<SqlStatement> rows
        = SqlStatement::prepare(db, "SELECT group_id, phrase FROM search_synonyms ORDER BY group_id, phrase");
    if (!rows)
        return std::unexpected(rows.error());
    for (;;) {
        Result<bool> row = rows->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        synonyms.add(static_cast<int>(rows->int64(0)), rows->text(1));
    }
    return synonyms;
}

void SearchSynonyms::add(int group, QStringView phrase)
{
    QStringList words = SearchText::contentWords(phrase);
    if (words.isEmpty())
        return;
    for (QString &word : words)
        word = SearchText::singular(word);
    QList<QStringList> &phrases = m_groups[group];
    if (!phrases.contains(words))
        phrases.append(words);
}

SearchSynonyms::Match SearchSynonyms::longestMatch(const QStringList &words, qsizetype start) const
{
    Match best;
    for (const auto &[group, phrases] : m_groups) {
        for (qsizetype index = 0; index < phrases.size(); ++index) {
            const QStringList &phrase = phrases.at(index);
            if (phrase.size() < best.length || start + phrase.size() > words.size())
                continue;
            bool matches = true;
            bool exact = true;
            for (qsizetype i = 0; i < phrase.size() && matches; ++i) {
                const qsizetype at = start + i;
                const QString &typed = words.at(at);
                if (typed == phrase.at(i))
                    continue;
                const bool lastTyped = at == words.size() - 1 && i == phrase.size() - 1;
                matches = lastTyped && typed.size() >= 3 && phrase.at(i).startsWith(typed);
                exact = false;
            }
            if (!matches)
                continue;
            if (phrase.size() > best.length || (exact && !best.exact))
                best = Match { static_cast<int>(phrase.size()), group, static_cast<int>(index), exact };
        }
    }
    return best;
}

const QList<QStringList> &SearchSynonyms::phrases(int group) const
{
    static const QList<QStringList> kNone;
    const auto found = m_groups.find(group);
    return found == m_groups.end() ? kNone : found->second;
}

} // namespace nexus
