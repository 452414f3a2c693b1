// Catalogue search on a real catalog.db: accents and case, prefixes, synonyms, exact codes first, OEM substrings,
// brand/category/vehicle filters, price lists, inactive parts, incremental index updates, bad input, worker threads.
#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "catalog/ean13.h"
#include "catalog/searchqueryparser.h"
#include "catalog/searchtext.h"
#include "store/catalogstore.h"
#include "tempdir.h"
#include "why.h"

#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace nexus;

using IdList = QList<qint64>;

Q_DECLARE_METATYPE(nexus::CatalogQuery)

namespace {

// Vehicles: ids as in the fixture's INSERT.
constexpr qint64 kTsuru2005 = 1;
constexpr qint64 kTsuru2006 = 2;
constexpr qint64 kSentra2010 = 3;
constexpr qint64 kSedan1998 = 4;
constexpr qint64 kAveo2012 = 5;
constexpr qint64 kRanger23 = 6;
constexpr qint64 kRanger40 = 7;

// Price lists.
constexpr qint64 kPublico = 1;
constexpr qint64 kMayoreo = 2;
constexpr qint64 kTaller = 3;

const QString kBujiaBarcode = ean13WithCheckDigit(u"750123456789");

struct PartRow
{
    qint64 id;
    const char *sku;
    const char *name;
    qint64 brand;
    qint64 category;
    qint64 retailCents;
    IdList vehicles;
    QStringList codes; // "oem:04465-02220" or "cross:…"
    bool active = true;
};

QString codeNorm(const QString &code)
{
    return SearchText::normalizeCode(code);
}

} // namespace

class TestCatalogSearch final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<CatalogSearch> m_search;

    Database &db() { return m_store->db(); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        Result<QSqlQuery> query = db().exec(sql, values);
        QVERIFY2(query.has_value(), test::why(query).constData());
    }

    void insertPart(const PartRow &p)
    {
        exec(QStringLiteral("INSERT INTO parts (id, sku, barcode, name, brand_id, category_id, sat_product_key,"
                            " sat_unit_key, unit_name, cost_cents, list_price_cents, retail_price_cents, active)"
                            " VALUES (?, ?, ?, ?, ?, ?, '25171713', 'H87', 'Pieza', 1000, ?, ?, ?)"),
            { p.id, QString::fromUtf8(p.sku), p.id == 6 ? QVariant(kBujiaBarcode) : QVariant(),
                QString::fromUtf8(p.name), p.brand, p.category, p.retailCents, p.retailCents, p.active ? 1 : 0 });
        for (const qint64 vehicle : p.vehicles)
            exec(QStringLiteral("INSERT INTO fitment (part_id, vehicle_id) VALUES (?, ?)"), { p.id, vehicle });
        for (const QString &code : p.codes) {
            const QString kind = code.section(QLatin1Char(':'), 0, 0);
            const QString printed = code.section(QLatin1Char(':'), 1);
            exec(QStringLiteral("INSERT INTO part_codes (part_id, kind, code, code_norm) VALUES (?, ?, ?, ?)"),
                { p.id, kind, printed, codeNorm(printed) });
        }
    }

    // The ids of the hits, in order.
    IdList ids(const CatalogQuery &query)
    {
        Result<CatalogSearchResult> result = m_search->search(query);
        if (!result) {
            qWarning() << "search failed:" << result.error().logMessage();
            return { -1 };
        }
        IdList out;
        for (const CatalogHit &hit : std::as_const(result->hits))
            out.append(hit.partId);
        return out;
    }
    IdList ids(const QString &text)
    {
        CatalogQuery query;
        query.text = text;
        return ids(query);
    }

    CatalogHit firstHit(const CatalogQuery &query)
    {
        Result<CatalogSearchResult> result = m_search->search(query);
        if (!result || result->hits.isEmpty())
            return {};
        return result->hits.first();
    }

    void rebuild()
    {
        Result<SearchIndexStats> stats = CatalogSearchIndex::rebuild(db());
        QVERIFY2(stats.has_value(), test::why(stats).constData());
    }

    void update(const IdList &partIds)
    {
        Result<SearchIndexStats> stats = CatalogSearchIndex::updateParts(db(), partIds);
        QVERIFY2(stats.has_value(), test::why(stats).constData());
    }

    // The fixture catalogue, written into m_store.
    void fill()
    {
        exec(QStringLiteral("INSERT INTO brands (id, name) VALUES (1, 'Bosch'), (2, 'Brembo'), (3, 'Monroe'),"
                            " (4, 'NGK'), (5, 'Gates')"));
        exec(QStringLiteral(
            "INSERT INTO categories (id, name, parent_id, sat_product_key) VALUES"
            " (1, 'Frenos', NULL, '25171700'), (10, 'Balatas', 1, '25171713'), (11, 'Discos de freno', 1, '25171715'),"
            " (2, 'Suspensión', NULL, '25172000'), (20, 'Amortiguadores', 2, '25172004'),"
            " (5, 'Encendido', NULL, '25173900'), (50, 'Bujías', 5, '26101732'),"
            " (6, 'Filtros', NULL, '40161500'), (60, 'Filtros de aceite', 6, '40161504'),"
            " (14, 'Lubricantes y químicos', NULL, '15121500'), (140, 'Aceites de motor', 14, '15121501'),"
            " (15, 'Accesorios', NULL, '25170000')"));
        exec(QStringLiteral("INSERT INTO vehicles (id, make, model, year, engine) VALUES"
                            " (1, 'Nissan', 'Tsuru', 2005, '1.6L L4'), (2, 'Nissan', 'Tsuru', 2006, '1.6L L4'),"
                            " (3, 'Nissan', 'Sentra', 2010, '2.0L L4'), (4, 'Volkswagen', 'Sedán', 1998, '1.6L H4'),"
                            " (5, 'Chevrolet', 'Aveo', 2012, '1.6L L4'), (6, 'Ford', 'Ranger', 2010, '2.3L L4'),"
                            " (7, 'Ford', 'Ranger', 2010, '4.0L V6')"));
        exec(QStringLiteral("INSERT INTO price_lists (id, code, name, discount_ppm) VALUES"
                            " (1, 'publico', 'Público', 0), (2, 'mayoreo', 'Mayoreo', 150000),"
                            " (3, 'taller', 'Taller', 100000)"));

        const PartRow parts[] = {
            { 1, "BRK-0001", "Balata delantera cerámica", 1, 10, 45900, { kTsuru2005, kTsuru2006 },
                { QStringLiteral("oem:04465-02220") } },
            { 2, "BRK-0002", "Balata trasera orgánica", 2, 10, 33333, { kTsuru2005 }, {} },
            { 3, "BRK-0003", "Balata delantera semimetálica", 2, 10, 52000, { kSentra2010 }, {} },
            { 4, "DSC-0001", "Disco de freno ventilado delantero", 2, 11, 98000, { kTsuru2005 },
                { QStringLiteral("cross:DF-04465-0222") } },
            { 5, "SUS-0001", "Amortiguador delantero de gas", 3, 20, 120000, { kAveo2012 },
                { QStringLiteral("oem:96653235") } },
            { 6, "IGN-0001", "Bujía de iridio", 4, 50, 18900, { kSedan1998, kTsuru2005 }, {} },
            { 7, "FIL-0001", "Filtro de aceite estándar", 1, 60, 12000, { kRanger23 }, {} },
            { 8, "FIL-0002", "Filtro de aceite de alto rendimiento", 5, 60, 15000, { kRanger40 }, {} },
            { 9, "OIL-0001", "Aceite para motor 20W-50 mineral 4 L", 1, 140, 45000, {},
                { QStringLiteral("cross:X") + kBujiaBarcode } },
            { 10, "BRK-0010", "Balata delantera cerámica", 1, 10, 44000, { kTsuru2005 }, {}, false },
            { 14, "ADP-0014", "Adaptador universal BRK 0001", 5, 15, 9900, {}, {} },
        };
        for (const PartRow &part : parts)
            insertPart(part);
        exec(QStringLiteral("INSERT INTO price_list_items (price_list_id, part_id, price_cents, price_version)"
                            " VALUES (2, 1, 39900, 3)"));
        // Part 2 sells most: it leads equally relevant matches.
        exec(QStringLiteral("INSERT INTO part_popularity (part_id, units_12m) VALUES (2, 100), (1, 10)"));
    }

    // Every byte of the search index, in a fixed order.
    QString indexContent()
    {
        QString content;
        for (const char *sql : { "SELECT id, hex(block) FROM search_fts_data ORDER BY id",
                 "SELECT id, hex(block) FROM search_codes_data ORDER BY id", "SELECT * FROM search_doc ORDER BY docid",
                 "SELECT * FROM search_code_text ORDER BY docid", "SELECT * FROM search_vocab ORDER BY term",
                 "SELECT * FROM catalog_meta WHERE key LIKE 'search.%' ORDER BY key" }) {
            Result<QSqlQuery> rows = db().exec(QString::fromUtf8(sql));
            if (!rows)
                return {};
            while (rows->next()) {
                for (int column = 0; column < rows->record().count(); ++column)
                    content += rows->value(column).toString() + QLatin1Char('|');
                content += QLatin1Char('\n');
            }
        }
        return content;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!kBujiaBarcode.isEmpty());
    }

    // A fresh catalogue per test function: some tests change it.
    void init()
    {
        m_search.reset();
        m_store.reset();
        QFile::remove(m_dir.file(QStringLiteral("catalog.db")));
        QFile::remove(m_dir.file(QStringLiteral("catalog.db-wal")));
        QFile::remove(m_dir.file(QStringLiteral("catalog.db-shm")));
        Result<std::unique_ptr<CatalogStore>> store = CatalogStore::open(m_dir.file(QStringLiteral("catalog.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        fill();
        rebuild();
        m_search = std::make_unique<CatalogSearch>(db());
    }

    void cleanup()
    {
        m_search.reset();
        m_store.reset();
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("accents and case") << QStringLiteral("Bujía de IRIDIO") << QStringLiteral("bujia de iridio");
        QTest::newRow("eñe and diaeresis") << QStringLiteral("ÑANDÚ Pingüino") << QStringLiteral("nandu pinguino");
        QTest::newRow("decomposed accent") << QStringLiteral("bala\u0301ta") << QStringLiteral("balata");
        QTest::newRow("punctuation runs")
            << QStringLiteral("  Filtro -- de/aceite (4 pzas.) ") << QStringLiteral("filtro de aceite 4 pzas");
        QTest::newRow("cedilla, degree") << QStringLiteral("Çà 82 °C") << QStringLiteral("ca 82 c");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QCOMPARE(SearchText::normalize(input), normalised);
    }

    void codesAndPlurals()
    {
        QCOMPARE(SearchText::normalizeCode(u"04465-02220"), QStringLiteral("0446502220"));
        QCOMPARE(SearchText::normalizeCode(u"df 4465/á"), QStringLiteral("DF4465A"));
        QCOMPARE(SearchText::singular(u"balatas"), QStringLiteral("balata"));
        QCOMPARE(SearchText::singular(u"amortiguadores"), QStringLiteral("amortiguador"));
        QCOMPARE(SearchText::singular(u"bujes"), QStringLiteral("buje"));
        QCOMPARE(SearchText::singular(u"soportes"), QStringLiteral("soporte"));
        QCOMPARE(SearchText::singular(u"gas"), QStringLiteral("gas"));
    }

    void parserSynonymsAsYouType()
    {
        SearchSynonyms synonyms;
        synonyms.add(1, u"balata");
        synonyms.add(1, u"Pastilla de freno");
        const SearchQueryParser parser(synonyms);

        const ParsedQuery typing = parser.parse(u"pastilla de fre");
        QCOMPARE(typing.groups.size(), 1);
        QVERIFY(typing.groups.first().alternatives.contains(QStringList { QStringLiteral("balata") }));
        QCOMPARE(typing.optional, QStringList { QStringLiteral("de") });

        const ParsedQuery words = parser.parse(u"bal del tsu 2005");
        QCOMPARE(words.groups.size(), 2); // "bal" is too short to be read as a synonym; "del" is optional
        QCOMPARE(words.years, QList<int> { 2005 });
        QCOMPARE(words.optional, QStringList { QStringLiteral("del") });
        QVERIFY(words.code.isEmpty() == false); // it has digits: codes are looked up too

        QVERIFY(parser.parse(u"balata").code.isEmpty());
        QCOMPARE(parser.parse(u"de").groups.size(), 1); // only a stop word so far: it is the start of a word
    }

    void wordSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<IdList>("present");
        QTest::addColumn<IdList>("absent");
        QTest::newRow("word") << QStringLiteral("balata") << IdList { 1, 2, 3 } << IdList { 4, 10 };
        QTest::newRow("upper case") << QStringLiteral("BALATA") << IdList { 1, 2, 3 } << IdList { 4, 10 };
        QTest::newRow("stray accent") << QStringLiteral("bálata") << IdList { 1, 2, 3 } << IdList { 10 };
        QTest::newRow("plural") << QStringLiteral("balatas") << IdList { 1, 2, 3 } << IdList { 4 };
        QTest::newRow("one-letter prefix") << QStringLiteral("b") << IdList { 1, 2, 3, 6 } << IdList { 10 };
        QTest::newRow("as you type") << QStringLiteral("bal del tsu") << IdList { 1, 2 } << IdList { 3, 4, 10 };
        QTest::newRow("accented query, plain data") << QStringLiteral("cerámica") << IdList { 1 } << IdList { 2, 10 };
        QTest::newRow("plain query, accented data") << QStringLiteral("bujia") << IdList { 6 } << IdList {};
        QTest::newRow("accented query") << QStringLiteral("BUJÍA iridio") << IdList { 6 } << IdList {};
        QTest::newRow("plural and prefix") << QStringLiteral("bujias irid") << IdList { 6 } << IdList {};
        QTest::newRow("synonym phrase") << QStringLiteral("pastilla de freno") << IdList { 1, 2, 3 } << IdList { 4 };
        QTest::newRow("synonym as you type") << QStringLiteral("pastilla de fre") << IdList { 1, 2, 3 } << IdList { 4 };
        QTest::newRow("synonym word") << QStringLiteral("shock") << IdList { 5 } << IdList {};
        QTest::newRow("synonym plural") << QStringLiteral("shocks delanteros") << IdList { 5 } << IdList {};
        QTest::newRow("phrase with stop word") << QStringLiteral("filtro de aceite") << IdList { 7, 8 } << IdList { 9 };
        QTest::newRow("word in several names") << QStringLiteral("aceite") << IdList { 7, 8, 9 } << IdList {};
        QTest::newRow("brand name") << QStringLiteral("monroe") << IdList { 5 } << IdList { 1 };
        QTest::newRow("parent category") << QStringLiteral("frenos") << IdList { 1, 2, 3, 4 } << IdList { 5 };
        QTest::newRow("fitted model") << QStringLiteral("tsuru") << IdList { 1, 2, 4, 6 } << IdList { 3, 10 };
        QTest::newRow("model with accent") << QStringLiteral("sedan") << IdList { 6 } << IdList { 1 };
        QTest::newRow("model year in text") << QStringLiteral("balata tsuru 2006") << IdList { 1 } << IdList { 2, 3 };
        QTest::newRow("short number") << QStringLiteral("50") << IdList { 9 } << IdList { 1, 7 };
        QTest::newRow("grade as printed") << QStringLiteral("20W-50") << IdList { 9 } << IdList { 8 };
        QTest::newRow("nothing like it") << QStringLiteral("xyzzy") << IdList {}
                                         << IdList { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    }
    void wordSearch()
    {
        QFETCH(QString, text);
        QFETCH(IdList, present);
        QFETCH(IdList, absent);
        const IdList found = ids(text);
        QVERIFY2(!found.contains(-1), "the search failed");
        for (const qint64 id : present)
            QVERIFY2(found.contains(id), qPrintable(QStringLiteral("part %1 missing from %2").arg(id).arg(text)));
        for (const qint64 id : absent)
            QVERIFY2(!found.contains(id), qPrintable(QStringLiteral("part %1 wrongly in %2").arg(id).arg(text)));
        if (present.isEmpty())
            QVERIFY(found.isEmpty());
    }

    void relevanceThenPopularity()
    {
        // Equally relevant: the best seller (part 2) first.
        const IdList balata = ids(QStringLiteral("balata"));
        QCOMPARE(balata.first(), 2);
        // "del" is optional but rewards the front pads ("delantera") over the better-selling rear ones.
        const IdList typed = ids(QStringLiteral("bal del tsu"));
        QVERIFY(typed.indexOf(1) >= 0 && typed.indexOf(2) >= 0);
        QVERIFY(typed.indexOf(1) < typed.indexOf(2));
        // A word naming the part beats the same word found elsewhere: "freno" is in the disc's name but only in
        // the balatas' category.
        const IdList freno = ids(QStringLiteral("freno"));
        QCOMPARE(freno.first(), 4);
        // The name's first word decides between two names with "aceite".
        QCOMPARE(ids(QStringLiteral("aceite")).first(), 9);
    }

    void exactCodesRankFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<int>("kind");
        QTest::addColumn<IdList>("alsoPresent");
        QTest::newRow("SKU") << QStringLiteral("BRK-0001") << qint64(1) << int(MatchKind::Sku) << IdList { 14 };
        QTest::newRow("SKU lower case") << QStringLiteral("brk-0001") << qint64(1) << int(MatchKind::Sku) << IdList {};
        QTest::newRow("barcode") << kBujiaBarcode << qint64(6) << int(MatchKind::Barcode) << IdList { 9 };
        QTest::newRow("OEM as printed") << QStringLiteral("04465-02220") << qint64(1) << int(MatchKind::Code)
                                        << IdList {};
        QTest::newRow("OEM without dash")
            << QStringLiteral("0446502220") << qint64(1) << int(MatchKind::Code) << IdList {};
    }
    void exactCodesRankFirst()
    {
        QFETCH(QString, text);
        QFETCH(qint64, first);
        QFETCH(int, kind);
        QFETCH(IdList, alsoPresent);
        CatalogQuery query;
        query.text = text;
        Result<CatalogSearchResult> result = m_search->search(query);
        QVERIFY2(result.has_value(), test::why(result).constData());
        QVERIFY(!result->hits.isEmpty());
        QCOMPARE(result->hits.first().partId, first);
        QCOMPARE(int(result->hits.first().match), kind);
        QVERIFY(result->hits.first().exactMatch);
        for (qsizetype i = 1; i < result->hits.size(); ++i)
            QVERIFY(!result->hits.at(i).exactMatch);
        for (const qint64 id : alsoPresent) {
            const bool found = std::any_of(
                result->hits.cbegin(), result->hits.cend(), [&](const CatalogHit &h) { return h.partId == id; });
            QVERIFY2(found, qPrintable(QStringLiteral("part %1 missing").arg(id)));
        }
    }

    void oemSubstring()
    {
        CatalogQuery query;
        query.text = QStringLiteral("0446502");
        Result<CatalogSearchResult> result = m_search->search(query);
        QVERIFY2(result.has_value(), test::why(result).constData());
        IdList found;
        for (const CatalogHit &hit : std::as_const(result->hits)) {
            found.append(hit.partId);
            QCOMPARE(hit.match, MatchKind::CodeSubstring);
            QVERIFY(!hit.exactMatch);
            QVERIFY(hit.matchedCode.contains(QStringLiteral("0446502")));
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (IdList { 1, 4 }));
        // The middle of a cross-reference, typed with its dash.
        QCOMPARE(ids(QStringLiteral("4465-0222")), (IdList { 1, 4 }));
        QCOMPARE(ids(QStringLiteral("665323")), (IdList { 5 }));
        QVERIFY(ids(QStringLiteral("9999999")).isEmpty());
    }

    void brandAndCategoryFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("brand"); // 0: none
        QTest::addColumn<qint64>("category"); // 0: none
        QTest::addColumn<IdList>("expected"); // sorted
        QTest::newRow("brand") << QStringLiteral("balata") << qint64(2) << qint64(0) << IdList { 2, 3 };
        QTest::newRow("leaf category") << QString() << qint64(0) << qint64(10) << IdList { 1, 2, 3 };
        QTest::newRow("parent category") << QString() << qint64(0) << qint64(1) << IdList { 1, 2, 3, 4 };
        QTest::newRow("brand and category") << QString() << qint64(1) << qint64(10) << IdList { 1 };
        QTest::newRow("brand, category, text") << QStringLiteral("del") << qint64(2) << qint64(1) << IdList { 3, 4 };
        QTest::newRow("code within brand") << QStringLiteral("0446502") << qint64(2) << qint64(0) << IdList { 4 };
        QTest::newRow("no such combination") << QStringLiteral("bujia") << qint64(2) << qint64(0) << IdList {};
    }
    void brandAndCategoryFilters()
    {
        QFETCH(QString, text);
        QFETCH(qint64, brand);
        QFETCH(qint64, category);
        QFETCH(IdList, expected);
        CatalogQuery query;
        query.text = text;
        if (brand != 0)
            query.brandId = brand;
        if (category != 0)
            query.categoryId = category;
        IdList found = ids(query);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    void vehicleFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("universal");
        QTest::addColumn<IdList>("expected"); // sorted
        QTest::newRow("year make model") << QStringLiteral("balata") << 2005 << QStringLiteral("Nissan")
                                         << QStringLiteral("Tsuru") << QString() << false << IdList { 1, 2 };
        QTest::newRow("other year") << QStringLiteral("balata") << 2006 << QStringLiteral("nissan")
                                    << QStringLiteral("TSURU") << QString() << false << IdList { 1 };
        QTest::newRow("no text") << QString() << 2005 << QStringLiteral("Nissan") << QStringLiteral("Tsuru")
                                 << QString() << false << IdList { 1, 2, 4, 6 };
        QTest::newRow("whole model") << QString() << 0 << QStringLiteral("Nissan") << QStringLiteral("Tsuru")
                                     << QString() << false << IdList { 1, 2, 4, 6 };
        QTest::newRow("whole make") << QString() << 0 << QStringLiteral("Nissan") << QString() << QString() << false
                                    << IdList { 1, 2, 3, 4, 6 };
        QTest::newRow("model without make") << QStringLiteral("amort") << 0 << QString() << QStringLiteral("Aveo")
                                            << QString() << false << IdList { 5 };
        QTest::newRow("engine") << QStringLiteral("filtro") << 2010 << QStringLiteral("Ford")
                                << QStringLiteral("Ranger") << QStringLiteral("2.3L L4") << false << IdList { 7 };
        QTest::newRow("accented model") << QString() << 1998 << QStringLiteral("Volkswagen") << QStringLiteral("sedan")
                                        << QString() << false << IdList { 6 };
        QTest::newRow("without universal") << QStringLiteral("aceite") << 2010 << QStringLiteral("Ford")
                                           << QStringLiteral("Ranger") << QString() << false << IdList { 7, 8 };
        QTest::newRow("with universal") << QStringLiteral("aceite") << 2010 << QStringLiteral("Ford")
                                        << QStringLiteral("Ranger") << QString() << true << IdList { 7, 8, 9 };
        QTest::newRow("code that does not fit") << QStringLiteral("0446502") << 2010 << QStringLiteral("Nissan")
                                                << QStringLiteral("Sentra") << QString() << false << IdList {};
        QTest::newRow("code that fits") << QStringLiteral("0446502") << 2006 << QStringLiteral("Nissan")
                                        << QStringLiteral("Tsuru") << QString() << false << IdList { 1 };
        QTest::newRow("SKU that does not fit") << QStringLiteral("BRK-0003") << 2005 << QStringLiteral("Nissan")
                                               << QStringLiteral("Tsuru") << QString() << false << IdList {};
    }
    void vehicleFilter()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(QString, make);
        QFETCH(QString, model);
        QFETCH(QString, engine);
        QFETCH(bool, universal);
        QFETCH(IdList, expected);
        CatalogQuery query;
        query.text = text;
        query.vehicle = VehicleFilter { year, make, model, engine };
        query.includeUniversal = universal;
        IdList found = ids(query);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    void priceLists_data()
    {
        QTest::addColumn<qint64>("priceList"); // 0: none
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<qint64>("priceVersion");
        QTest::newRow("retail") << qint64(0) << qint64(2) << qint64(33333) << qint64(1);
        QTest::newRow("público, no discount") << kPublico << qint64(2) << qint64(33333) << qint64(1);
        QTest::newRow("mayoreo 15 %, rounded") << kMayoreo << qint64(2) << qint64(28333) << qint64(1);
        QTest::newRow("taller 10 %, rounded up") << kTaller << qint64(2) << qint64(30000) << qint64(1);
        QTest::newRow("mayoreo override") << kMayoreo << qint64(1) << qint64(39900) << qint64(3);
        QTest::newRow("override only on its list") << kTaller << qint64(1) << qint64(41310) << qint64(1);
    }
    void priceLists()
    {
        QFETCH(qint64, priceList);
        QFETCH(qint64, part);
        QFETCH(qint64, cents);
        QFETCH(qint64, priceVersion);
        CatalogQuery query;
        query.text = part == 1 ? QStringLiteral("BRK-0001") : QStringLiteral("BRK-0002");
        if (priceList != 0)
            query.priceListId = priceList;
        const CatalogHit hit = firstHit(query);
        QCOMPARE(hit.partId, part);
        QCOMPARE(hit.price.centavos(), cents);
        QCOMPARE(hit.priceVersion, priceVersion);
        QCOMPARE(hit.brand, part == 1 ? QStringLiteral("Bosch") : QStringLiteral("Brembo"));
        QCOMPARE(hit.category, QStringLiteral("Balatas"));
        QCOMPARE(hit.sku, QString::fromUtf8(part == 1 ? "BRK-0001" : "BRK-0002"));
    }

    void inactivePartsNeverShow()
    {
        // Part 10 was inactive when the index was built.
        QVERIFY(!ids(QStringLiteral("BRK-0010")).contains(10));
        QVERIFY(!ids(QStringLiteral("ceramica")).contains(10));
        // Deactivated after the build, before any index update: the search checks parts.active itself.
        exec(QStringLiteral("UPDATE parts SET active = 0 WHERE id = 1"));
        QVERIFY(!ids(QStringLiteral("balata")).contains(1));
        QVERIFY(!ids(QStringLiteral("BRK-0001")).contains(1));
        QVERIFY(!ids(QStringLiteral("04465-02220")).contains(1));
        update({ 1 });
        QVERIFY(!ids(QStringLiteral("balata")).contains(1));
        QVERIFY(!ids(QStringLiteral("0446502")).contains(1));
        // Back in the catalogue: found again.
        exec(QStringLiteral("UPDATE parts SET active = 1 WHERE id = 1"));
        update({ 1 });
        QVERIFY(ids(QStringLiteral("balata")).contains(1));
        QVERIFY(ids(QStringLiteral("0446502")).contains(1));
    }

    void incrementalUpdates()
    {
        // Renamed and moved: old words no longer find it, new ones do.
        exec(QStringLiteral("UPDATE parts SET name = 'Tambor de freno reforzado', category_id = 11 WHERE id = 3"));
        update({ 3 });
        QVERIFY(!ids(QStringLiteral("semimetalica")).contains(3));
        QVERIFY(!ids(QStringLiteral("balata")).contains(3));
        QCOMPARE(ids(QStringLiteral("tambor reforz")), IdList { 3 });
        // It kept its rank slot: the next docid after its old one.
        const qint64 docid
            = db().scalar(QStringLiteral("SELECT docid FROM search_doc WHERE part_id = 3"))->toLongLong();
        QCOMPARE(docid % CatalogSearchIndex::kDocSlots, qint64(1));

        // A new part with a new word, a new code and fitment.
        insertPart({ 15, "CLU-0015", "Kit de clutch con collarín", 5, 60, 250000, { kSentra2010 },
            { QStringLiteral("oem:30100-5M000") } });
        QVERIFY(ids(QStringLiteral("clutch")).isEmpty());
        update({ 15 });
        QCOMPARE(ids(QStringLiteral("clutch")), IdList { 15 });
        QCOMPARE(ids(QStringLiteral("embrague")), IdList { 15 }); // synonym of a word only the update indexed
        QCOMPARE(ids(QStringLiteral("1005M")), IdList { 15 });
        CatalogQuery sentra;
        sentra.text = QStringLiteral("kit");
        sentra.vehicle = VehicleFilter { 2010, QStringLiteral("Nissan"), QStringLiteral("Sentra"), {} };
        QCOMPARE(ids(sentra), IdList { 15 });

        // Codes changed: the old one is gone from substring search, the new one found.
        exec(QStringLiteral("DELETE FROM part_codes WHERE part_id = 5"));
        exec(QStringLiteral(
            "INSERT INTO part_codes (part_id, kind, code, code_norm) VALUES (5, 'oem', 'KYB-334', 'KYB334')"));
        update({ 5 });
        QVERIFY(ids(QStringLiteral("665323")).isEmpty());
        QCOMPARE(ids(QStringLiteral("kyb334")), IdList { 5 });

        // Deleted: gone from words and codes.
        exec(QStringLiteral("DELETE FROM fitment WHERE part_id = 4"));
        exec(QStringLiteral("DELETE FROM part_codes WHERE part_id = 4"));
        exec(QStringLiteral("DELETE FROM parts WHERE id = 4"));
        Result<SearchIndexStats> removed = CatalogSearchIndex::updateParts(db(), { 4 });
        QVERIFY2(removed.has_value(), test::why(removed).constData());
        QCOMPARE(removed->removed, qint64(1));
        QVERIFY(!ids(QStringLiteral("disco")).contains(4));
        QVERIFY(ids(QStringLiteral("disco")).contains(3)); // now in "Discos de freno"
        QCOMPARE(ids(QStringLiteral("0446502")), IdList { 1 });

        // A price change does not touch the indexed text: skipped, still found.
        exec(QStringLiteral("UPDATE parts SET retail_price_cents = 47000 WHERE id = 1"));
        Result<SearchIndexStats> priced = CatalogSearchIndex::updateParts(db(), { 1 });
        QVERIFY2(priced.has_value(), test::why(priced).constData());
        QCOMPARE(priced->skipped, qint64(1));
        QCOMPARE(priced->parts, qint64(0));
        QCOMPARE(
            firstHit(CatalogQuery { QStringLiteral("BRK-0001"), {}, {}, {}, false, {}, 20 }).price.centavos(), 47000);

        // A full rebuild gives the same answers as the updates did.
        rebuild();
        QCOMPARE(ids(QStringLiteral("clutch")), IdList { 15 });
        QVERIFY(!ids(QStringLiteral("disco")).contains(4));
        QCOMPARE(ids(QStringLiteral("tambor reforz")), IdList { 3 });
    }

    void repeatedUpdatesMoveToTheEnd()
    {
        // Eight versions of one part: seven slots keep the rank, then the part goes to the end; always found once.
        for (int version = 0; version < 9; ++version) {
            exec(QStringLiteral("UPDATE parts SET name = ? WHERE id = 2"),
                { QStringLiteral("Balata trasera v%1").arg(version) });
            update({ 2 });
            const IdList found = ids(QStringLiteral("balata trasera"));
            QCOMPARE(found.count(2), 1);
        }
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM search_doc WHERE part_id = 2"))->toInt(), 1);
    }

    void earlyStopKeepsTheOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("prefix") << QStringLiteral("b");
        QTest::newRow("noun prefix") << QStringLiteral("bal");
        QTest::newRow("word in the middle") << QStringLiteral("del");
        QTest::newRow("words") << QStringLiteral("balata delantera");
        QTest::newRow("stop word") << QStringLiteral("bal del tsu");
        QTest::newRow("brand word") << QStringLiteral("bosch");
        QTest::newRow("synonym") << QStringLiteral("pastilla");
    }
    void earlyStopKeepsTheOrder()
    {
        // The candidate walk stops once `limit` hits score the best possible: a short list must be the head of
        // the long one, whatever the limit.
        QFETCH(QString, text);
        CatalogQuery query;
        query.text = text;
        query.limit = 50;
        const IdList all = ids(query);
        QVERIFY(!all.isEmpty());
        for (int limit = 1; limit <= all.size(); ++limit) {
            query.limit = limit;
            QCOMPARE(ids(query), all.mid(0, limit));
        }
    }

    void rebuildIsDeterministic()
    {
        // The demo generator promises byte-identical files for a seed: the same catalogue gives the same index.
        const QString first = indexContent();
        QVERIFY(first.size() > 1000);
        m_search.reset();
        std::unique_ptr<CatalogStore> original = std::move(m_store);
        Result<std::unique_ptr<CatalogStore>> other = CatalogStore::open(m_dir.file(QStringLiteral("again.db")));
        QVERIFY2(other.has_value(), test::why(other).constData());
        m_store = std::move(*other);
        fill();
        rebuild();
        const QString second = indexContent();
        m_store = std::move(original);
        QCOMPARE(second, first);
    }

    void badInput_data()
    {
        QTest::addColumn<CatalogQuery>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty, no filters") << CatalogQuery {} << QStringLiteral("query");
        QTest::newRow("blank") << CatalogQuery { QStringLiteral("   "), {}, {}, {}, false, {}, 20 }
                               << QStringLiteral("query");
        QTest::newRow("punctuation only")
            << CatalogQuery { QStringLiteral("-- / --"), {}, {}, {}, false, {}, 20 } << QStringLiteral("query");
        QTest::newRow("too long") << CatalogQuery { QString(300, QLatin1Char('a')), {}, {}, {}, false, {}, 20 }
                                  << QStringLiteral("query");
        QTest::newRow("limit zero") << CatalogQuery { QStringLiteral("balata"), {}, {}, {}, false, {}, 0 }
                                    << QStringLiteral("limit");
        QTest::newRow("limit huge") << CatalogQuery { QStringLiteral("balata"), {}, {}, {}, false, {}, 100000 }
                                    << QStringLiteral("limit");
        QTest::newRow("year 1850") << CatalogQuery { QStringLiteral("balata"), {}, {}, { 1850, {}, {}, {} }, false, {},
            20 } << QStringLiteral("vehicle.year");
        QTest::newRow("year 3000") << CatalogQuery { QString(), {}, {}, { 3000, QStringLiteral("Nissan"), {}, {} },
            false, {}, 20 } << QStringLiteral("vehicle.year");
        QTest::newRow("unknown make") << CatalogQuery { QString(), {}, {}, { 0, QStringLiteral("Ferrari"), {}, {} },
            false, {}, 20 } << QStringLiteral("vehicle.make");
        QTest::newRow("unknown model") << CatalogQuery { QString(), {}, {},
            { 0, QStringLiteral("Nissan"), QStringLiteral("Aveo"), {} }, false, {}, 20 }
                                       << QStringLiteral("vehicle.model");
        QTest::newRow("unknown engine") << CatalogQuery { QString(), {}, {}, { 0, {}, {}, QStringLiteral("9.9L W16") },
            false, {}, 20 } << QStringLiteral("vehicle.engine");
        QTest::newRow("no such vehicle") << CatalogQuery { QString(), {}, {},
            { 2020, QStringLiteral("Nissan"), QStringLiteral("Tsuru"), {} }, false, {}, 20 }
                                         << QStringLiteral("vehicle");
        QTest::newRow("unknown brand") << CatalogQuery { QStringLiteral("balata"), 999, {}, {}, false, {}, 20 }
                                       << QStringLiteral("brand");
        QTest::newRow("unknown category")
            << CatalogQuery { QStringLiteral("balata"), {}, 999, {}, false, {}, 20 } << QStringLiteral("category");
        QTest::newRow("unknown price list")
            << CatalogQuery { QStringLiteral("balata"), {}, {}, {}, false, 99, 20 } << QStringLiteral("priceList");
    }
    void badInput()
    {
        QFETCH(CatalogQuery, query);
        QFETCH(QString, field);
        Result<CatalogSearchResult> result = m_search->search(query);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().field(), field);
        QVERIFY(!result.error().message().isEmpty());
    }

    void indexNotBuilt()
    {
        exec(QStringLiteral("DELETE FROM catalog_meta WHERE key = 'search.version'"));
        CatalogSearch search(db());
        Result<CatalogSearchResult> result
            = search.search(CatalogQuery { QStringLiteral("balata"), {}, {}, {}, false, {}, 20 });
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().field(), QStringLiteral("index"));
        Result<SearchIndexStats> update = CatalogSearchIndex::updateParts(db(), { 1 });
        QVERIFY(!update.has_value());
        QCOMPARE(update.error().field(), QStringLiteral("index"));
    }

    void workerThreadsWithTheirOwnConnections()
    {
        const IdList expected = ids(QStringLiteral("bal del tsu"));
        QVERIFY(!expected.isEmpty());
        const QString path = m_dir.file(QStringLiteral("catalog.db"));
        constexpr int kThreads = 3;
        std::vector<IdList> results(kThreads);
        std::vector<QString> errors(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                Result<std::unique_ptr<CatalogStore>> store
                    = CatalogStore::open(path, QStringLiteral("search-worker-%1").arg(t));
                if (!store) {
                    errors[t] = store.error().logMessage();
                    return;
                }
                CatalogSearch search((*store)->db());
                for (int i = 0; i < 50; ++i) {
                    Result<CatalogSearchResult> result
                        = search.search(CatalogQuery { QStringLiteral("bal del tsu"), {}, {}, {}, false, {}, 20 });
                    if (!result) {
                        errors[t] = result.error().logMessage();
                        return;
                    }
                    IdList found;
                    for (const CatalogHit &hit : std::as_const(result->hits))
                        found.append(hit.partId);
                    results[t] = found;
                }
            });
        }
        // The owning thread keeps searching meanwhile on its own connection.
        for (int i = 0; i < 50; ++i)
            QCOMPARE(ids(QStringLiteral("bal del tsu")), expected);
        for (std::thread &thread : threads)
            thread.join();
        for (int t = 0; t < kThreads; ++t) {
            QVERIFY2(errors[t].isEmpty(), qPrintable(errors[t]));
            QCOMPARE(results[t], expected);
        }
    }

    void limitAndMore()
    {
        CatalogQuery query;
        query.text = QStringLiteral("b");
        query.limit = 2;
        Result<CatalogSearchResult> result = m_search->search(query);
        QVERIFY2(result.has_value(), test::why(result).constData());
        QCOMPARE(result->hits.size(), 2);
        QVERIFY(result->more);
        query.text = QStringLiteral("bujia");
        result = m_search->search(query);
        QVERIFY2(result.has_value(), test::why(result).constData());
        QCOMPARE(result->hits.size(), 1);
        QVERIFY(!result->more);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "testcatalogsearch.moc"
