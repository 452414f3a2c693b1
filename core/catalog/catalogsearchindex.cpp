// Bulk and incremental builds of the catalogue search index.
#include "catalog/catalogsearchindex.h"

#include "catalog/searchdocumentbuilder.h"
#include "catalog/searchlog.h"
#include "catalog/searchtext.h"
#include "catalog/sqlstatement.h"
#include "store/database.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace nexus {

namespace {

// "B A B" → "A B": a code can be both an OEM and a cross-reference number of a part.
QByteArray distinctCodes(const QByteArray &codes)
{
    if (!codes.contains(' '))
        return codes;
    QList<QByteArray> list = codes.split(' ');
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list.join(' ');
}

// The statements both builds use to read a part and write its documents.
struct IndexWriter
{
    SqlStatement readPart;
    SqlStatement insertFts;
    SqlStatement insertDoc;
    SqlStatement insertCodeText;
    SqlStatement insertCodeFts;
    SqlStatement insertVocab;

    static Result<IndexWriter> prepare(sqlite3 *db)
    {
        IndexWriter w;
        const std::pair<SqlStatement *, const char *> statements[] = {
            // One statement per part: its row, its fitted vehicles and its distinct codes.
            { &w.readPart,
                "SELECT name, brand_id, category_id, active,"
                " (SELECT group_concat(vehicle_id, ' ') FROM fitment WHERE part_id = ?1),"
                " (SELECT group_concat(code_norm, ' ') FROM part_codes WHERE part_id = ?1)"
                " FROM parts WHERE id = ?1" },
            { &w.insertFts, "INSERT INTO search_fts(rowid, doc) VALUES (?1, ?2)" },
            { &w.insertDoc, "INSERT INTO search_doc(docid, part_id, doc_hash) VALUES (?1, ?2, ?3)" },
            { &w.insertCodeText, "INSERT INTO search_code_text(docid, codes) VALUES (?1, ?2)" },
            { &w.insertCodeFts, "INSERT INTO search_codes(rowid, grams) VALUES (?1, ?2)" },
            { &w.insertVocab, "INSERT OR IGNORE INTO search_vocab(term) VALUES (?1)" },
        };
        for (const auto &[statement, sql] : statements) {
            Result<SqlStatement> prepared = SqlStatement::prepare(db, sql);
            if (!prepared)
                return std::unexpected(prepared.error());
            *statement = std::move(*prepared);
        }
        return w;
    }

    struct Part
    {
        QString name;
        qint64 brandId = 0;
        qint64 categoryId = 0;
        bool active = false;
        std::vector<qint64> vehicles;
        QByteArray codes; // distinct normalised codes, space-separated, sorted
    };

    // Reads one part with its fitment and codes; nullopt when the part no longer exists.
    Result<std::optional<Part>> read(qint64 partId)
    {
        readPart.bind(1, partId);
        Result<bool> row = readPart.step();
        if (!row)
            return std::unexpected(row.error());
        std::optional<Part> part;
        if (*row) {
            Part p;
            p.name = readPart.text(0);
            p.brandId = readPart.int64(1);
            p.categoryId = readPart.int64(2);
            p.active = readPart.int64(3) != 0;
            qint64 id = 0; // "12 345 6789": parsed by hand, a million times per rebuild
            bool inNumber = false;
            for (const char c : readPart.utf8(4)) {
                if (c >= '0' && c <= '9') {
                    id = id * 10 + (c - '0');
                    inNumber = true;
                } else if (inNumber) {
                    p.vehicles.push_back(id);
                    id = 0;
                    inNumber = false;
                }
            }
            if (inNumber)
                p.vehicles.push_back(id);
            p.codes = distinctCodes(readPart.utf8(5));
            part = std::move(p);
        }
        readPart.reset();
        return part;
    }

    // Writes the word document and the code document of a part under `docid`.
    Status write(qint64 docid, qint64 partId, const Part &part, const SearchDocumentBuilder::Document &doc)
    {
        insertFts.bind(1, docid);
        insertFts.bindStatic(2, doc.text);
        if (Status s = insertFts.run(); !s)
            return s;
        insertDoc.bind(1, docid);
        insertDoc.bind(2, partId);
        insertDoc.bind(3, static_cast<qint64>(doc.hash));
        if (Status s = insertDoc.run(); !s)
            return s;
        if (part.codes.isEmpty())
            return {};
        insertCodeText.bind(1, docid);
        insertCodeText.bindStatic(2, part.codes);
        if (Status s = insertCodeText.run(); !s)
            return s;
        const QByteArray grams = SearchDocumentBuilder::codeDocument(part.codes);
        insertCodeFts.bind(1, docid);
        insertCodeFts.bindStatic(2, grams);
        return insertCodeFts.run();
    }

    Status writeVocabulary(const QSet<QString> &words)
    {
        QStringList sorted(words.cbegin(), words.cend());
        sorted.sort(); // B-tree friendly order
        for (const QString &word : std::as_const(sorted)) {
            insertVocab.bind(1, word);
            if (Status s = insertVocab.run(); !s)
                return s;
        }
        return {};
    }
};

Status setMeta(Database &db, const QString &key, const QString &value)
{
    Result<QSqlQuery> query
        = db.exec(QStringLiteral("INSERT OR REPLACE INTO catalog_meta(key, value) VALUES (?, ?)"), { key, value });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

struct Ranked
{
    qint64 partId;
    qint64 units;
    qint64 coverage;
};

// Active parts best-first: HQ's units sold, then how many vehicles the part fits (universal parts count as the
// broadest), then id. Reads parts and fitment in part order (index scans, no sort in SQLite).
Result<std::vector<Ranked>> rankParts(sqlite3 *db)
{
    std::vector<Ranked> ranked;
    Result<SqlStatement> parts = SqlStatement::prepare(db, "SELECT id FROM parts WHERE active = 1 ORDER BY id");
    if (!parts)
        return std::unexpected(parts.error());
    for (;;) {
        Result<bool> row = parts->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ranked.push_back(Ranked { parts->int64(0), 0, -1 });
    }

    Result<SqlStatement> coverage
        = SqlStatement::prepare(db, "SELECT part_id, count(*) FROM fitment GROUP BY part_id ORDER BY part_id");
    if (!coverage)
        return std::unexpected(coverage.error());
    qint64 broadest = 0;
    auto cursor = ranked.begin();
    for (;;) {
        Result<bool> row = coverage->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 partId = coverage->int64(0);
        while (cursor != ranked.end() && cursor->partId < partId)
            ++cursor;
        if (cursor != ranked.end() && cursor->partId == partId) {
            cursor->coverage = coverage->int64(1);
            broadest = std::max(broadest, cursor->coverage);
        }
    }
    for (Ranked &part : ranked) {
        if (part.coverage < 0)
            part.coverage = broadest; // no fitment rows: a universal part (oil, bulbs, fluids) fits everything
    }

    Result<SqlStatement> popularity = SqlStatement::prepare(
        db, "SELECT part_id, units_12m FROM part_popularity WHERE units_12m > 0 ORDER BY part_id");
    if (!popularity)
        return std::unexpected(popularity.error());
    cursor = ranked.begin();
    for (;;) {
        Result<bool> row = popularity->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 partId = popularity->int64(0);
        while (cursor != ranked.end() && cursor->partId < partId)
            ++cursor;
        if (cursor != ranked.end() && cursor->partId == partId)
            cursor->units = popularity->int64(1);
    }

    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.units != b.units)
            return a.units > b.units;
        if (a.coverage != b.coverage)
            return a.coverage > b.coverage;
        return a.partId < b.partId;
    });
    return ranked;
}

// A bigger page cache for the duration of a build, restored afterwards.
class CacheSizeGuard final
{
public:
    Q_DISABLE_COPY_MOVE(CacheSizeGuard)
    CacheSizeGuard(Database &db, int kibibytes) : m_db(db)
    {
        Result<QVariant> old = db.scalar(QStringLiteral("PRAGMA cache_size"));
        m_old = old ? old->toLongLong() : -2000;
        (void)db.execScript(QStringLiteral("PRAGMA cache_size=-%1").arg(kibibytes));
    }
    ~CacheSizeGuard() { (void)m_db.execScript(QStringLiteral("PRAGMA cache_size=%1").arg(m_old)); }

private:
    Database &m_db;
    qint64 m_old = -2000;
};

} // namespace

Result<bool> CatalogSearchIndex::isBuilt(Database &db)
{
    Result<QVariant> version = db.scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'search.version'"));
    if (!version)
        return std::unexpected(version.error());
    return version->isValid() && version->toInt() == kIndexVersion;
}

Result<SearchIndexStats> CatalogSearchIndex::rebuild(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *handle = db.handle();
    const CacheSizeGuard cache(db, 256 * 1024);

    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    // Bulk mode: no merging while writing (one 'optimize' at the end), large in-memory segments.
    if (Status s = execRaw(handle,
            "DELETE FROM search_doc;"
            "INSERT INTO search_fts(search_fts) VALUES ('delete-all');"
            "INSERT INTO search_codes(search_codes) VALUES ('delete-all');"
            "DELETE FROM search_code_text;"
            "DELETE FROM search_vocab;"
            "INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0);"
            "INSERT INTO search_codes(search_codes, rank) VALUES ('automerge', 0);"
            "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);"
            "INSERT INTO search_codes(search_codes, rank) VALUES ('hashsize', 67108864);");
        !s)
        return std::unexpected(s.error());

    Result<SearchDocumentBuilder> builder = SearchDocumentBuilder::load(handle);
    if (!builder)
        return std::unexpected(builder.error());
    Result<IndexWriter> writer = IndexWriter::prepare(handle);
    if (!writer)
        return std::unexpected(writer.error());
    Result<std::vector<Ranked>> ranked = rankParts(handle);
    if (!ranked)
        return std::unexpected(ranked.error());
    const qint64 rankedAt = timer.elapsed();

    SearchIndexStats stats;
    SearchDocumentBuilder::Document doc;
    qint64 docid = 0;
    for (const Ranked &entry : *ranked) {
        Result<std::optional<IndexWriter::Part>> part = writer->read(entry.partId);
        if (!part)
            return std::unexpected(part.error());
        if (!part->has_value())
            continue;
        const IndexWriter::Part &p = **part;
        builder->build(p.name, p.brandId, p.categoryId, p.vehicles, p.codes, doc);
        docid += kDocSlots;
        if (Status s = writer->write(docid, entry.partId, p, doc); !s)
            return std::unexpected(s.error());
        ++stats.parts;
        stats.codes += p.codes.isEmpty() ? 0 : p.codes.count(' ') + 1;
    }
    if (Status s = writer->writeVocabulary(builder->takeNewWords()); !s)
        return std::unexpected(s.error());
    const qint64 writtenAt = timer.elapsed();

    // One segment per index: the fastest layout to query. Then back to normal merging for deltas.
    if (Status s = execRaw(handle,
            "INSERT INTO search_fts(search_fts) VALUES ('optimize');"
            "INSERT INTO search_codes(search_codes) VALUES ('optimize');"
            "INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4);"
            "INSERT INTO search_codes(search_codes, rank) VALUES ('automerge', 4);"
            "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576);"
            "INSERT INTO search_codes(search_codes, rank) VALUES ('hashsize', 1048576);");
        !s)
        return std::unexpected(s.error());

    // No timestamp: the demo generator's catalogue must be byte-identical for a given seed.
    const std::pair<QString, QString> meta[] = {
        { QStringLiteral("search.version"), QString::number(kIndexVersion) },
        { QStringLiteral("search.next_docid"), QString::number(docid + kDocSlots) },
        { QStringLiteral("search.parts"), QString::number(stats.parts) },
    };
    for (const auto &[key, value] : meta) {
        if (Status s = setMeta(db, key, value); !s)
            return std::unexpected(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    stats.milliseconds = timer.elapsed();
    qCInfo(lcSearch).nospace() << "search index rebuilt: " << stats.parts << " parts, " << stats.codes << " codes in "
                               << stats.milliseconds << " ms (rank " << rankedAt << " ms, write "
                               << writtenAt - rankedAt << " ms, merge " << stats.milliseconds - writtenAt << " ms)";
    return stats;
}

Result<SearchIndexStats> CatalogSearchIndex::updateParts(Database &db, const QList<qint64> &partIds)
{
    QElapsedTimer timer;
    timer.start();
    SearchIndexStats stats;
    if (partIds.isEmpty())
        return stats;
    Result<bool> built = isBuilt(db);
    if (!built)
        return std::unexpected(built.error());
    if (!*built)
        return fail(ErrorCode::NotFound, NX_ERR("The catalogue search index has not been built yet"), {},
            QStringLiteral("index"));

    sqlite3 *handle = db.handle();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    Result<SearchDocumentBuilder> builder = SearchDocumentBuilder::load(handle);
    if (!builder)
        return std::unexpected(builder.error());
    Result<IndexWriter> writer = IndexWriter::prepare(handle);
    if (!writer)
        return std::unexpected(writer.error());

    Result<SqlStatement> findDoc
        = SqlStatement::prepare(handle, "SELECT docid, doc_hash FROM search_doc WHERE part_id = ?1");
    Result<SqlStatement> docExists = SqlStatement::prepare(handle, "SELECT 1 FROM search_doc WHERE docid = ?1");
    Result<SqlStatement> deleteDoc = SqlStatement::prepare(handle, "DELETE FROM search_doc WHERE docid = ?1");
    Result<SqlStatement> oldCodes
        = SqlStatement::prepare(handle, "SELECT codes FROM search_code_text WHERE docid = ?1");
    Result<SqlStatement> deleteCodeFts = SqlStatement::prepare(
        handle, "INSERT INTO search_codes(search_codes, rowid, grams) VALUES ('delete', ?1, ?2)");
    Result<SqlStatement> deleteCodeText
        = SqlStatement::prepare(handle, "DELETE FROM search_code_text WHERE docid = ?1");
    for (const Result<SqlStatement> *statement :
        { &findDoc, &docExists, &deleteDoc, &oldCodes, &deleteCodeFts, &deleteCodeText }) {
        if (!*statement)
            return std::unexpected(statement->error());
    }

    Result<QVariant> next = db.scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'search.next_docid'"));
    if (!next)
        return std::unexpected(next.error());
    qint64 nextDocid = next->toLongLong();
    if (nextDocid <= 0)
        nextDocid = kDocSlots;

    // The old word document stays in the contentless FTS index as an orphan: queries join search_doc, which no
    // longer points at it, so it never shows; the next rebuild drops it. The code document is deleted for real:
    // its grams are computed again from search_code_text.
    auto retire = [&](qint64 docid) -> Status {
        oldCodes->bind(1, docid);
        Result<bool> row = oldCodes->step();
        const QByteArray codes = row && *row ? oldCodes->utf8(0) : QByteArray();
        oldCodes->reset();
        if (!row)
            return std::unexpected(row.error());
        if (!codes.isEmpty()) {
            deleteCodeFts->bind(1, docid);
            deleteCodeFts->bind(2, SearchDocumentBuilder::codeDocument(codes));
            if (Status s = deleteCodeFts->run(); !s)
                return s;
            deleteCodeText->bind(1, docid);
            if (Status s = deleteCodeText->run(); !s)
                return s;
        }
        deleteDoc->bind(1, docid);
        return deleteDoc->run();
    };

    SearchDocumentBuilder::Document doc;
    for (const qint64 partId : partIds) {
        findDoc->bind(1, partId);
        Result<bool> indexed = findDoc->step();
        if (!indexed)
            return std::unexpected(indexed.error());
        const bool wasIndexed = *indexed;
        const qint64 oldDocid = wasIndexed ? findDoc->int64(0) : 0; // docids start at kDocSlots
        const qint64 oldHash = wasIndexed ? findDoc->int64(1) : 0;
        findDoc->reset();

        Result<std::optional<IndexWriter::Part>> part = writer->read(partId);
        if (!part)
            return std::unexpected(part.error());
        if (!part->has_value() || !(*part)->active) {
            if (wasIndexed) {
                if (Status s = retire(oldDocid); !s)
                    return std::unexpected(s.error());
                ++stats.removed;
            }
            continue;
        }
        const IndexWriter::Part &p = **part;
        builder->build(p.name, p.brandId, p.categoryId, p.vehicles, p.codes, doc);
        if (wasIndexed && static_cast<qint64>(doc.hash) == oldHash) {
            ++stats.skipped;
            continue;
        }

        // Keep the rank: the next free slot after the old docid, else the end of the ranking.
        qint64 docid = 0;
        if (wasIndexed && (oldDocid % kDocSlots) + 1 < kDocSlots) {
            docExists->bind(1, oldDocid + 1);
            Result<bool> taken = docExists->step();
            docExists->reset();
            if (!taken)
                return std::unexpected(taken.error());
            if (!*taken)
                docid = oldDocid + 1;
        }
        if (docid == 0) {
            docid = nextDocid;
            nextDocid += kDocSlots;
        }
        if (wasIndexed) {
            if (Status s = retire(oldDocid); !s)
                return std::unexpected(s.error());
        }
        if (Status s = writer->write(docid, partId, p, doc); !s)
            return std::unexpected(s.error());
        ++stats.parts;
        stats.codes += p.codes.isEmpty() ? 0 : p.codes.count(' ') + 1;
    }
    if (Status s = writer->writeVocabulary(builder->takeNewWords()); !s)
        return std::unexpected(s.error());
    if (Status s = setMeta(db, QStringLiteral("search.next_docid"), QString::number(nextDocid)); !s)
        return std::unexpected(s.error());
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    stats.milliseconds = timer.elapsed();
    qCDebug(lcSearch) << "search index updated:" << stats.parts << "re-indexed," << stats.removed << "removed,"
                      << stats.skipped << "unchanged";
    return stats;
}

} // namespace nexus
