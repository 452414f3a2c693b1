// Query-dependent score of a candidate part, applied to a bounded, best-first candidate set (never to every match):
// words found in the name beat words found only in brand/category, which beat words found only in fitted vehicles;
// the first word naming the part ("Balata …") and whole words count extra; typed stop words ("del") reward names
// with a word they start ("delantera").
#pragma once

#include <QStringList>

#include <functional>

#include "catalog/searchqueryparser.h"

namespace nexus {

class SearchRanking final
{
public:
    // nameWords, otherWords: normalised content words of the part's name, and of its brand and category.
    [[nodiscard]] static int score(
        const ParsedQuery &query, const QStringList &nameWords, const QStringList &otherWords);

    // The highest score() the query can give any part: a candidate that reaches it cannot be outranked by a later
    // (lower-ranked) one, so the candidate walk can stop once `limit` of them have. `isIndexedWord` tells whether
    // a whole word exists in the catalogue (a typed prefix such as "bal" can never earn the whole-word points),
    // `canStartName` whether some part's name starts with a word of that prefix ("del" names no part).
    [[nodiscard]] static int bestPossible(const ParsedQuery &query,
        const std::function<bool(const QString &)> &isIndexedWord,
        const std::function<bool(const QString &)> &canStartName);

    static constexpr int kInName = 100;
    static constexpr int kWholeWordsInName = 20;
    static constexpr int kNamesThePart = 50; // the first group matches the name's first word
    static constexpr int kInBrandOrCategory = 40;
    static constexpr int kElsewhere = 10; // matched through a fitted vehicle
    static constexpr int kStopWordPrefix = 30;
};

} // namespace nexus
