// nexus-bench search: latency of the counter's catalogue search on the generated catalogue, per query class.
// `nexus-bench search [--parts N] [--seed S] [--data DIR] [--queries Q] [--rebuild-index] [--class C [--repeat R]]`
// Generates the demo dataset into DIR (or reuses DIR/catalog.db when it has N parts, e.g. one `nexus-admin demo-data`
// wrote), builds the search index (or reuses it), draws Q realistic queries per class from random parts
// (deterministic by seed) and prints one JSON line per class: wall and CPU percentiles, results, how many queries
// found something and how many found the part they were drawn from. `--class C --repeat R` profiles one class.
#include "benchmarks.h"

#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "catalog/searchtext.h"
#include "demo/demogenerator.h"
#include "demo/prng.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace nexus::bench {

namespace {

struct BenchQuery
{
    CatalogQuery query;
    qint64 sourcePart = 0; // the part the query was drawn from
};

struct QueryClass
{
    QString name;
    std::vector<BenchQuery> queries;
};

void printJson(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
}

int failWith(const QString &message)
{
    QTextStream(stderr) << "nexus-bench search: " << message << "\n";
    return 1;
}

// Reads the catalogue facts the query generator draws from.
class Sampler final
{
public:
    Sampler(Database &db, std::uint64_t seed)
        : m_db(db), m_rng(demo::Rng::stream(seed, demo::streamDomain("search-bench")))
    {
        m_maxId = m_db.scalar(QStringLiteral("SELECT max(id) FROM parts"))->toLongLong();
    }

    struct Part
    {
        qint64 id = 0;
        QString sku;
        QString name;
        qint64 brandId = 0;
        qint64 categoryId = 0;
    };

    // A random active part, optionally one with OEM/cross codes or fitment.
    Part part(bool needCodes = false, bool needFitment = false)
    {
        for (;;) {
            const qint64 id = 1 + static_cast<qint64>(m_rng.below(static_cast<std::uint64_t>(m_maxId)));
            Result<QSqlQuery> q = m_db.exec(
                QStringLiteral("SELECT sku, name, brand_id, category_id FROM parts WHERE id = ? AND active = 1"),
                { id });
            if (!q || !q->next())
                continue;
            Part p { id, q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                q->value(3).toLongLong() };
            if (needCodes && codes(id).isEmpty())
                continue;
            if (needFitment && vehicles(id).isEmpty())
                continue;
            return p;
        }
    }

    QStringList codes(qint64 partId)
    {
        QStringList out;
        Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT code FROM part_codes WHERE part_id = ?"), { partId });
        while (q && q->next())
            out.append(q->value(0).toString());
        return out;
    }

    QList<VehicleFilter> vehicles(qint64 partId)
    {
        QList<VehicleFilter> out;
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral(
                "SELECT v.year, v.make, v.model, v.engine FROM fitment f JOIN vehicles v ON v.id = f.vehicle_id"
                " WHERE f.part_id = ?"),
            { partId });
        while (q && q->next())
            out.append(VehicleFilter {
                q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString() });
        return out;
    }

    // A word as the cashier types it: cut somewhere after its first letters.
    QString typed(const QString &word, int minimum)
    {
        const int length = static_cast<int>(word.size());
        if (length <= minimum)
            return word;
        return word.left(static_cast<qsizetype>(m_rng.between(minimum, length)));
    }

    // Content words of the part's name that are not numbers or years (the cashier types the words).
    static QStringList nameWords(const Part &part)
    {
        QStringList words = SearchText::contentWords(part.name);
        words.removeIf(
            [](const QString &w) { return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }); });
        return words;
    }

    demo::Rng &rng() { return m_rng; }

private:
    Database &m_db;
    demo::Rng m_rng;
    qint64 m_maxId = 0;
};

std::vector<QueryClass> drawQueries(Database &db, std::uint64_t seed, int perClass, qint64 priceList)
{
    Sampler sampler(db, seed);
    demo::Rng &rng = sampler.rng();
    auto base = [&](qint64 source) {
        BenchQuery q;
        q.sourcePart = source;
        if (priceList != 0)
            q.query.priceListId = priceList;
        return q;
    };
    std::vector<QueryClass> classes { { QStringLiteral("prefix_1word"), {} }, { QStringLiteral("multi_word"), {} },
        { QStringLiteral("sku"), {} }, { QStringLiteral("oem_substring"), {} },
        { QStringLiteral("brand_category"), {} }, { QStringLiteral("vehicle"), {} } };
    for (int i = 0; i < perClass; ++i) {
        { // 1-word prefix: any word of a name, 1 letter to whole.
            const Sampler::Part p = sampler.part();
            const QStringList words = Sampler::nameWords(p);
            BenchQuery q = base(p.id);
            q.query.text
                = sampler.typed(words.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(words.size())))), 1);
            classes[0].queries.push_back(q);
        }
        { // Multi-word: the first word and 1–2 later words of a name (its vehicle words included), last one partly
          // typed, and sometimes written the way the counter says it ("pastilla de freno" for "balata").
            const Sampler::Part p = sampler.part();
            const QStringList words = Sampler::nameWords(p);
            QStringList picked { words.first() };
            const int extra = 1 + static_cast<int>(rng.below(2));
            qsizetype from = 1;
            for (int k = 0; k < extra && from < words.size(); ++k) {
                const qsizetype at
                    = from + static_cast<qsizetype>(rng.below(static_cast<std::uint64_t>(words.size() - from)));
                picked.append(words.at(at));
                from = at + 1;
            }
            if (picked.size() == 1 && words.size() == 1)
                picked.append(QStringLiteral("de"));
            picked.last() = sampler.typed(picked.last(), 2);
            if (rng.chance(150))
                picked.first() = picked.first().toUpper();
            BenchQuery q = base(p.id);
            q.query.text = picked.join(QLatin1Char(' '));
            classes[1].queries.push_back(q);
        }
        { // SKU as printed (scanned labels, typed in lower case now and then).
            const Sampler::Part p = sampler.part();
            BenchQuery q = base(p.id);
            q.query.text = rng.chance(200) ? p.sku.toLower() : p.sku;
            classes[2].queries.push_back(q);
        }
        { // OEM/cross-reference substring: 5–9 characters from anywhere in a code, as printed or without dashes.
            const Sampler::Part p = sampler.part(true);
            const QStringList codes = sampler.codes(p.id);
            const QString code = codes.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(codes.size()))));
            const QString norm = SearchText::normalizeCode(code);
            const int length = std::min<int>(static_cast<int>(norm.size()), 5 + static_cast<int>(rng.below(5)));
            const int start = static_cast<int>(rng.below(static_cast<std::uint64_t>(norm.size() - length + 1)));
            BenchQuery q = base(p.id);
            q.query.text = norm.mid(start, length);
            classes[3].queries.push_back(q);
        }
        { // Brand + category: the listing, or with a word being typed.
            const Sampler::Part p = sampler.part();
            BenchQuery q = base(p.id);
            q.query.brandId = p.brandId;
            q.query.categoryId = p.categoryId;
            if (rng.chance(500)) {
                const QStringList words = Sampler::nameWords(p);
                q.query.text = sampler.typed(
                    words.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(words.size())))), 2);
            }
            classes[4].queries.push_back(q);
        }
        { // The customer's vehicle (year, make, model; the engine now and then) and a word or two of the part.
            const Sampler::Part p = sampler.part(false, true);
            const QList<VehicleFilter> fits = sampler.vehicles(p.id);
            VehicleFilter vehicle = fits.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(fits.size()))));
            if (!rng.chance(250))
                vehicle.engine.clear();
            BenchQuery q = base(p.id);
            q.query.vehicle = vehicle;
            const QStringList words = Sampler::nameWords(p);
            QString text = sampler.typed(words.first(), 3);
            if (words.size() > 1 && rng.chance(500))
                text = words.first() + QLatin1Char(' ') + sampler.typed(words.at(1), 2);
            q.query.text = text;
            classes[5].queries.push_back(q);
        }
    }
    return classes;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// CPU time of this thread: next to the wall clock it tells the search's own cost from waiting for a core that
// another process holds (this machine has two, shared with compilers).
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

int runSearch(const QStringList &args)
{
    qint64 parts = demo::DemoOptions::kDefaultParts;
    std::uint64_t seed = 1;
    QString dataDir;
    int perClass = 500;
    bool forceIndex = false;
    QString onlyClass; // profiling: time one class only…
    int repeat = 1; // …and run its queries this many times
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--parts") && hasValue)
            parts = args.at(++i).toLongLong();
        else if (arg == QLatin1String("--seed") && hasValue)
            seed = args.at(++i).toULongLong();
        else if (arg == QLatin1String("--data") && hasValue)
            dataDir = args.at(++i);
        else if (arg == QLatin1String("--queries") && hasValue)
            perClass = args.at(++i).toInt();
        else if (arg == QLatin1String("--rebuild-index"))
            forceIndex = true;
        else if (arg == QLatin1String("--class") && hasValue)
            onlyClass = args.at(++i);
        else if (arg == QLatin1String("--repeat") && hasValue)
            repeat = std::max(1, args.at(++i).toInt());
        else {
            QTextStream(stderr) << "usage: nexus-bench search [--parts N] [--seed S] [--data DIR] [--queries Q]"
                                   " [--rebuild-index] [--class NAME [--repeat N]]\n";
            return 2;
        }
    }
    if (parts < 1 || perClass < 1)
        return failWith(QStringLiteral("--parts and --queries must be positive"));

    QTemporaryDir temporary;
    temporary.setAutoRemove(qEnvironmentVariableIsEmpty("NEXUS_KEEP_BENCH_FILES"));
    if (dataDir.isEmpty())
        dataDir = temporary.path();
    if (!QDir().mkpath(dataDir))
        return failWith(QStringLiteral("cannot create %1").arg(dataDir));
    const QString path = QDir(dataDir).filePath(QStringLiteral("catalog.db"));

    // The catalogue: reused when it is the one asked for, generated otherwise.
    QElapsedTimer timer;
    if (QFileInfo::exists(path)) {
        Result<std::unique_ptr<CatalogStore>> existing = CatalogStore::open(path);
        if (!existing)
            return failWith(existing.error().logMessage());
        Result<qint64> count = (*existing)->partCount();
        if (!count)
            return failWith(count.error().logMessage());
        if (*count != parts)
            return failWith(QStringLiteral("%1 has %2 parts, not %3: remove it or choose another --data")
                                .arg(path)
                                .arg(*count)
                                .arg(parts));
        printJson({ { QStringLiteral("class"), QStringLiteral("catalog") }, { QStringLiteral("parts"), parts },
            { QStringLiteral("reused"), true }, { QStringLiteral("path"), path } });
    } else {
        // The whole demo dataset, as `nexus-admin demo-data --out DIR` writes it: the tenant's year of sales gives
        // the catalogue its part_popularity, which orders the index.
        demo::DemoOptions options;
        options.parts = parts;
        options.seed = seed;
        options.outDir = dataDir;
        timer.start();
        Result<demo::DemoSummary> summary = demo::DemoGenerator(options).run();
        if (!summary)
            return failWith(summary.error().logMessage());
        printJson({ { QStringLiteral("class"), QStringLiteral("catalog") },
            { QStringLiteral("parts"), qint64(summary->catalog.parts) },
            { QStringLiteral("codes"), qint64(summary->catalog.partCodes) },
            { QStringLiteral("fitments"), qint64(summary->catalog.fitments) },
            { QStringLiteral("seconds"), rounded(double(timer.elapsed()) / 1000.0) },
            { QStringLiteral("reused"), false } });
    }

    Result<std::unique_ptr<CatalogStore>> store = CatalogStore::open(path, QStringLiteral("search-bench"));
    if (!store)
        return failWith(store.error().logMessage());
    Database &db = (*store)->db();

    // The index: built here (and measured) unless it is already there.
    Result<bool> built = CatalogSearchIndex::isBuilt(db);
    if (!built)
        return failWith(built.error().logMessage());
    QJsonObject index { { QStringLiteral("class"), QStringLiteral("index") } };
    if (!*built || forceIndex) {
        const double cpuStart = threadCpuMs();
        Result<SearchIndexStats> stats = CatalogSearchIndex::rebuild(db);
        const double cpuSeconds = (threadCpuMs() - cpuStart) / 1000.0;
        if (!stats)
            return failWith(stats.error().logMessage());
        (void)db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        index.insert(QStringLiteral("parts"), stats->parts);
        index.insert(QStringLiteral("codes"), stats->codes);
        index.insert(QStringLiteral("build_seconds"), rounded(double(stats->milliseconds) / 1000.0));
        index.insert(QStringLiteral("build_cpu_seconds"), rounded(cpuSeconds));
        index.insert(QStringLiteral("reused"), false);
    } else {
        index.insert(QStringLiteral("parts"),
            db.scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'search.parts'"))->toLongLong());
        index.insert(QStringLiteral("reused"), true);
    }
    Result<QSqlQuery> sizes = db.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE aggregate = TRUE AND (name "
                                                     "LIKE 'search%' OR name LIKE 'sqlite_autoindex_search%')"));
    if (sizes && sizes->next())
        index.insert(QStringLiteral("index_mib"), rounded(sizes->value(0).toDouble() / 1048576.0));
    index.insert(QStringLiteral("catalog_mib"), rounded(double(QFileInfo(path).size()) / 1048576.0));
    printJson(index);

    // Priced for the wholesale list: its overrides and discount rule are both exercised.
    const qint64 priceList
        = db.scalar(QStringLiteral("SELECT coalesce((SELECT id FROM price_lists WHERE code = 'mayoreo'), 0)"))
              ->toLongLong();
    const std::vector<QueryClass> classes = drawQueries(db, seed, perClass, priceList);

    CatalogSearch search(db);
    // Warm-up: a till that has been open a while has the hot index pages in memory; queries of another seed.
    std::vector<QueryClass> warmup = drawQueries(db, seed ^ 0x5eed, std::max(50, perClass / 5), priceList);
    for (const QueryClass &c : warmup) {
        for (const BenchQuery &q : c.queries)
            (void)search.search(q.query);
    }

    int failures = 0;
    for (const QueryClass &c : classes) {
        if (!onlyClass.isEmpty() && c.name != onlyClass)
            continue;
        std::vector<double> millis;
        std::vector<double> cpuMillis;
        millis.reserve(c.queries.size());
        qint64 results = 0;
        int nonEmpty = 0;
        int sourceFound = 0;
        int exactFirst = 0;
        QStringList errors;
        for (int round = 1; round < repeat; ++round) {
            for (const BenchQuery &q : c.queries)
                (void)search.search(q.query);
        }
        for (const BenchQuery &q : c.queries) {
            QElapsedTimer clock;
            const double cpuStart = threadCpuMs();
            clock.start();
            Result<CatalogSearchResult> result = search.search(q.query);
            millis.push_back(double(clock.nsecsElapsed()) / 1e6);
            cpuMillis.push_back(threadCpuMs() - cpuStart);
            if (!result) {
                if (errors.size() < 3)
                    errors.append(q.query.text + QStringLiteral(": ") + result.error().logMessage());
                ++failures;
                continue;
            }
            results += result->hits.size();
            nonEmpty += result->hits.isEmpty() ? 0 : 1;
            const bool found = std::any_of(result->hits.cbegin(), result->hits.cend(),
                [&](const CatalogHit &h) { return h.partId == q.sourcePart; });
            sourceFound += found ? 1 : 0;
            exactFirst += !result->hits.isEmpty() && result->hits.first().exactMatch
                    && result->hits.first().partId == q.sourcePart
                ? 1
                : 0;
        }
        const double n = double(c.queries.size());
        QJsonObject line { { QStringLiteral("class"), c.name }, { QStringLiteral("queries"), qint64(c.queries.size()) },
            { QStringLiteral("p50_ms"), rounded(percentile(millis, 0.50)) },
            { QStringLiteral("p95_ms"), rounded(percentile(millis, 0.95)) },
            { QStringLiteral("p99_ms"), rounded(percentile(millis, 0.99)) },
            { QStringLiteral("max_ms"), rounded(percentile(millis, 1.0)) },
            { QStringLiteral("cpu_p50_ms"), rounded(percentile(cpuMillis, 0.50)) },
            { QStringLiteral("cpu_p99_ms"), rounded(percentile(cpuMillis, 0.99)) },
            { QStringLiteral("results"), results }, { QStringLiteral("nonempty_rate"), rounded(nonEmpty / n) },
            { QStringLiteral("source_found_rate"), rounded(sourceFound / n) } };
        if (c.name == QLatin1String("sku"))
            line.insert(QStringLiteral("exact_first_rate"), rounded(exactFirst / n));
        if (!errors.isEmpty())
            line.insert(QStringLiteral("errors"), errors.join(QStringLiteral(" | ")));
        printJson(line);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace nexus::bench
