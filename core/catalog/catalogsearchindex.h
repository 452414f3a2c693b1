// Builds and patches the catalogue search index of catalog.db (migration 0002). Nothing fires on writes to parts:
// a bulk load calls rebuild() once at the end, a catalogue delta calls updateParts() with the ids it touched.
#pragma once

#include <QList>

#include <QtGlobal>

#include "common/error.h"

namespace nexus {

class Database;

struct SearchIndexStats
{
    qint64 parts = 0; // documents written (active parts)
    qint64 codes = 0; // distinct OEM/cross-reference codes indexed for substring search
    qint64 removed = 0; // updateParts: parts taken out (deleted or inactive)
    qint64 skipped = 0; // updateParts: parts whose indexed text did not change
    qint64 milliseconds = 0;
};

class CatalogSearchIndex final
{
public:
    // Rebuilds the whole index in one transaction: ranks active parts (HQ's units sold, then vehicle coverage),
    // writes their documents best-first, indexes codes and the vocabulary, merges the FTS segments.
    [[nodiscard]] static Result<SearchIndexStats> rebuild(Database &db);
    // Re-indexes the given parts after a delta: changed ones get a fresh document (keeping their rank slot while
    // one is free), deleted or inactive ones leave the results, unchanged ones are skipped.
    [[nodiscard]] static Result<SearchIndexStats> updateParts(Database &db, const QList<qint64> &partIds);
    // True once rebuild() has run on this catalogue.
    [[nodiscard]] static Result<bool> isBuilt(Database &db);

    // docid = rank position × kDocSlots; the slots in between take re-indexed versions of the part.
    static constexpr qint64 kDocSlots = 8;
    // Bumped when documents change shape: isBuilt() then says no and the owner rebuilds (2: plurals carry their
    // singular, which the query's prefix expansion relies on; name-starting words in the vocabulary).
    static constexpr int kIndexVersion = 2;
};

} // namespace nexus
