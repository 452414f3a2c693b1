// Turns one part (name, brand, category, fitted vehicles, codes) into the token document of the search index.
// Shared by the bulk rebuild and the incremental update so both index a part identically.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QtGlobal>
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
        QByteArray text;       // space-separated tokens for search_fts.doc
        std::uint64_t hash = 0; // of text and codes: an unchanged part is not re-indexed
    };

    // `vehicleIds` are the part's fitment rows (any order); `codes` its normalised OEM/cross codes.
    void build(QStringView name, qint64 brandId, qint64 categoryId,
               const std::vector<qint64> &vehicleIds, const QList<QByteArray> &codes, Document &out);

    // Words indexed since load() (or the last take), for search_vocab.
    [[nodiscard]] QSet<QString> takeNewWords() { return std::exchange(m_newWords, {}); }

    // Filter tokens, shared with the query side.
    [[nodiscard]] static QByteArray brandToken(qint64 brandId);
    [[nodiscard]] static QByteArray categoryToken(qint64 categoryId);
    [[nodiscard]] static QByteArray vehicleToken(qint64 vehicleId);
    [[nodiscard]] static QByteArray makeToken(QStringView normalizedMake);
    [[nodiscard]] static QByteArray modelToken(QStringView normalizedMake, QStringView normalizedModel);
    [[nodiscard]] static QByteArray universalToken() { return QByteArrayLiteral("_u"); }
    // The token of a 1–3 character prefix: "bal" → "bal_".
    [[nodiscard]] static QByteArray prefixToken(QStringView prefix);

private:
    SearchDocumentBuilder() = default;

    struct Entity // a brand, category, make or model: its word tokens and filter tokens, built once
    {
        QByteArray tokens;
        QStringList words;
        bool wordsReported = false;
    };
    struct Vehicle
    {
        int make = -1;  // index in m_makes
        int model = -1; // index in m_models
    };

    QByteArray wordTokens(const QStringList &words) const;
    void appendEntity(Entity &entity, QByteArray &out);

    QHash<qint64, Entity> m_brands;
    QHash<qint64, Entity> m_categories; // tokens include the ancestors' words and _c tokens
    QHash<qint64, Vehicle> m_vehicles;
    std::vector<Entity> m_makes;
    std::vector<Entity> m_models;
    QHash<QString, Entity> m_names; // names repeat a lot in a catalogue: tokens per distinct name
    QSet<QString> m_newWords;
};

} // namespace nexus
