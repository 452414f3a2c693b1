// Scoring of search candidates against the parsed query.
#include "catalog/searchranking.h"

#include "catalog/searchtext.h"

#include <algorithm>

namespace nexus {

namespace {

bool hasPrefix(const QStringList &words, const QString &prefix)
{
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return w.startsWith(prefix); });
}

bool hasWhole(const QStringList &words, const QString &word)
{
    return std::any_of(
        words.cbegin(), words.cend(), [&](const QString &w) { return w == word || SearchText::singular(w) == word; });
}

bool allPrefixes(const QStringList &words, const QStringList &prefixes)
{
    return std::all_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return hasPrefix(words, p); });
}

} // namespace

int SearchRanking::bestPossible(const ParsedQuery &query, const std::function<bool(const QString &)> &isIndexedWord,
    const std::function<bool(const QString &)> &canStartName)
{
    int total = 0;
    for (qsizetype g = 0; g < query.groups.size(); ++g) {
        int best = 0;
        for (const QStringList &alternative : query.groups.at(g).alternatives) {
            int points = kInName + (g == 0 && canStartName(alternative.first()) ? kNamesThePart : 0);
            if (std::all_of(alternative.cbegin(), alternative.cend(), isIndexedWord))
                points += kWholeWordsInName;
            best = std::max(best, points);
        }
        total += best;
    }
    return total + kStopWordPrefix * static_cast<int>(query.optional.size());
}

int SearchRanking::score(const ParsedQuery &query, const QStringList &nameWords, const QStringList &otherWords)
{
    int total = 0;
    for (qsizetype g = 0; g < query.groups.size(); ++g) {
        int best = kElsewhere;
        for (const QStringList &alternative : query.groups.at(g).alternatives) {
            int points = 0;
            if (allPrefixes(nameWords, alternative)) {
                points = kInName;
                if (std::all_of(alternative.cbegin(), alternative.cend(),
                        [&](const QString &w) { return hasWhole(nameWords, w); }))
                    points += kWholeWordsInName;
                if (g == 0 && !nameWords.isEmpty() && nameWords.first().startsWith(alternative.first()))
                    points += kNamesThePart;
            } else if (allPrefixes(otherWords, alternative)) {
                points = kInBrandOrCategory;
            }
            best = std::max(best, points);
        }
        total += best;
    }
    for (const QString &stop : query.optional) {
        const bool starts = std::any_of(nameWords.cbegin(), nameWords.cend(),
            [&](const QString &w) { return w.size() > stop.size() && w.startsWith(stop); });
        if (starts)
            total += kStopWordPrefix;
    }
    return total;
}

} // namespace nexus
