// Reads what the cashier typed: words (each a prefix), stop words (rank only), trade synonyms, model years and a
// possible code. Pure text work: no database, so it is tested on its own.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "catalog/searchsynonyms.h"

namespace nexus {

// One required part of the query: the words typed, or any synonym phrase of them. Every word is a prefix.
struct QueryGroup
{
    QStringList typed; // the folded query words this group consumed
    QList<QStringList> alternatives; // [0] = typed; then the other phrases of the synonym group
};

struct ParsedQuery
{
    QString raw; // trimmed text as typed (exact SKU lookup)
    QList<QueryGroup> groups; // all must match (AND)
    QStringList optional; // stop words ("del" in "bal del tsu"): they rank, never restrict
    QList<int> years; // 4-digit model years taken out of the words ("balata tsuru 2005")
    QString code; // the text as a normalised code when it could be one (has a digit); else empty

    [[nodiscard]] bool isEmpty() const { return groups.isEmpty() && years.isEmpty() && code.isEmpty(); }
};

class SearchQueryParser final
{
public:
    explicit SearchQueryParser(const SearchSynonyms &synonyms) : m_synonyms(synonyms) { }

    [[nodiscard]] ParsedQuery parse(QStringView text) const;

private:
    const SearchSynonyms &m_synonyms;
};

} // namespace nexus
