// Query text → required word groups with synonyms, optional stop words, years and a code candidate.
#include "catalog/searchqueryparser.h"

#include "catalog/searchtext.h"

#include <algorithm>

namespace nexus {

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
