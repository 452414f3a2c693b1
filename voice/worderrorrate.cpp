// Levenshtein distance over words.
#include "worderrorrate.h"

#include "assistant/numberwords.h"
#include "catalog/searchtext.h"

#include <algorithm>
#include <vector>

namespace nexus {

namespace {

// The words with every spoken number as its digits, as the intent parser reads them.
QStringList canonical(QStringView text)
{
    const QStringList words = SearchText::words(text);
    QStringList out;
    for (qsizetype i = 0; i < words.size();) {
        if (const std::optional<SpokenNumber> number = NumberWords::read(words, i)) {
            out.append(QString::number(number->value));
            i += number->length;
        } else {
            out.append(words.at(i++));
        }
    }
    return out;
}

} // namespace

WordErrors wordErrors(QStringView reference, QStringView hypothesis)
{
    const QStringList said = canonical(reference);
    const QStringList heard = canonical(hypothesis);
    std::vector<int> previous(size_t(heard.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= said.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= heard.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (said.at(i - 1) == heard.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({ substitution, previous[size_t(j)] + 1, current[size_t(j - 1)] + 1 });
        }
        std::swap(previous, current);
    }
    return WordErrors { previous.back(), int(said.size()) };
}

} // namespace nexus
