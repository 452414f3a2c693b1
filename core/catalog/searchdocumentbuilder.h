// Turns one part (name, brand, category, fitted vehicles, codes) into the token document of the search index.
// Shared by the bulk rebuild and the incremental update so both index a part identically.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QtGlobal>

#include <cstdint>
#include <utility>
#include <vector>

#include "common/error.h"

struct sqlite3;

namespace nexus {

class SearchDocumentBuilder final
{
public:
    // Loads brands, categories and vehicles (small tables) from the catalogue.
    [[nodiscard]] static Result<SearchDocumentBuilder> load(sqlite3 *db);

    struct Document
    {
        QByteArray text; // space-separated tokens for search_fts.doc
        std::uint64_t hash = 0; // of the token set and codes: an unchanged part is not re-indexed
    };

    // `vehicleIds` are the part's fitment rows (any order); `codes` its distinct normalised OEM/cross codes,
    // sorted and space-separated (they only count for the hash: codes have their own document).
    void build(QStringView name, qint64 brandId, qint64 categoryId, const std::vector<qint64> &vehicleIds,
        const QByteArray &codes, Document &out);

    // Words indexed since load() (or the last take), for search_vocab; also the words that start a part's name,
    // marked "^balata" (the ranking asks whether a typed prefix can name a part).
    [[nodiscard]] QSet<QString> takeNewWords() { return std::exchange(m_newWords, {}); }

    // Filter tokens, shared with the query side.
    [[nodiscard]] static QByteArray brandToken(qint64 brandId);
    [[nodiscard]] static QByteArray categoryToken(qint64 categoryId);
    [[nodiscard]] static QByteArray vehicleToken(qint64 vehicleId);
    [[nodiscard]] static QByteArray makeToken(QStringView normalizedMake);
    [[nodiscard]] static QByteArray modelToken(QStringView normalizedMake, QStringView normalizedModel);
    [[nodiscard]] static QByteArray universalToken() { return QByteArrayLiteral("_u"); }
    // search_vocab's entry for a word that starts a name: "^balata" (sorts apart from every word).
    [[nodiscard]] static QString headWordEntry(const QString &word) { return QLatin1Char('^') + word; }
    // The token of a 1–3 character prefix: "bal" → "bal_".
    [[nodiscard]] static QByteArray prefixToken(QStringView prefix);
    // The distinct 4-character substrings of a normalised code as search_codes tokens: each one an 8-letter mix of
    // its characters, so FTS5's hash spreads them (its hash of short ASCII keys piles them into few buckets).
    [[nodiscard]] static QList<QByteArray> codeGrams(QStringView codeNorm);
    // The search_codes document of a part: the distinct 4-gram tokens of all its codes, space-separated
    // (`codes` as in build()).
    [[nodiscard]] static QByteArray codeDocument(const QByteArray &codes);
    static constexpr int kCodeGramLength = 4;

private:
    SearchDocumentBuilder() = default;

    // Tokens are interned: a document is a handful of small integers to sort and de-duplicate, not strings.
    struct Entity // a brand, category, make or model
    {
        std::vector<int> tokens; // its words' tokens and its filter tokens (_b…, _c…, _k…, _m…)
        QStringList words; // normalised content words (its ancestors' too, for a category)
        bool wordsReported = false;
    };
    struct Vehicle
    {
        int make = -1; // index in m_makes
        int model = -1; // index in m_models
        int token = -1; // _v<id>
    };

    int intern(const QByteArray &token);
    // The tokens of one word: itself and, when it has a letter, its 1–3 character prefixes ("bal_").
    const std::vector<int> &wordTokens(const QString &word);
    Entity makeEntity(const QStringList &words, const QList<QByteArray> &filters);
    void addEntity(Entity &entity);

    std::vector<QByteArray> m_tokenText;
    std::vector<std::uint64_t> m_tokenHash; // per token, summed into the document's hash (order-free)
    QHash<QByteArray, int> m_tokenIds;
    QHash<QString, std::vector<int>> m_wordTokens; // a catalogue has a few thousand distinct words
    QHash<qint64, Entity> m_brands;
    QHash<qint64, Entity> m_categories;
    QHash<qint64, Vehicle> m_vehicles;
    std::vector<Entity> m_makes;
    std::vector<Entity> m_models;
    QSet<QString> m_newWords;
    QSet<QString> m_headWords;
    std::vector<int> m_document; // the tokens of the document being built (reused)
};

} // namespace nexus
