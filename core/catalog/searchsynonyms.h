// Trade synonyms of the counter (balata = pastilla de freno, amortiguador = shock…), from catalog.db's
// search_synonyms table so HQ can extend them with the catalogue.
#pragma once

#include <QList>
#include <QStringList>

#include <map>

#include "common/error.h"

struct sqlite3;

namespace nexus {

class SearchSynonyms final
{
public:
    [[nodiscard]] static Result<SearchSynonyms> load(sqlite3 *db);

    // `phrase` in any case/accents; its stop words are dropped ("pastilla de freno" → pastilla freno).
    void add(int group, QStringView phrase);

    struct Match
    {
        int length = 0; // query words consumed; 0: no synonym starts here
        int group = -1;
        int phrase = -1; // which phrase of the group matched
        bool exact = false;
    };
    // The longest phrase equal to words[start…]; `words` are normalised content words already folded by
    // SearchText::singular (as the phrases are). When the phrase ends at the last query word, that word may be a
    // prefix of 3+ letters of the phrase's last word (as you type); a whole-word match beats a prefix match.
    [[nodiscard]] Match longestMatch(const QStringList &words, qsizetype start) const;
    // The phrases of a group, each as its normalised content words.
    [[nodiscard]] const QList<QStringList> &phrases(int group) const;
    [[nodiscard]] bool isEmpty() const { return m_groups.empty(); }

private:
    std::map<int, QList<QStringList>> m_groups; // ordered: the same query always picks the same group
};

} // namespace nexus
