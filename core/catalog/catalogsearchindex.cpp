// Bulk and incremental builds of the catalogue search index.
#include "catalog/catalogsearchindex.h"

#include "catalog/searchdocumentbuilder.h"
#include "catalog/searchlog.h"
#include "catalog/searchtext.h"
#include "catalog/sqlstatement.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace nexus {

namespace {

// The statements both builds use to read a part and write its document.
struct IndexWriter
{
    SqlStatement readPart;
    SqlStatement readFitment;
    SqlStatement readCodes;
    SqlStatement insertFts;
    SqlStatement insertDoc;
    SqlStatement insertCodeText;
    SqlStatement insertCodeFts;
    SqlStatement insertVocab;

    static Result<IndexWriter> prepare(sqlite3 *db)
    {
        IndexWriter w;
        const std::pair<SqlStatement *, const char *> statements[] = {
            {&w.readPart, "SELECT name, brand_id, category_id, active FROM parts WHERE id = ?1"},
            {&w.readFitment, "SELECT vehicle_id FROM fitment WHERE part_id = ?1 ORDER BY vehicle_id"},
            {&w.readCodes, "SELECT code_norm FROM part_codes WHERE part_id = ?1 ORDER BY kind, code_norm"},
            {&w.insertFts, "INSERT INTO search_fts(rowid, doc) VALUES (?1, ?2)"},
            {&w.insertDoc, "INSERT INTO search_doc(docid, part_id, doc_hash) VALUES (?1, ?2, ?3)"},
            {&w.insertCodeText, "INSERT INTO search_code_text(id, code_norm) VALUES (?1, ?2)"},
            {&w.insertCodeFts, "INSERT INTO search_codes(rowid, code_norm) VALUES (?1, ?2)"},
            {&w.insertVocab, "INSERT OR IGNORE INTO search_vocab(term) VALUES (?1)"},
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
        QList<QByteArray> codes;
    };

    // Reads one part with its fitment and codes; nullopt when the part no longer exists.
    Result<std::optional<Part>> read(qint64 partId)
    {
        readPart.bind(1, partId);
        Result<bool> row = readPart.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row) {
            readPart.reset();
            return std::optional<Part>();
        }
        Part part;
        part.name = readPart.text(0);
        part.brandId = readPart.int64(1);
        part.categoryId = readPart.int64(2);
        part.active = readPart.int64(3) != 0;
        readPart.reset();

        readFitment.bind(1, partId);
        for (;;) {
            Result<bool> fit = readFitment.step();
            if (!fit)
                return std::unexpected(fit.error());
            if (!*fit)
                break;
            part.vehicles.push_back(readFitment.int64(0));
        }
        readFitment.reset();

        readCodes.bind(1, partId);
        for (;;) {
            Result<bool> code = readCodes.step();
            if (!code)
                return std::unexpected(code.error());
            if (!*code)
                break;
            part.codes.append(readCodes.utf8(0));
        }
        readCodes.reset();
        return std::optional<Part>(std::move(part));
    }

    // Writes the document and codes of a part under `docid`.
    Result<qint64> write(qint64 docid, qint64 partId, const Part &part,
                               const SearchDocumentBuilder::Document &doc)
    {
        insertFts.bind(1, docid);
        insertFts.bind(2, doc.text);
        if (Status s = insertFts.run(); !s)
            return std::unexpected(s.error());
        insertDoc.bind(1, docid);
        insertDoc.bind(2, partId);
        insertDoc.bind(3, static_cast<qint64>(doc.hash));
        if (Status s = insertDoc.run(); !s)
            return std::unexpected(s.error());
        qint64 written = 0;
        for (const QByteArray &code : part.codes) {
            if (written == CatalogSearchIndex::kCodeSlots) {
                qCWarning(lcSearch) << "part" << partId << "has more than" << CatalogSearchIndex::kCodeSlots
                                    << "codes; the rest are found by exact code only";
                break;
            }
            const qint64 id = docid * CatalogSearchIndex::kCodeSlots + written++;
            insertCodeText.bind(1, id);
            insertCodeText.bind(2, code);
            if (Status s = insertCodeText.run(); !s)
                return std::unexpected(s.error());
            insertCodeFts.bind(1, id);
            insertCodeFts.bind(2, code);
            if (Status s = insertCodeFts.run(); !s)
                return std::unexpected(s.error());
        }
        return written;
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
        = db.exec(QStringLiteral("INSERT OR REPLACE INTO catalog_meta(key, value) VALUES (?, ?)"), {key, value});
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
        ranked.push_back(Ranked{parts->int64(0), 0, -1});
    }

    Result<SqlStatement> coverage = SqlStatement::prepare(
        db, "SELECT part_id, count(*) FROM fitment GROUP BY part_id ORDER BY part_id");
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
    Result<QVariant> version
        = db.scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'search.version'"));
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
                           "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 268435456);"
                           "INSERT INTO search_codes(search_codes, rank) VALUES ('hashsize', 134217728);");
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
        Result<qint64> codes = writer->write(docid, entry.partId, p, doc);
        if (!codes)
            return std::unexpected(codes.error());
        ++stats.parts;
        stats.codes += *codes;
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

    const std::pair<QString, QString> meta[] = {
        {QStringLiteral("search.version"), QString::number(kIndexVersion)},
        {QStringLiteral("search.next_docid"), QString::number(docid + kDocSlots)},
        {QStringLiteral("search.parts"), QString::number(stats.parts)},
        {QStringLiteral("search.built_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : meta) {
        if (Status s = setMeta(db, key, value); !s)
            return std::unexpected(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    stats.milliseconds = timer.elapsed();
    qCInfo(lcSearch).nospace() << "search index rebuilt: " << stats.parts << " parts, " << stats.codes
                               << " codes in " << stats.milliseconds << " ms (rank " << rankedAt << " ms, write "
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

    Result<SqlStatement> findDoc = SqlStatement::prepare(handle, "SELECT docid, doc_hash FROM search_doc WHERE part_id = ?1");
    Result<SqlStatement> docExists = SqlStatement::prepare(handle, "SELECT 1 FROM search_doc WHERE docid = ?1");
    Result<SqlStatement> deleteDoc = SqlStatement::prepare(handle, "DELETE FROM search_doc WHERE docid = ?1");
    Result<SqlStatement> oldCodes = SqlStatement::prepare(
        handle, "SELECT id, code_norm FROM search_code_text WHERE id >= ?1 AND id < ?2");
    Result<SqlStatement> deleteCodeFts = SqlStatement::prepare(
        handle, "INSERT INTO search_codes(search_codes, rowid, code_norm) VALUES ('delete', ?1, ?2)");
    Result<SqlStatement> deleteCodeText
        = SqlStatement::prepare(handle, "DELETE FROM search_code_text WHERE id >= ?1 AND id < ?2");
    for (const Result<SqlStatement> *statement : {&findDoc, &docExists, &deleteDoc, &oldCodes, &deleteCodeFts,
                                                  &deleteCodeText}) {
        if (!*statement)
            return std::unexpected(statement->error());
    }

    Result<QVariant> next
        = db.scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'search.next_docid'"));
    if (!next)
        return std::unexpected(next.error());
    qint64 nextDocid = next->toLongLong();
    if (nextDocid <= 0)
        nextDocid = kDocSlots;

    // The old document stays in the contentless FTS index as an orphan: queries join search_doc, which no longer
    // points at it, so it never shows; the next rebuild drops it. Codes are deleted for real (their text is kept).
    auto retire = [&](qint64 docid) -> Status {
        const qint64 first = docid * kCodeSlots;
        oldCodes->bind(1, first);
        oldCodes->bind(2, first + kCodeSlots);
        for (;;) {
            Result<bool> row = oldCodes->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            deleteCodeFts->bind(1, oldCodes->int64(0));
            deleteCodeFts->bind(2, oldCodes->utf8(1));
            if (Status s = deleteCodeFts->run(); !s)
                return s;
        }
        oldCodes->reset();
        deleteCodeText->bind(1, first);
        deleteCodeText->bind(2, first + kCodeSlots);
        if (Status s = deleteCodeText->run(); !s)
            return s;
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
        Result<qint64> codes = writer->write(docid, partId, p, doc);
        if (!codes)
            return std::unexpected(codes.error());
        ++stats.parts;
        stats.codes += *codes;
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
