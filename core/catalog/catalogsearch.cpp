// Catalogue search: validation, query planning over the FTS5 index, exact and substring code lookups, scoring of a
// bounded best-first candidate set, and pricing for the price list.
//
// Why it is fast: search_fts stores each part under docid = its static rank (units sold, vehicle coverage), so an
// FTS5 match walked in rowid order comes out best-first and the walk can stop early, however many parts match
// ("b" matches a million). Short prefixes are indexed tokens ("bal_"), longer ones expand to the few vocabulary
// words they start (plurals fold into their singular); filters are tokens of the same documents, so FTS5
// intersects everything while it walks. No bm25 over all matches: relevance is scored on at most kCandidatePool
// candidates, and the walk ends as soon as `limit` of them have the best score the query allows.
#include "catalog/catalogsearch.h"

#include "catalog/catalogsearchindex.h"
#include "catalog/searchdocumentbuilder.h"
#include "catalog/searchlog.h"
#include "catalog/searchqueryparser.h"
#include "catalog/searchranking.h"
#include "catalog/searchsynonyms.h"
#include "catalog/searchtext.h"
#include "catalog/sqlstatement.h"
#include "store/database.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>

namespace nexus {

namespace {

struct Named
{
    QString name;
    QStringList words;
};

struct CategoryInfo
{
    QString name;
    QStringList words; // its own and its ancestors' content words
    QList<qint64> lineage; // itself, then its ancestors
};

struct VehicleInfo
{
    qint64 id = 0;
    QString make; // normalised
    QString model; // normalised
    int year = 0;
    QString engine; // normalised
};

struct PriceListInfo
{
    qint64 discountPpm = 0;
    Currency currency = Currency::MXN;
};

struct Candidate
{
    qint64 partId = 0;
    qint64 docid = std::numeric_limits<qint64>::max();
    QString name;
    QString sku;
    QString barcode;
    qint64 brandId = 0;
    qint64 categoryId = 0;
    qint64 retailCents = 0;
    qint64 priceVersion = 0;
    MatchKind kind = MatchKind::Text;
    QString code;
    int score = 0;
};

struct VehicleConstraint
{
    QByteArray expression; // FTS5: ("_v1" OR "_v2" …), a model or make token, maybe OR "_u"
    QSet<qint64> vehicles; // for checking code hits against fitment
    bool universal = false;
};

struct Expansion
{
    QList<QByteArray> terms;
    bool tooMany = false;
};

constexpr int kMaxExpansion = 32;
constexpr qsizetype kMaxCodeGrams = 6;

QByteArray quoted(const QByteArray &token)
{
    return '"' + token + '"'; // tokens are letters, digits and '_': never a quote inside
}

QByteArray anyOf(const QList<QByteArray> &expressions)
{
    if (expressions.size() == 1)
        return expressions.first();
    QByteArray out = "(";
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        if (i > 0)
            out += " OR ";
        out += expressions.at(i);
    }
    return out + ')';
}

QByteArray allOf(const QList<QByteArray> &expressions)
{
    if (expressions.size() == 1)
        return expressions.first();
    QByteArray out = "(";
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        if (i > 0)
            out += " AND ";
        out += expressions.at(i);
    }
    return out + ')';
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

struct CatalogSearch::Impl
{
    explicit Impl(Database &database) : db(database), handle(database.handle()) { }

    Database &db;
    sqlite3 *handle;

    bool prepared = false;
    SqlStatement textCandidates;
    SqlStatement codeSubstring;
    SqlStatement partById;
    SqlStatement skuLookup;
    SqlStatement barcodeLookup;
    SqlStatement codeLookup;
    SqlStatement fitmentOfPart;
    SqlStatement vocabRange;
    SqlStatement vocabHas;
    SqlStatement listPrice;
    SqlStatement dataVersion;

    // Small tables cached per connection, reloaded when the database changed.
    qint64 seenDataVersion = -1;
    qint64 seenChanges = -1;
    bool built = false;
    QHash<qint64, Named> brands;
    QHash<qint64, CategoryInfo> categories;
    std::vector<VehicleInfo> vehicles;
    QHash<qint64, PriceListInfo> priceLists;
    SearchSynonyms synonyms;
    QHash<QString, Expansion> expansions;
    QHash<QString, bool> vocabularyWords;
    QHash<QString, bool> namePrefixes;

    Status prepare();
    Status refresh();
    Status loadTables();
    Result<Expansion> expand(const QString &prefix);
    Result<QByteArray> termExpression(const QString &word);
    bool isVocabularyWord(const QString &word);
    bool canStartName(const QString &prefix);
    Result<QByteArray> groupExpression(const QueryGroup &group);
    Result<VehicleConstraint> resolveVehicle(const CatalogQuery &query);
    std::optional<VehicleConstraint> vehicleFromYears(const ParsedQuery &parsed, bool includeUniversal);
    Result<std::optional<Candidate>> loadPart(qint64 partId);
    Result<bool> passesFilters(
        const Candidate &candidate, const CatalogQuery &query, const std::optional<VehicleConstraint> &vehicle);
    Status addCodeHits(const ParsedQuery &parsed, const CatalogQuery &query,
        const std::optional<VehicleConstraint> &vehicle, int pool, QList<Candidate> &exact, QList<Candidate> &substring,
        QSet<qint64> &seen, bool &more);
    Result<CatalogHit> toHit(const Candidate &candidate, const CatalogQuery &query);
};

Status CatalogSearch::Impl::prepare()
{
    if (prepared)
        return {};
    // Reads only: a large page cache and a memory map keep the hot index pages a pointer away.
    (void)execRaw(handle, "PRAGMA cache_size=-32768; PRAGMA mmap_size=2147418112;");
    const std::pair<SqlStatement *, const char *> statements[] = {
        { &textCandidates,
            "SELECT f.rowid, d.part_id, p.name, p.sku, coalesce(p.barcode, ''), p.brand_id, p.category_id,"
            " p.retail_price_cents, p.price_version"
            " FROM search_fts f JOIN search_doc d ON d.docid = f.rowid JOIN parts p ON p.id = d.part_id"
            " WHERE search_fts MATCH ?1 AND p.active = 1 ORDER BY f.rowid LIMIT ?2" },
        { &codeSubstring,
            "SELECT d.part_id, t.codes FROM search_codes c JOIN search_code_text t ON t.docid = c.rowid"
            " JOIN search_doc d ON d.docid = c.rowid"
            " WHERE search_codes MATCH ?1 AND instr(t.codes, ?2) > 0 ORDER BY c.rowid LIMIT ?3" },
        { &partById,
            "SELECT p.name, p.sku, coalesce(p.barcode, ''), p.brand_id, p.category_id, p.retail_price_cents,"
            " p.price_version, coalesce(d.docid, 9223372036854775807)"
            " FROM parts p LEFT JOIN search_doc d ON d.part_id = p.id WHERE p.id = ?1 AND p.active = 1" },
        { &skuLookup, "SELECT id FROM parts WHERE sku = ?1" },
        { &barcodeLookup, "SELECT id FROM parts WHERE barcode = ?1" },
        { &codeLookup, "SELECT DISTINCT part_id FROM part_codes WHERE code_norm = ?1 LIMIT 50" },
        { &fitmentOfPart, "SELECT vehicle_id FROM fitment WHERE part_id = ?1" },
        { &vocabRange, "SELECT term FROM search_vocab WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT 65" },
        { &vocabHas, "SELECT 1 FROM search_vocab WHERE term = ?1" },
        { &listPrice,
            "SELECT price_cents, price_version FROM price_list_items WHERE price_list_id = ?1 AND part_id = ?2" },
        { &dataVersion, "PRAGMA data_version" },
    };
    for (const auto &[statement, sql] : statements) {
        Result<SqlStatement> s = SqlStatement::prepare(handle, sql);
        if (!s)
            return std::unexpected(s.error());
        *statement = std::move(*s);
    }
    prepared = true;
    return {};
}

Status CatalogSearch::Impl::refresh()
{
    Result<bool> row = dataVersion.step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 version = dataVersion.int64(0);
    dataVersion.reset();
    // data_version moves on other connections' commits, total_changes on this connection's own writes.
    const qint64 changes = sqlite3_total_changes64(handle);
    if (version == seenDataVersion && changes == seenChanges)
        return {};
    if (Status s = loadTables(); !s)
        return s;
    seenDataVersion = version;
    seenChanges = changes;
    return {};
}

Status CatalogSearch::Impl::loadTables()
{
    Result<bool> isBuilt = CatalogSearchIndex::isBuilt(db);
    if (!isBuilt)
        return std::unexpected(isBuilt.error());
    built = *isBuilt;

    auto eachRow = [this](const char *sql, const auto &onRow) -> Status {
        Result<SqlStatement> statement = SqlStatement::prepare(handle, sql);
        if (!statement)
            return std::unexpected(statement.error());
        for (;;) {
            Result<bool> row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            onRow(*statement);
        }
    };

    brands.clear();
    Status s = eachRow("SELECT id, name FROM brands", [this](const SqlStatement &row) {
        const QString name = row.text(1);
        brands.insert(row.int64(0), Named { name, SearchText::contentWords(name) });
    });
    if (!s)
        return s;

    std::map<qint64, std::pair<QString, qint64>> rawCategories;
    s = eachRow("SELECT id, name, coalesce(parent_id, 0) FROM categories", [&](const SqlStatement &row) {
        rawCategories[row.int64(0)] = { row.text(1), row.int64(2) };
    });
    if (!s)
        return s;
    categories.clear();
    for (const auto &[id, raw] : rawCategories) {
        CategoryInfo info;
        info.name = raw.first;
        qint64 current = id;
        for (int depth = 0; current != 0 && depth < 16; ++depth) {
            const auto found = rawCategories.find(current);
            if (found == rawCategories.end())
                break;
            info.lineage.append(current);
            info.words += SearchText::contentWords(found->second.first);
            current = found->second.second;
        }
        categories.insert(id, std::move(info));
    }

    vehicles.clear();
    s = eachRow("SELECT id, make, model, year, engine FROM vehicles ORDER BY id", [this](const SqlStatement &row) {
        vehicles.push_back(VehicleInfo { row.int64(0), SearchText::normalize(row.text(1)),
            SearchText::normalize(row.text(2)), static_cast<int>(row.int64(3)), SearchText::normalize(row.text(4)) });
    });
    if (!s)
        return s;

    priceLists.clear();
    s = eachRow("SELECT id, discount_ppm, currency FROM price_lists", [this](const SqlStatement &row) {
        const Result<Currency> currency = currencyFromCode(row.text(2));
        priceLists.insert(row.int64(0), PriceListInfo { row.int64(1), currency ? *currency : Currency::MXN });
    });
    if (!s)
        return s;

    Result<SearchSynonyms> loaded = SearchSynonyms::load(handle);
    if (!loaded)
        return std::unexpected(loaded.error());
    synonyms = std::move(*loaded);
    expansions.clear();
    vocabularyWords.clear();
    namePrefixes.clear();
    return {};
}

Result<Expansion> CatalogSearch::Impl::expand(const QString &prefix)
{
    if (const auto cached = expansions.constFind(prefix); cached != expansions.cend())
        return *cached;
    Expansion expansion;
    vocabRange.bind(1, prefix);
    vocabRange.bind(2, prefix.toUtf8() + "\xF4\x8F\xBF\xBF"); // U+10FFFF: above every word with this prefix
    for (;;) {
        Result<bool> row = vocabRange.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        expansion.terms.append(vocabRange.utf8(0));
    }
    vocabRange.reset();
    // A plural whose singular is in the list adds nothing: the index gives every plural its singular too.
    QSet<QByteArray> words(expansion.terms.cbegin(), expansion.terms.cend());
    expansion.terms.removeIf([&](const QByteArray &term) {
        const QByteArray singular = SearchText::singular(QString::fromUtf8(term)).toUtf8();
        return singular != term && words.contains(singular);
    });
    if (expansion.terms.size() > kMaxExpansion) {
        expansion.terms.clear();
        expansion.tooMany = true;
    }
    if (expansions.size() > 4096)
        expansions.clear();
    expansions.insert(prefix, expansion);
    return expansion;
}

// Whether `word` is a whole indexed word; a failed lookup answers yes, the safe side for the early stop.
bool CatalogSearch::Impl::isVocabularyWord(const QString &word)
{
    if (const auto cached = vocabularyWords.constFind(word); cached != vocabularyWords.cend())
        return *cached;
    vocabHas.bind(1, word);
    Result<bool> row = vocabHas.step();
    vocabHas.reset();
    const bool known = !row || *row;
    if (vocabularyWords.size() > 4096)
        vocabularyWords.clear();
    vocabularyWords.insert(word, known);
    return known;
}

// Whether some part's name starts with a word beginning with `prefix` ("^balata" entries of search_vocab).
bool CatalogSearch::Impl::canStartName(const QString &prefix)
{
    if (const auto cached = namePrefixes.constFind(prefix); cached != namePrefixes.cend())
        return *cached;
    const QString entry = SearchDocumentBuilder::headWordEntry(prefix);
    vocabRange.bind(1, entry);
    vocabRange.bind(2, entry.toUtf8() + "\xF4\x8F\xBF\xBF");
    Result<bool> row = vocabRange.step();
    vocabRange.reset();
    const bool possible = !row || *row; // a failed lookup answers yes: the safe side for the early stop
    if (namePrefixes.size() > 4096)
        namePrefixes.clear();
    namePrefixes.insert(prefix, possible);
    return possible;
}

// A typed word as an FTS5 expression matching every indexed word it starts; empty when no word starts with it.
Result<QByteArray> CatalogSearch::Impl::termExpression(const QString &word)
{
    if (word.size() <= SearchText::kIndexedPrefixLength) {
        // Short numbers have no prefix tokens (they are typed whole: "150", "50"): the number itself.
        if (isDigits(word))
            return quoted(word.toUtf8());
        return quoted(SearchDocumentBuilder::prefixToken(word));
    }
    Result<Expansion> expansion = expand(word);
    if (!expansion)
        return std::unexpected(expansion.error());
    if (expansion->tooMany)
        return quoted(word.toUtf8()) + " *"; // FTS5's own prefix query: slower, only for very common stems
    QList<QByteArray> terms;
    for (const QByteArray &term : std::as_const(expansion->terms))
        terms.append(quoted(term));
    return terms.isEmpty() ? QByteArray() : anyOf(terms);
}

Result<QByteArray> CatalogSearch::Impl::groupExpression(const QueryGroup &group)
{
    QList<QByteArray> alternatives;
    for (const QStringList &phrase : group.alternatives) {
        QList<QByteArray> terms;
        bool possible = true;
        for (const QString &word : phrase) {
            Result<QByteArray> term = termExpression(word);
            if (!term)
                return std::unexpected(term.error());
            if (term->isEmpty()) {
                possible = false;
                break;
            }
            terms.append(*term);
        }
        if (possible && !terms.isEmpty())
            alternatives.append(allOf(terms));
    }
    return alternatives.isEmpty() ? QByteArray() : anyOf(alternatives);
}

Result<VehicleConstraint> CatalogSearch::Impl::resolveVehicle(const CatalogQuery &query)
{
    const VehicleFilter &filter = query.vehicle;
    const QString make = SearchText::normalize(filter.make);
    const QString model = SearchText::normalize(filter.model);
    const QString engine = SearchText::normalize(filter.engine);
    if (!make.isEmpty()
        && std::none_of(vehicles.cbegin(), vehicles.cend(), [&](const VehicleInfo &v) { return v.make == make; }))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no vehicle of make \"%1\" in the catalogue"),
            { filter.make }, QStringLiteral("vehicle.make"));
    if (!model.isEmpty() && std::none_of(vehicles.cbegin(), vehicles.cend(), [&](const VehicleInfo &v) {
            return v.model == model && (make.isEmpty() || v.make == make);
        }))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no vehicle model \"%1\" in the catalogue"),
            { filter.model }, QStringLiteral("vehicle.model"));
    if (!engine.isEmpty()
        && std::none_of(vehicles.cbegin(), vehicles.cend(), [&](const VehicleInfo &v) { return v.engine == engine; }))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no engine \"%1\" in the catalogue"), { filter.engine },
            QStringLiteral("vehicle.engine"));

    VehicleConstraint constraint;
    constraint.universal = query.includeUniversal;
    QList<std::pair<QString, QString>> models; // distinct (make, model) of the matching vehicles
    for (const VehicleInfo &v : vehicles) {
        if ((filter.year != 0 && v.year != filter.year) || (!make.isEmpty() && v.make != make)
            || (!model.isEmpty() && v.model != model) || (!engine.isEmpty() && v.engine != engine))
            continue;
        constraint.vehicles.insert(v.id);
        if (!models.contains(std::pair(v.make, v.model)))
            models.append(std::pair(v.make, v.model));
    }
    if (constraint.vehicles.isEmpty()) {
        QStringList described;
        if (filter.year != 0)
            described.append(QString::number(filter.year));
        for (const QString &part : { filter.make, filter.model, filter.engine }) {
            if (!part.isEmpty())
                described.append(part);
        }
        return fail(ErrorCode::NotFound, NX_ERR("No vehicle in the catalogue matches %1"),
            { described.join(QLatin1Char(' ')) }, QStringLiteral("vehicle"));
    }

    // The coarsest exact token: a whole make, whole models, else the vehicles one by one.
    QList<QByteArray> tokens;
    if (filter.year == 0 && engine.isEmpty() && model.isEmpty()) {
        tokens.append(quoted(SearchDocumentBuilder::makeToken(make)));
    } else if (filter.year == 0 && engine.isEmpty()) {
        for (const auto &[m, n] : models)
            tokens.append(quoted(SearchDocumentBuilder::modelToken(m, n)));
    } else {
        if (constraint.vehicles.size() > kMaxVehicles)
            return fail(ErrorCode::InvalidInput,
                NX_ERR("The vehicle filter matches %1 vehicles: choose a make and model too"),
                { QString::number(constraint.vehicles.size()) }, QStringLiteral("vehicle.model"));
        QList<qint64> ids(constraint.vehicles.cbegin(), constraint.vehicles.cend());
        std::sort(ids.begin(), ids.end());
        for (const qint64 id : ids)
            tokens.append(quoted(SearchDocumentBuilder::vehicleToken(id)));
    }
    if (constraint.universal)
        tokens.append(quoted(SearchDocumentBuilder::universalToken()));
    constraint.expression = anyOf(tokens);
    return constraint;
}

// "balata tsuru 2005": a year typed next to a make or model word narrows to those vehicles of that year.
std::optional<VehicleConstraint> CatalogSearch::Impl::vehicleFromYears(const ParsedQuery &parsed, bool includeUniversal)
{
    VehicleConstraint constraint;
    constraint.universal = includeUniversal;
    for (const VehicleInfo &v : vehicles) {
        if (!parsed.years.contains(v.year))
            continue;
        const QStringList vehicleWords = QString(v.make + QLatin1Char(' ') + v.model).split(QLatin1Char(' '));
        const bool named = std::any_of(parsed.groups.cbegin(), parsed.groups.cend(), [&](const QueryGroup &g) {
            return std::any_of(g.typed.cbegin(), g.typed.cend(), [&](const QString &typed) {
                return std::any_of(
                    vehicleWords.cbegin(), vehicleWords.cend(), [&](const QString &w) { return w.startsWith(typed); });
            });
        });
        if (named)
            constraint.vehicles.insert(v.id);
    }
    if (constraint.vehicles.isEmpty() || constraint.vehicles.size() > kMaxVehicles)
        return std::nullopt; // the year names no vehicle of the query: ignored
    QList<qint64> ids(constraint.vehicles.cbegin(), constraint.vehicles.cend());
    std::sort(ids.begin(), ids.end());
    QList<QByteArray> tokens;
    for (const qint64 id : ids)
        tokens.append(quoted(SearchDocumentBuilder::vehicleToken(id)));
    if (includeUniversal)
        tokens.append(quoted(SearchDocumentBuilder::universalToken()));
    constraint.expression = anyOf(tokens);
    return constraint;
}

Result<std::optional<Candidate>> CatalogSearch::Impl::loadPart(qint64 partId)
{
    partById.bind(1, partId);
    Result<bool> row = partById.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Candidate> candidate;
    if (*row) {
        Candidate c;
        c.partId = partId;
        c.name = partById.text(0);
        c.sku = partById.text(1);
        c.barcode = partById.text(2);
        c.brandId = partById.int64(3);
        c.categoryId = partById.int64(4);
        c.retailCents = partById.int64(5);
        c.priceVersion = partById.int64(6);
        c.docid = partById.int64(7);
        candidate = std::move(c);
    }
    partById.reset();
    return candidate;
}

// Code hits come from outside the word index, so the filters are checked here against the part itself.
Result<bool> CatalogSearch::Impl::passesFilters(
    const Candidate &candidate, const CatalogQuery &query, const std::optional<VehicleConstraint> &vehicle)
{
    if (query.brandId && candidate.brandId != *query.brandId)
        return false;
    if (query.categoryId) {
        const auto category = categories.constFind(candidate.categoryId);
        if (category == categories.cend() || !category->lineage.contains(*query.categoryId))
            return false;
    }
    if (!vehicle)
        return true;
    bool anyFitment = false;
    bool fits = false;
    fitmentOfPart.bind(1, candidate.partId);
    for (;;) {
        Result<bool> row = fitmentOfPart.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        anyFitment = true;
        if (vehicle->vehicles.contains(fitmentOfPart.int64(0))) {
            fits = true;
            break;
        }
    }
    fitmentOfPart.reset();
    return fits || (!anyFitment && vehicle->universal);
}

Status CatalogSearch::Impl::addCodeHits(const ParsedQuery &parsed, const CatalogQuery &query,
    const std::optional<VehicleConstraint> &vehicle, int pool, QList<Candidate> &exact, QList<Candidate> &substring,
    QSet<qint64> &seen, bool &more)
{
    auto addPart = [&](qint64 partId, MatchKind kind, const QString &code, QList<Candidate> &into) -> Status {
        if (seen.contains(partId))
            return {};
        Result<std::optional<Candidate>> part = loadPart(partId);
        if (!part)
            return std::unexpected(part.error());
        if (!part->has_value())
            return {}; // inactive or deleted since it was indexed
        Result<bool> passes = passesFilters(**part, query, vehicle);
        if (!passes)
            return std::unexpected(passes.error());
        if (!*passes)
            return {};
        Candidate candidate = std::move(**part);
        candidate.kind = kind;
        candidate.code = code;
        seen.insert(partId);
        into.append(std::move(candidate));
        return {};
    };
    auto lookup = [&](SqlStatement &statement, const QString &key, MatchKind kind, const QString &code) -> Status {
        statement.bind(1, key);
        QList<qint64> ids;
        for (;;) {
            Result<bool> row = statement.step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            ids.append(statement.int64(0));
        }
        statement.reset();
        QList<Candidate> found;
        for (const qint64 id : std::as_const(ids)) {
            if (Status s = addPart(id, kind, code, found); !s)
                return s;
        }
        std::stable_sort(
            found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.docid < b.docid; });
        exact += found;
        return {};
    };

    // A SKU is typed as one token, exactly as printed or in any case.
    if (!parsed.raw.isEmpty() && parsed.raw.size() <= 64 && !parsed.raw.contains(QLatin1Char(' '))) {
        if (Status s = lookup(skuLookup, parsed.raw, MatchKind::Sku, {}); !s)
            return s;
        if (const QString upper = parsed.raw.toUpper(); upper != parsed.raw) {
            if (Status s = lookup(skuLookup, upper, MatchKind::Sku, {}); !s)
                return s;
        }
    }
    if (parsed.code.isEmpty())
        return {};
    if (isDigits(parsed.code) && parsed.code.size() >= 8 && parsed.code.size() <= 14) {
        if (Status s = lookup(barcodeLookup, parsed.code, MatchKind::Barcode, {}); !s)
            return s;
    }
    if (Status s = lookup(codeLookup, parsed.code, MatchKind::Code, parsed.code); !s)
        return s;

    // Substrings through the 4-gram index, walked in rank order (one document per part, rowid = docid); shorter
    // fragments only match whole codes.
    if (parsed.code.size() < SearchDocumentBuilder::kCodeGramLength)
        return {};
    const QList<QByteArray> grams = SearchDocumentBuilder::codeGrams(parsed.code);
    QByteArray match;
    const qsizetype used = std::min<qsizetype>(grams.size(), kMaxCodeGrams);
    for (qsizetype i = 0; i < used; ++i) {
        // Spread over the code when it is long: the first and last grams and evenly between.
        const qsizetype at = used == 1 ? 0 : i * (grams.size() - 1) / (used - 1);
        match += (i > 0 ? " AND " : "") + quoted(grams.at(at));
    }
    codeSubstring.bind(1, match);
    codeSubstring.bind(2, parsed.code);
    codeSubstring.bind(3, static_cast<qint64>(pool));
    QList<std::pair<qint64, QString>> hits;
    for (;;) {
        Result<bool> row = codeSubstring.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        // The part's codes are space-separated: show the one that holds the text.
        const QString codes = codeSubstring.text(1);
        const qsizetype at = codes.indexOf(parsed.code);
        const qsizetype begin = codes.lastIndexOf(QLatin1Char(' '), at) + 1;
        const qsizetype end = codes.indexOf(QLatin1Char(' '), at);
        hits.append({ codeSubstring.int64(0), codes.mid(begin, end < 0 ? -1 : end - begin) });
    }
    codeSubstring.reset();
    more = more || hits.size() == pool;
    for (const auto &[partId, code] : std::as_const(hits)) {
        if (Status s = addPart(partId, code == parsed.code ? MatchKind::Code : MatchKind::CodeSubstring, code,
                code == parsed.code ? exact : substring);
            !s)
            return s;
    }
    return {};
}

Result<CatalogHit> CatalogSearch::Impl::toHit(const Candidate &candidate, const CatalogQuery &query)
{
    CatalogHit hit;
    hit.partId = candidate.partId;
    hit.sku = candidate.sku;
    hit.barcode = candidate.barcode;
    hit.name = candidate.name;
    hit.brandId = candidate.brandId;
    hit.brand = brands.value(candidate.brandId).name;
    hit.categoryId = candidate.categoryId;
    hit.category = categories.value(candidate.categoryId).name;
    hit.match = candidate.kind;
    hit.exactMatch
        = candidate.kind == MatchKind::Sku || candidate.kind == MatchKind::Barcode || candidate.kind == MatchKind::Code;
    hit.matchedCode = candidate.code;
    hit.price = Money(candidate.retailCents);
    hit.priceVersion = candidate.priceVersion;
    if (query.priceListId) {
        const PriceListInfo list = priceLists.value(*query.priceListId);
        listPrice.bind(1, *query.priceListId);
        listPrice.bind(2, candidate.partId);
        Result<bool> row = listPrice.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            hit.price = Money(listPrice.int64(0), list.currency);
            hit.priceVersion = listPrice.int64(1);
        } else {
            // The list's rule: its discount off the retail price, rounded to the centavo.
            hit.price = Money(candidate.retailCents, list.currency).timesPpm(1'000'000 - list.discountPpm);
        }
        listPrice.reset();
    }
    return hit;
}

CatalogSearch::CatalogSearch(Database &db) : d(std::make_unique<Impl>(db))
{
}

CatalogSearch::~CatalogSearch() = default;

Result<CatalogSearchResult> CatalogSearch::search(const CatalogQuery &query)
{
    if (query.limit < 1 || query.limit > CatalogQuery::kMaxLimit)
        return fail(ErrorCode::InvalidInput, NX_ERR("The number of results must be between 1 and %1"),
            { QString::number(CatalogQuery::kMaxLimit) }, QStringLiteral("limit"));
    if (query.text.size() > CatalogQuery::kMaxTextLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The search text is longer than %1 characters"),
            { QString::number(CatalogQuery::kMaxTextLength) }, QStringLiteral("query"));
    if (query.vehicle.year != 0) {
        const int lastYear = QDate::currentDate().year() + 2;
        if (query.vehicle.year < 1900 || query.vehicle.year > lastYear)
            return fail(ErrorCode::InvalidInput,
                NX_ERR("The vehicle year %1 is not valid: it must be between %2 and %3"),
                { QString::number(query.vehicle.year), QStringLiteral("1900"), QString::number(lastYear) },
                QStringLiteral("vehicle.year"));
    }
    if (Status s = d->prepare(); !s)
        return std::unexpected(s.error());
    if (Status s = d->refresh(); !s)
        return std::unexpected(s.error());
    if (!d->built)
        return fail(ErrorCode::NotFound, NX_ERR("The catalogue search index has not been built yet"), {},
            QStringLiteral("index"));
    if (query.brandId && !d->brands.contains(*query.brandId))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no brand with id %1"),
            { QString::number(*query.brandId) }, QStringLiteral("brand"));
    if (query.categoryId && !d->categories.contains(*query.categoryId))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no category with id %1"),
            { QString::number(*query.categoryId) }, QStringLiteral("category"));
    if (query.priceListId && !d->priceLists.contains(*query.priceListId))
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no price list with id %1"),
            { QString::number(*query.priceListId) }, QStringLiteral("priceList"));

    const SearchQueryParser parser(d->synonyms);
    const ParsedQuery parsed = parser.parse(query.text);
    const bool filtered = query.brandId || query.categoryId || !query.vehicle.isEmpty();
    if (parsed.isEmpty() && !filtered) {
        if (parsed.raw.isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("Type what to search for, or choose a filter"), {},
                QStringLiteral("query"));
        return fail(ErrorCode::InvalidInput, NX_ERR("The search text \"%1\" has no letters or digits"), { parsed.raw },
            QStringLiteral("query"));
    }

    std::optional<VehicleConstraint> vehicle;
    if (!query.vehicle.isEmpty()) {
        Result<VehicleConstraint> resolved = d->resolveVehicle(query);
        if (!resolved)
            return std::unexpected(resolved.error());
        vehicle = std::move(*resolved);
    } else if (!parsed.years.isEmpty()) {
        vehicle = d->vehicleFromYears(parsed, query.includeUniversal);
    }

    const int pool = std::max(kCandidatePool, query.limit + 1);
    QList<Candidate> exact;
    QList<Candidate> substring;
    QList<Candidate> text;
    QSet<qint64> seen;
    bool more = false;
    if (Status s = d->addCodeHits(parsed, query, vehicle, pool, exact, substring, seen, more); !s)
        return std::unexpected(s.error());

    QList<QByteArray> clauses;
    bool possible = true;
    for (const QueryGroup &group : parsed.groups) {
        Result<QByteArray> expression = d->groupExpression(group);
        if (!expression)
            return std::unexpected(expression.error());
        if (expression->isEmpty()) {
            possible = false; // a word no indexed word starts with: no word match at all
            break;
        }
        clauses.append(*expression);
    }
    if (query.brandId)
        clauses.append(quoted(SearchDocumentBuilder::brandToken(*query.brandId)));
    if (query.categoryId)
        clauses.append(quoted(SearchDocumentBuilder::categoryToken(*query.categoryId)));
    if (vehicle)
        clauses.append(vehicle->expression);

    if (possible && !clauses.isEmpty()) {
        QByteArray match;
        for (qsizetype i = 0; i < clauses.size(); ++i)
            match += (i > 0 ? " AND " : "") + clauses.at(i);
        SqlStatement &statement = d->textCandidates;
        statement.bind(1, match);
        statement.bind(2, static_cast<qint64>(pool));
        int rows = 0;
        // Candidates come best-ranked first: once `limit` of them score the best the query allows, no later one
        // can pass them, and the walk stops (most keystrokes end after a few dozen rows, not kCandidatePool).
        const int best = SearchRanking::bestPossible(
            parsed, [this](const QString &word) { return d->isVocabularyWord(word); },
            [this](const QString &prefix) { return d->canStartName(prefix); });
        int perfect = 0;
        bool stoppedEarly = false;
        for (;;) {
            Result<bool> row = statement.step();
            if (!row) {
                statement.reset();
                return std::unexpected(row.error());
            }
            if (!*row)
                break;
            ++rows;
            const qint64 partId = statement.int64(1);
            if (seen.contains(partId))
                continue;
            Candidate c;
            c.docid = statement.int64(0);
            c.partId = partId;
            c.name = statement.text(2);
            c.sku = statement.text(3);
            c.barcode = statement.text(4);
            c.brandId = statement.int64(5);
            c.categoryId = statement.int64(6);
            c.retailCents = statement.int64(7);
            c.priceVersion = statement.int64(8);
            if (!parsed.groups.isEmpty() || !parsed.optional.isEmpty()) {
                const QStringList other = d->brands.value(c.brandId).words + d->categories.value(c.categoryId).words;
                c.score = SearchRanking::score(parsed, SearchText::contentWords(c.name), other);
            }
            seen.insert(partId);
            const bool isPerfect = c.score >= best;
            text.append(std::move(c));
            if (isPerfect && ++perfect >= query.limit) {
                stoppedEarly = true;
                break;
            }
        }
        statement.reset();
        more = more || rows == pool || stoppedEarly;
        std::stable_sort(text.begin(), text.end(), [](const Candidate &a, const Candidate &b) {
            return a.score != b.score ? a.score > b.score : a.docid < b.docid;
        });
    }

    CatalogSearchResult result;
    for (const QList<Candidate> *tier : { &exact, &substring, &text }) {
        for (const Candidate &candidate : *tier) {
            if (result.hits.size() == query.limit) {
                result.more = true;
                break;
            }
            Result<CatalogHit> hit = d->toHit(candidate, query);
            if (!hit)
                return std::unexpected(hit.error());
            result.hits.append(std::move(*hit));
        }
    }
    result.more = result.more || more;
    return result;
}

} // namespace nexus
