// Query text → required word groups with synonyms, optional stop words, years and a code candidate.
#include "catalog/searchqueryparser.h"

#include "catalog/searchtext.h"

#include <algorithm>

namespace nexus {

namespace {

// True when every word of `broad` starts some word of `narrow`: whatever `narrow` matches, `broad` matches.
bool subsumes(const QStringList &broad, const QStringList &narrow)
{
    return std::all_of(broad.cbegin(), broad.cend(), [&](const QString &prefix) {
        return std::any_of(
            narrow.cbegin(), narrow.cend(), [&](const QString &word) { return word.startsWith(prefix); });
    });
}

// Drops the synonym phrases another alternative already covers ("filtro gasolina" under the typed
// "filtro gasolin"): every alternative costs the index a subtree of iterators per step.
void pruneSubsumed(QList<QStringList> &alternatives)
{
    for (qsizetype i = alternatives.size() - 1; i >= 1; --i) { // [0], what was typed, always stays
        for (qsizetype j = 0; j < alternatives.size(); ++j) {
            if (j != i && subsumes(alternatives.at(j), alternatives.at(i))) {
                alternatives.removeAt(i);
                break;
            }
        }
    }
}

} // namespace

ParsedQuery SearchQueryParser::parse(QStringView text) const
{
    ParsedQuery parsed;
    parsed.raw = text.trimmed().toString();

    QStringList content;
    for (const QString &word : SearchText::words(parsed.raw)) {
        if (SearchText::isStopWord(word))
            parsed.optional.append(word);
        else if (SearchText::isModelYear(word))
            parsed.years.append(word.toInt());
        else
            content.append(SearchText::singular(word));
    }
    // Only stop words typed so far ("de"): the last one is the start of a real word ("delantera").
    if (content.isEmpty() && !parsed.optional.isEmpty())
        content.append(parsed.optional.takeLast());

    for (qsizetype i = 0; i < content.size();) {
        const SearchSynonyms::Match match = m_synonyms.longestMatch(content, i);
        QueryGroup group;
        if (match.length == 0) {
            group.typed = QStringList { content.at(i) };
            group.alternatives.append(group.typed);
            i += 1;
        } else {
            group.typed = content.mid(i, match.length);
            group.alternatives.append(group.typed);
            const QList<QStringList> &phrases = m_synonyms.phrases(match.group);
            for (const QStringList &phrase : phrases) {
                if (!group.alternatives.contains(phrase))
                    group.alternatives.append(phrase);
            }
            pruneSubsumed(group.alternatives);
            i += match.length;
        }
        parsed.groups.append(std::move(group));
    }

    const QString code = SearchText::normalizeCode(parsed.raw);
    const bool hasDigit = std::any_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
    if (hasDigit && code.size() >= 3 && code.size() <= 40)
        parsed.code = code;
    return parsed;
}

} // namespace nexus
