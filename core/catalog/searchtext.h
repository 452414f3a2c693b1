// The text rules shared by the search index and the queries: one normalisation (case, accents), words, stop words,
// code normalisation and plural folding. Index and query must agree byte for byte, so both call only these.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace nexus {

class SearchText final
{
public:
    // Lower case, accents and other marks stripped (á→a, ñ→n, ü→u, Ç→c), every run of characters that are not
    // letters or digits becomes one space, trimmed: "Bujía de IRIDIO (4 pzas.)" → "bujia de iridio 4 pzas".
    [[nodiscard]] static QString normalize(QStringView text);
    // The words of normalize(text), in order.
    [[nodiscard]] static QStringList words(QStringView text);
    // The words of normalize(text) that are not stop words, in order.
    [[nodiscard]] static QStringList contentWords(QStringView text);
    // Upper-case letters and digits only, as part_codes.code_norm: "04465-02220" → "0446502220".
    [[nodiscard]] static QString normalizeCode(QStringView text);
    // Articles and prepositions that never restrict a match ("de", "del", "para"…); `word` is normalised.
    [[nodiscard]] static bool isStopWord(QStringView word);
    // A 4-digit model year (1950–2035). Years are vehicle filters, never words: names do not index them and a
    // query takes them out of its words ("balata tsuru 2005").
    [[nodiscard]] static bool isModelYear(QStringView word);
    // Query-side plural folding so the stem prefix-matches singular and plural: "balatas" → "balata",
    // "amortiguadores" → "amortiguador", "bujes" → "buje"; other words unchanged. `word` is normalised.
    [[nodiscard]] static QString singular(QStringView word);

    // Prefixes up to this many characters are indexed as tokens ("bal_"); longer ones expand through the vocabulary.
    static constexpr int kIndexedPrefixLength = 3;
    static constexpr int kFirstModelYear = 1950;
    static constexpr int kLastModelYear = 2035;
};

} // namespace nexus
