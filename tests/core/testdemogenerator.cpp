// The demo data generator: same seed → same bytes, every identifier valid, references intact, money consistent to
// the centavo, realistic shape (branches, roles, border IVA, opening hours), and the nexus-admin command line.
#include "auth/passwordhasher.h"
#include "catalog/ean13.h"
#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"
#include "customers/rfc.h"
#include "demo/demogenerator.h"
#include "demo/partgenerator.h"
#include "demo/rfcbuilder.h"
#include "demo/vehicletable.h"
#include "store/catalogstore.h"
#include "store/database.h"
#include "store/schemadatabase.h"
#include "tempdir.h"
#include "vehicles/vin.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>
#include <set>

using namespace nexus;

namespace {

constexpr std::int64_t kParts = 3000;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_first;
    test::TempDir m_second; // same seed
    test::TempDir m_other; // another seed
    std::unique_ptr<Database> m_catalog;
    std::unique_ptr<Database> m_tenant;
    demo::DemoSummary m_summary;
    QString m_report; // stdout of `nexus-admin demo-data` writing m_second
    QByteArray m_reportErrors; // its stderr

    static Result<demo::DemoSummary> generate(const QString &dir, std::uint64_t seed)
    {
        demo::DemoOptions options;
        options.outDir = dir;
        options.parts = kParts;
        options.seed = seed;
        return demo::DemoGenerator(options).run();
    }

    // Every table (FTS shadow tables included, virtual tables themselves excluded) in name order, every row in
    // full-key order, every value with its type: equal digests mean equal data.
    static QByteArray dumpDigest(Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Result<QSqlQuery> tables = db.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString &table : names) {
            Result<QSqlQuery> columns
                = db.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table));
            columns->next();
            QStringList order;
            for (int i = 1; i <= columns->value(0).toInt(); ++i)
                order << QString::number(i);
            Result<QSqlQuery> rows
                = db.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
            hash.addData(table.toUtf8());
            while (rows->next()) {
                for (int i = 0; i < rows->record().count(); ++i) {
                    const QVariant value = rows->value(i);
                    hash.addData(value.isNull() ? QByteArrayLiteral("\x01NULL") : value.toString().toUtf8());
                    hash.addData(QByteArrayLiteral("\x1F"));
                }
                hash.addData(QByteArrayLiteral("\x1E"));
            }
        }
        return hash.result().toHex();
    }

    qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db.scalar(sql, values);
        if (!value) {
            qWarning("%s", qPrintable(value.error().logMessage()));
            return -1;
        }
        return value->toLongLong();
    }

    static QString nexusAdmin()
    {
        return QDir(qEnvironmentVariable("NEXUS_BIN_DIR")).filePath(QStringLiteral("nexus-admin"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<demo::DemoSummary> first = generate(m_first.path(), 7);
        QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().logMessage()));
        m_summary = *first;
        // The same options through the command line: the same bytes as through the library.
        QVERIFY2(QFileInfo(nexusAdmin()).isExecutable(),
            qPrintable(nexusAdmin() + QStringLiteral(" is missing: build nexus-admin; ctest sets NEXUS_BIN_DIR")));
        QProcess admin;
        admin.start(nexusAdmin(),
            { QStringLiteral("demo-data"), QStringLiteral("--out"), m_second.path(), QStringLiteral("--parts"),
                QString::number(kParts), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(admin.waitForFinished(600'000), qPrintable(nexusAdmin()));
        QCOMPARE(admin.exitCode(), 0);
        m_report = QString::fromUtf8(admin.readAllStandardOutput());
        m_reportErrors = admin.readAllStandardError();
        Result<demo::DemoSummary> other = generate(m_other.path(), 8);
        QVERIFY(other.has_value());
        // Byte comparison first: opening a file afterwards must not be what made them equal.
        for (const char *file : { demo::DemoGenerator::kCatalogFile, demo::DemoGenerator::kTenantFile }) {
            const QString name = QString::fromLatin1(file);
            QCOMPARE(fileHash(QDir(m_first.path()).filePath(name)), fileHash(QDir(m_second.path()).filePath(name)));
            QVERIFY(fileHash(QDir(m_first.path()).filePath(name)) != fileHash(QDir(m_other.path()).filePath(name)));
        }
        auto catalog = Database::open(m_summary.catalogPath, Durability::Normal);
        QVERIFY(catalog.has_value());
        m_catalog = std::move(*catalog);
        auto tenant = Database::open(m_summary.tenantPath, Durability::Normal);
        QVERIFY(tenant.has_value());
        m_tenant = std::move(*tenant);
        QVERIFY(m_tenant->execScript(QStringLiteral("ATTACH DATABASE '%1' AS catalog").arg(m_summary.catalogPath))
                    .has_value());
    }

    void sameSeedSameDataOtherSeedOtherData()
    {
        const QDir second(m_second.path());
        const QDir other(m_other.path());
        for (const char *file : { demo::DemoGenerator::kCatalogFile, demo::DemoGenerator::kTenantFile }) {
            const QString name = QString::fromLatin1(file);
            auto a = Database::open(second.filePath(name), Durability::Normal);
            auto b = Database::open(other.filePath(name), Durability::Normal);
            QVERIFY(a.has_value() && b.has_value());
            Database &own = name == QLatin1String("catalog.db") ? *m_catalog : *m_tenant;
            const QByteArray digest = dumpDigest(own);
            QCOMPARE(dumpDigest(**a), digest);
            QVERIFY(dumpDigest(**b) != digest);
        }
    }

    void schemaIsExactlyWhatTheMigrationsCreate()
    {
        // The catalogue's indexes are dropped for the bulk load and rebuilt from their own SQL: the result must
        // be indistinguishable from a freshly migrated file (and the migrations' ledger must say so too).
        test::TempDir fresh;
        auto catalog = CatalogStore::open(fresh.file(QStringLiteral("catalog.db")));
        QVERIFY(catalog.has_value());
        auto tenant = openWithSchema(
            fresh.file(QStringLiteral("tenant.db")), Durability::Normal, QStringLiteral("server/tenant"));
        QVERIFY(tenant.has_value());
        const QString schema = QStringLiteral(
            "SELECT group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, ''), '\n') FROM "
            "(SELECT * FROM main.sqlite_master ORDER BY type, name)");
        QCOMPARE(m_catalog->scalar(schema)->toString(), (*catalog)->db().scalar(schema)->toString());
        QCOMPARE(m_tenant->scalar(schema)->toString(), (*tenant)->scalar(schema)->toString());
        const QString ledger
            = QStringLiteral("SELECT group_concat(version || name || checksum) FROM schema_migrations");
        QCOMPARE(m_catalog->scalar(ledger)->toString(), (*catalog)->db().scalar(ledger)->toString());
        QCOMPARE(m_tenant->scalar(ledger)->toString(), (*tenant)->scalar(ledger)->toString());
        QCOMPARE(m_catalog->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
            (*catalog)->db().scalar(QStringLiteral("PRAGMA user_version"))->toInt());
        QCOMPARE(m_catalog->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    }

    void partsArePureFunctionsOfSeedAndIndex()
    {
        const demo::PartGenerator generator(7, kParts);
        demo::DemoPart a;
        demo::DemoPart b;
        demo::DemoPart pricing;
        for (const std::int64_t index : { std::int64_t(0), std::int64_t(1234), std::int64_t(kParts - 1) }) {
            generator.generate(index, a);
            generator.generate(kParts - 1 - index, b); // reuse of buffers must not leak into the next part
            generator.generate(index, b);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.barcode, b.barcode);
            QCOMPARE(a.vehicleIds, b.vehicleIds);
            generator.generatePricing(index, pricing);
            QCOMPARE(pricing.retailPriceCents, a.retailPriceCents);
            QCOMPARE(pricing.costCents, a.costCents);
            const QVariant stored
                = m_catalog->scalar(QStringLiteral("SELECT name FROM parts WHERE id = ?"), { qint64(a.id) }).value();
            QCOMPARE(stored.toString(), QString::fromStdString(a.name));
        }
        std::set<std::int64_t> ranks;
        for (std::int64_t rank = 0; rank < kParts; ++rank)
            ranks.insert(generator.indexAtRank(rank));
        QCOMPARE(qint64(ranks.size()), kParts); // the popularity order is a permutation
    }

    void everyBarcodeIsAValidUniqueEan13()
    {
        QCOMPARE(count(*m_catalog, QStringLiteral("SELECT count(*) FROM parts")), kParts);
        QCOMPARE(count(*m_catalog, QStringLiteral("SELECT count(DISTINCT barcode) FROM parts")), kParts);
        QCOMPARE(count(*m_catalog, QStringLiteral("SELECT count(DISTINCT sku) FROM parts")), kParts);
        Result<QSqlQuery> rows = m_catalog->exec(QStringLiteral("SELECT barcode FROM parts"));
        int checked = 0;
        while (rows->next()) {
            const QString barcode = rows->value(0).toString();
            QVERIFY2(isValidEan13(barcode), qPrintable(barcode));
            ++checked;
        }
        QCOMPARE(checked, int(kParts));
    }

    void everyRfcIsValidAndMatchesThePersonKind()
    {
        Result<QSqlQuery> rows
            = m_tenant->exec(QStringLiteral("SELECT rfc, name, fiscal_regime FROM customers UNION ALL "
                                            "SELECT rfc, fiscal_name, fiscal_regime FROM branches"));
        int fisicas = 0;
        int morales = 0;
        const QStringList regimes { QStringLiteral("601"), QStringLiteral("603"), QStringLiteral("605"),
            QStringLiteral("612"), QStringLiteral("616"), QStringLiteral("626") };
        while (rows->next()) {
            const RfcCheck check = checkRfc(rows->value(0).toString());
            QVERIFY2(check.valid, qPrintable(rows->value(0).toString() + QLatin1Char(' ') + check.reason.logMessage()));
            QCOMPARE(check.normalized, rows->value(0).toString()); // stored normalised
            QVERIFY(regimes.contains(rows->value(2).toString()));
            if (check.kind == RfcKind::Fisica) {
                ++fisicas;
                QVERIFY(QStringList(
                    { QStringLiteral("605"), QStringLiteral("612"), QStringLiteral("616"), QStringLiteral("626") })
                            .contains(rows->value(2).toString()));
            } else {
                QCOMPARE(int(check.kind), int(RfcKind::Moral));
                ++morales;
                QVERIFY(QStringList({ QStringLiteral("601"), QStringLiteral("603"), QStringLiteral("626") })
                            .contains(rows->value(2).toString()));
            }
        }
        QVERIFY2(fisicas > 150 && morales > 60, qPrintable(QStringLiteral("%1/%2").arg(fisicas).arg(morales)));
        QCOMPARE(count(*m_tenant, QStringLiteral("SELECT count(DISTINCT rfc) FROM customers")),
            count(*m_tenant, QStringLiteral("SELECT count(*) FROM customers")));
    }

    void rfcBuilderAlwaysProducesValidRfcs()
    {
        for (std::uint64_t i = 0; i < 3000; ++i) {
            demo::Rng rng = demo::Rng::stream(99, demo::streamDomain("rfc-test"), i);
            const demo::PersonName person = demo::randomPerson(rng);
            const QString fisica = demo::rfcForPerson(person, QDate(1940, 1, 1).addDays(qint64(rng.below(30000))), rng);
            QVERIFY2(
                checkRfc(fisica).valid && fisica.size() == 13, qPrintable(fisica + QLatin1Char(' ') + person.full()));
            QCOMPARE(fisica.at(0), person.paternal.section(QLatin1Char(' '), -1).at(0)); // "DEL RIO" → R
            const demo::BusinessName business = demo::randomBusiness(rng, QStringLiteral("TIJUANA"));
            const QString moral
                = demo::rfcForBusiness(business.name, QDate(1990, 1, 1).addDays(qint64(rng.below(12000))), rng);
            QVERIFY2(checkRfc(moral).valid && moral.size() == 12, qPrintable(moral + QLatin1Char(' ') + business.name));
        }
    }

    void everyVinIsValidAndAgreesWithMakeAndYear()
    {
        const demo::VehicleTable &table = demo::VehicleTable::instance();
        Result<QSqlQuery> rows
            = m_tenant->exec(QStringLiteral("SELECT vin, make, model, year, plates FROM customer_vehicles"));
        int checked = 0;
        while (rows->next()) {
            const QString vin = rows->value(0).toString();
            const VinCheck check = checkVin(vin);
            QVERIFY2(check.valid, qPrintable(vin + QLatin1Char(' ') + check.reason.logMessage()));
            QVERIFY2(check.modelYears.contains(rows->value(3).toInt()), qPrintable(vin));
            bool wmiMatches = false;
            for (const demo::VehicleGeneration &g : table.generations())
                wmiMatches = wmiMatches
                    || (QLatin1String(g.make) == rows->value(1).toString()
                        && QString::fromUtf8(g.model) == rows->value(2).toString()
                        && g.firstYear <= rows->value(3).toInt() && rows->value(3).toInt() <= g.lastYear
                        && vin.startsWith(QLatin1String(g.wmi)));
            QVERIFY2(wmiMatches, qPrintable(vin + QLatin1Char(' ') + rows->value(1).toString()));
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}-\\d{3}-[A-Z]$"))
                        .match(rows->value(4).toString())
                        .hasMatch());
            ++checked;
        }
        QVERIFY(checked > 300);
        // Every generation, every year: the VIN maker produces valid VINs carrying that year.
        for (int g = 0; g < int(table.generations().size()); ++g) {
            const demo::VehicleGeneration &generation = table.generations()[std::size_t(g)];
            demo::Rng rng = demo::Rng::stream(1, demo::streamDomain("vin-test"), std::uint64_t(g));
            for (int year = generation.firstYear; year <= generation.lastYear; ++year) {
                const QString vin = QString::fromStdString(table.makeVin(g, year, 0, rng));
                QVERIFY2(checkVin(vin).valid && checkVin(vin).modelYears.contains(year), qPrintable(vin));
            }
        }
    }

    void catalogueReferencesAreIntact()
    {
        for (Database *db : { m_catalog.get(), m_tenant.get() }) {
            Result<QSqlQuery> problems = db->exec(QStringLiteral("PRAGMA main.foreign_key_check"));
            QVERIFY(problems.has_value());
            if (problems->next())
                QFAIL(qPrintable(QStringLiteral("foreign key broken in %1").arg(problems->value(0).toString())));
        }
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM fitment f LEFT JOIN vehicles v ON v.id = f.vehicle_id "
                                    "WHERE v.id IS NULL")),
            0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM fitment f LEFT JOIN parts p ON p.id = f.part_id "
                                    "WHERE p.id IS NULL")),
            0);
        QVERIFY(count(*m_catalog, QStringLiteral("SELECT count(*) FROM fitment")) > kParts * 3);
        // Universal goods (oil, coolant, bulbs, wipers…) fit no particular vehicle; the rest fit a handful.
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM fitment f JOIN parts p ON p.id = f.part_id "
                                    "JOIN categories c ON c.id = p.category_id WHERE c.name IN "
                                    "('Aceites de motor', 'Anticongelantes', 'Focos', 'Plumas limpiaparabrisas')")),
            0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM parts p JOIN categories c ON c.id = p.category_id "
                                    "WHERE c.name = 'Balatas' AND NOT EXISTS (SELECT 1 FROM fitment f "
                                    "WHERE f.part_id = p.id)")),
            0);
        QVERIFY(
            count(*m_catalog, QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM fitment GROUP BY part_id)"))
            <= 80);
        // Parts hang off leaf categories with 8-digit SAT keys; codes are normalised as the search expects.
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM parts p JOIN categories c ON c.id = p.category_id "
                                    "WHERE c.parent_id IS NULL")),
            0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM categories WHERE length(sat_product_key) <> 8 "
                                    "OR sat_product_key GLOB '*[^0-9]*'")),
            0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM parts WHERE sat_unit_key NOT IN "
                                    "('H87', 'KT', 'LTR', 'SET', 'PR')")),
            0);
        Result<QSqlQuery> codes = m_catalog->exec(QStringLiteral("SELECT code, code_norm FROM part_codes"));
        while (codes->next()) {
            QString norm;
            for (const QChar c : codes->value(0).toString())
                if (c.isLetterOrNumber())
                    norm += c.toUpper();
            QCOMPARE(codes->value(1).toString(), norm);
        }
        QVERIFY(count(*m_catalog, QStringLiteral("SELECT count(*) FROM part_codes WHERE kind = 'oem'")) > kParts / 2);
        // Money: a margin on every part, the list price above the shelf price.
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM parts WHERE retail_price_cents * 100 <= cost_cents * 116 "
                                    "OR list_price_cents < retail_price_cents OR cost_cents <= 0")),
            0);
    }

    void catalogueLooksLikeAMexicanCounter()
    {
        QVERIFY(count(*m_catalog, QStringLiteral("SELECT count(*) FROM brands")) >= 200);
        for (const char *brand : { "Bosch", "Gates", "Monroe", "LTH", "Brembo", "ACDelco", "Motorcraft", "NGK",
                 "Champion", "Wagner", "Fritec", "KYB", "Moog", "Fram", "Interfil", "Injetech" })
            QVERIFY2(count(*m_catalog, QStringLiteral("SELECT count(*) FROM brands WHERE name = ?"),
                         { QString::fromUtf8(brand) })
                    == 1,
                brand);
        QCOMPARE(
            count(*m_catalog, QStringLiteral("SELECT count(*) FROM vehicles WHERE year < 1990 OR year > 2025")), 0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral(
                         "SELECT min(year) || max(year) FROM vehicles WHERE make = 'Nissan' AND model = 'Tsuru'")),
            19922017);
        for (const char *model : { "Versa", "Sentra", "March", "NP300", "Jetta", "Vento", "Pointer", "Sedán", "Aveo",
                 "Spark", "Silverado", "Ranger", "F-150", "Hilux", "Corolla", "Civic", "1500", "Rio", "Accent" })
            QVERIFY2(count(*m_catalog, QStringLiteral("SELECT count(*) FROM vehicles WHERE model = ?"),
                         { QString::fromUtf8(model) })
                    > 0,
                model);
        QVERIFY(
            count(*m_catalog, QStringLiteral("SELECT count(*) FROM parts WHERE name LIKE 'Balata delantera%'")) > 0);
        QVERIFY(
            count(*m_catalog, QStringLiteral("SELECT count(*) FROM parts WHERE name LIKE 'Filtro de aceite%'")) > 0);
        QVERIFY(count(*m_catalog, QStringLiteral("SELECT count(*) FROM parts WHERE name LIKE 'Bujía de iridio%'")) > 0);
        QCOMPARE(count(*m_catalog,
                     QStringLiteral("SELECT count(*) FROM price_lists WHERE code IN ('publico', 'mayoreo', 'taller')")),
            3);
        QCOMPARE(
            m_catalog->scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'part_count'"))->toLongLong(),
            kParts);
        QCOMPARE(m_catalog->scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'seed'"))->toString(),
            QStringLiteral("7"));
    }

    void branchesWarehousesAndStaff()
    {
        QCOMPARE(count(*m_tenant, QStringLiteral("SELECT count(*) FROM branches")), 3);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM branches b WHERE (SELECT count(*) FROM warehouses w "
                                    "WHERE w.branch_id = b.id AND w.name IN ('Mostrador', 'Bodega')) <> 2")),
            0);
        QCOMPARE(count(*m_tenant, QStringLiteral("SELECT count(*) FROM warehouses")), 6);
        QCOMPARE(m_tenant->scalar(QStringLiteral("SELECT code FROM branches WHERE border_region = 1"))->toString(),
            QStringLiteral("TIJ"));
        for (const char *role : { "admin", "manager", "cashier", "mechanic", "hq" })
            QVERIFY2(count(*m_tenant, QStringLiteral("SELECT count(*) FROM users WHERE role = ?"),
                         { QString::fromLatin1(role) })
                    > 0,
                role);
        for (const char *role : { "manager", "cashier", "mechanic" })
            QCOMPARE(count(*m_tenant,
                         QStringLiteral("SELECT count(*) FROM branches b WHERE NOT EXISTS (SELECT 1 FROM users u "
                                        "WHERE u.branch_id = b.id AND u.role = ?)"),
                         { QString::fromLatin1(role) }),
                0);
        // The documented demo credentials work against the stored PBKDF2 hashes.
        Result<QSqlQuery> user
            = m_tenant->exec(QStringLiteral("SELECT password_hash, pin_hash FROM users WHERE username = 'cajero1'"));
        QVERIFY(user->next());
        QVERIFY(PasswordHasher::verify(QStringLiteral("nexus123"), user->value(0).toString()));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("nexus124"), user->value(0).toString()));
        QVERIFY(PasswordHasher::verify(QStringLiteral("1234"), user->value(1).toString()));
        QCOMPARE(count(*m_tenant, QStringLiteral("SELECT count(DISTINCT password_hash) FROM users")),
            count(*m_tenant, QStringLiteral("SELECT count(*) FROM users"))); // a salt per user
        QCOMPARE(m_summary.credentials.size(), int(count(*m_tenant, QStringLiteral("SELECT count(*) FROM users"))));
    }

    void stockCoversTheBestSellersOfEveryBranch()
    {
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM stock_levels s LEFT JOIN catalog.parts p ON p.id = s.part_id "
                                    "WHERE p.id IS NULL")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM warehouses w WHERE NOT EXISTS "
                                    "(SELECT 1 FROM stock_levels s WHERE s.warehouse_id = w.id)")),
            0);
        // The Bodega holds the wider assortment, the Mostrador the fast movers.
        QVERIFY(count(*m_tenant,
                    QStringLiteral("SELECT count(*) FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id "
                                   "WHERE w.name = 'Bodega'"))
            > 3
                * count(*m_tenant,
                    QStringLiteral("SELECT count(*) FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id "
                                   "WHERE w.name = 'Mostrador'")));
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral("SELECT count(*) FROM stock_levels WHERE quantity < 0 OR max_quantity < min_quantity")),
            0);
    }

    void salesAddUpToTheCentavo()
    {
        QVERIFY(count(*m_tenant, QStringLiteral("SELECT count(*) FROM sales")) > 50'000);
        // Header totals are the sums of the lines.
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sales s JOIN (SELECT sale_id, sum(base_cents) b, sum(tax_cents) t FROM "
                         "sale_lines "
                         "GROUP BY sale_id) l ON l.sale_id = s.id WHERE s.subtotal_cents <> l.b OR s.tax_cents <> l.t "
                         "OR s.total_cents <> l.b + l.t")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sales s WHERE NOT EXISTS "
                                    "(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")),
            0);
        // Payments cover the total exactly (change is not recorded here).
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral(
                    "SELECT count(*) FROM sales s LEFT JOIN (SELECT sale_id, sum(amount_cents) paid FROM sale_payments "
                    "GROUP BY sale_id) p ON p.sale_id = s.id WHERE coalesce(p.paid, 0) <> s.total_cents")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sale_payments WHERE method NOT IN ('cash', 'cash_usd', 'card_credit', "
                         "'card_debit', 'transfer', 'store_credit')")),
            0);
        // Every line recomputes with nexus::lineAmounts: base + tax == price × quantity − discount.
        Result<QSqlQuery> lines = m_tenant->exec(QStringLiteral(
            "SELECT unit_price_cents, quantity, discount_cents, base_cents, tax_cents, tax_code FROM sale_lines"));
        qint64 checked = 0;
        while (lines->next()) {
            const TaxRate rate = TaxRate::fromCode(lines->value(5).toString()).value();
            const LineAmounts expected = lineAmounts(Money(lines->value(0).toLongLong()),
                Quantity(lines->value(1).toLongLong()), Money(lines->value(2).toLongLong()), rate);
            if (expected.base.centavos() != lines->value(3).toLongLong()
                || expected.tax.centavos() != lines->value(4).toLongLong())
                QFAIL(qPrintable(
                    QStringLiteral("line %1 × %2 − %3 stored %4 + %5")
                        .arg(lines->value(0).toString(), lines->value(1).toString(), lines->value(2).toString(),
                            lines->value(3).toString(), lines->value(4).toString())));
            ++checked;
        }
        QVERIFY(checked > 100'000);
        // Lines sell real catalogue parts from a warehouse of the selling branch, at the part's shelf price or a
        // trade discount off it.
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sale_lines l LEFT JOIN catalog.parts p ON p.id = l.part_id "
                                    "WHERE p.id IS NULL OR p.retail_price_cents <> l.retail_price_cents "
                                    "OR p.cost_cents <> l.cost_cents OR l.unit_price_cents > l.retail_price_cents")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                                    "JOIN warehouses w ON w.id = l.warehouse_id WHERE w.branch_id <> s.branch_id")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sales s JOIN users u ON u.id = s.cashier_id "
                                    "WHERE u.branch_id <> s.branch_id OR u.role NOT IN ('cashier', 'manager')")),
            0);
    }

    void borderBranchChargesIva8()
    {
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                         "JOIN branches b ON b.id = s.branch_id WHERE b.border_region = 1 AND l.tax_code <> 'iva8'")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                         "JOIN branches b ON b.id = s.branch_id WHERE b.border_region = 0 AND l.tax_code <> 'iva16'")),
            0);
        QVERIFY(count(*m_tenant, QStringLiteral("SELECT count(*) FROM sale_lines WHERE tax_code = 'iva8'")) > 10'000);
        // 8 % of the base, not 16 %: the tax is about 7.4 % of the gross at the border.
        const qint64 permille = count(*m_tenant,
            QStringLiteral("SELECT sum(l.tax_cents) * 1000 / sum(l.base_cents + l.tax_cents) FROM sale_lines l WHERE "
                           "l.tax_code = 'iva8'"));
        QVERIFY2(permille >= 73 && permille <= 75, qPrintable(QString::number(permille)));
    }

    void salesHistoryHasAStoresRhythm()
    {
        // One year ending on the fixed as-of day (local time), whatever the wall clock says.
        QCOMPARE(m_tenant->scalar(QStringLiteral("SELECT min(sold_at) FROM sales"))->toString().left(10),
            QStringLiteral("2025-11-25"));
        QVERIFY(m_tenant->scalar(QStringLiteral("SELECT max(sold_at) FROM sales"))->toString()
            < QStringLiteral("2026-11-25T08"));
        // Local opening hours: Guadalajara is UTC−6 all year; no ticket before 8:00 or after 20:00.
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral(
                    "SELECT count(*) FROM sales s JOIN branches b ON b.id = s.branch_id WHERE b.code IN ('GDL', 'ZAP') "
                    "AND (strftime('%H', s.sold_at, '-6 hours') < '08' OR strftime('%H', s.sold_at, '-6 hours') >= "
                    "'20')")),
            0);
        // Closed on Christmas and New Year's day; Sundays are half days.
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sales WHERE date(sold_at, '-6 hours') IN ('2025-12-25', '2026-01-01') "
                         "AND branch_id IN (SELECT id FROM branches WHERE code = 'GDL')")),
            0);
        const qint64 sundays = count(
            *m_tenant, QStringLiteral("SELECT count(*) FROM sales WHERE strftime('%w', sold_at, '-6 hours') = '0'"));
        const qint64 saturdays = count(
            *m_tenant, QStringLiteral("SELECT count(*) FROM sales WHERE strftime('%w', sold_at, '-6 hours') = '6'"));
        QVERIFY2(sundays * 2 < saturdays, qPrintable(QStringLiteral("%1 vs %2").arg(sundays).arg(saturdays)));
        // Rush hours: late morning sells more than the first hour of the day.
        const qint64 at11 = count(*m_tenant,
            QStringLiteral("SELECT count(*) FROM sales s JOIN branches b ON b.id = s.branch_id "
                           "WHERE b.code = 'GDL' AND strftime('%H', s.sold_at, '-6 hours') = '11'"));
        const qint64 at8 = count(*m_tenant,
            QStringLiteral("SELECT count(*) FROM sales s JOIN branches b ON b.id = s.branch_id "
                           "WHERE b.code = 'GDL' AND strftime('%H', s.sold_at, '-6 hours') = '08'"));
        QVERIFY(at11 > 2 * at8);
        // Folios run without gaps per device.
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral("SELECT count(*) FROM (SELECT device_id, count(*) n, "
                               "max(CAST(substr(folio, 6) AS INTEGER)) m FROM sales GROUP BY device_id) WHERE n <> m")),
            0);
        // Trade customers buy at their price list.
        QVERIFY(count(*m_tenant, QStringLiteral("SELECT count(*) FROM sales WHERE price_list = 'taller'")) > 100);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sales s JOIN customers c ON c.id = s.customer_id "
                                    "WHERE c.price_list <> s.price_list")),
            0);
    }

    void paymentsAndTillsAreWhatTheCounterRecords()
    {
        // The header's discount and change agree with its lines and tenders.
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sales s JOIN (SELECT sale_id, sum(discount_cents) d FROM sale_lines "
                         "GROUP BY sale_id) l ON l.sale_id = s.id WHERE s.discount_cents <> l.d")),
            0);
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral(
                    "SELECT count(*) FROM sales s JOIN sale_payments p ON p.sale_id = s.id WHERE p.method = 'cash' "
                    "AND NOT EXISTS (SELECT 1 FROM sale_payments o WHERE o.sale_id = s.id AND o.method <> 'cash') "
                    "AND p.tendered_cents - p.amount_cents <> s.change_cents")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sales WHERE change_cents < 0 OR (change_cents > 0 "
                                    "AND id NOT IN (SELECT sale_id FROM sale_payments WHERE method IN "
                                    "('cash', 'cash_usd')))")),
            0);
        // Dollars only at the border, with the day's rate, and enough of them.
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral("SELECT count(*) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                               "JOIN branches b ON b.id = s.branch_id WHERE p.method = 'cash_usd' AND "
                               "(b.border_region = 0 OR p.exchange_rate_ppm NOT BETWEEN 17000000 AND 18200000 "
                               "OR (p.tendered_cents * p.exchange_rate_ppm + 500000) / 1000000 < p.amount_cents)")),
            0);
        QVERIFY(count(*m_tenant, QStringLiteral("SELECT count(*) FROM sale_payments WHERE method = 'cash_usd'")) > 100);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sale_payments WHERE method IN ('card_credit', "
                                    "'card_debit', 'transfer') AND reference = ''")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                                    "WHERE p.method = 'store_credit' AND s.customer_id IS NULL")),
            0);
        // Each sale rang up in an open till of its own counter; the closing count is the float plus the cash.
        QCOMPARE(
            count(*m_tenant,
                QStringLiteral("SELECT count(*) FROM sales s LEFT JOIN cash_sessions c ON c.id = s.cash_session_id "
                               "WHERE c.id IS NULL OR c.device_id <> s.device_id OR c.branch_id <> s.branch_id "
                               "OR s.sold_at NOT BETWEEN c.opened_at AND c.closed_at")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM cash_sessions c JOIN (SELECT s.cash_session_id id, "
                                    "sum(CASE WHEN p.method = 'cash' THEN p.amount_cents WHEN p.method = 'cash_usd' "
                                    "THEN -s.change_cents "
                                    "ELSE 0 END) cash FROM sales s JOIN sale_payments p ON p.sale_id = s.id GROUP BY "
                                    "1) t ON t.id = c.id "
                                    "WHERE abs(c.counted_cash_cents - c.opening_float_cents - t.cash) > 5000")),
            0);
        QCOMPARE(count(*m_tenant, QStringLiteral("SELECT count(*) FROM sales WHERE received_at < sold_at")), 0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM sale_lines l JOIN catalog.parts p ON p.id = l.part_id "
                                    "WHERE l.sku <> p.sku")),
            0);
    }

    void stockLevelsAreTheSumOfTheLedger()
    {
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM stock_levels s LEFT JOIN (SELECT part_id, warehouse_id, sum(quantity) q "
                         "FROM stock_movements GROUP BY part_id, warehouse_id) m ON m.part_id = s.part_id "
                         "AND m.warehouse_id = s.warehouse_id WHERE coalesce(m.q, 0) <> s.quantity")),
            0);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM stock_movements m WHERE NOT EXISTS (SELECT 1 FROM "
                                    "stock_levels s WHERE s.part_id = m.part_id AND s.warehouse_id = m.warehouse_id)")),
            0);
        // One movement per sale line, keyed as the ingest keys them, taking the quantity out.
        QCOMPARE(count(*m_tenant,
                     QStringLiteral(
                         "SELECT count(*) FROM sale_lines l LEFT JOIN stock_movements m "
                         "ON m.id = l.sale_id || ':' || l.line_no WHERE m.id IS NULL OR m.quantity <> -l.quantity "
                         "OR m.kind <> 'sale' OR m.warehouse_id <> l.warehouse_id")),
            0);
        // Receipts keep every balance at or above zero all year.
        QVERIFY(count(*m_tenant, QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt'")) > 1000);
        QCOMPARE(count(*m_tenant,
                     QStringLiteral("SELECT count(*) FROM (SELECT sum(quantity) OVER (PARTITION BY part_id, "
                                    "warehouse_id ORDER BY at, kind DESC, id) balance FROM stock_movements) "
                                    "WHERE balance < 0")),
            0);
    }

    void commandLineRejectsBadArgumentsWithoutWriting_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("parts not a number")
            << QStringList { QStringLiteral("--parts"), QStringLiteral("lots") } << QStringLiteral("--parts");
        QTest::newRow("parts zero") << QStringList { QStringLiteral("--parts"), QStringLiteral("0") }
                                    << QStringLiteral("--parts");
        QTest::newRow("parts too many") << QStringList { QStringLiteral("--parts"), QStringLiteral("99999999") }
                                        << QStringLiteral("--parts");
        QTest::newRow("negative seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("-1") }
                                       << QStringLiteral("--seed");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour"), QStringLiteral("red") }
                                        << QStringLiteral("colour");
    }
    void commandLineRejectsBadArgumentsWithoutWriting()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        test::TempDir dir;
        const QString out = dir.file(QStringLiteral("dataset"));
        QProcess admin;
        admin.start(nexusAdmin(), QStringList { QStringLiteral("demo-data"), QStringLiteral("--out"), out } + args);
        QVERIFY2(admin.waitForFinished(30'000), qPrintable(nexusAdmin()));
        QCOMPARE(admin.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(admin.readAllStandardError()).contains(mentions), qPrintable(mentions));
        QVERIFY(!QFileInfo::exists(out));
    }

    void commandLineWritesReportsAndRefusesToOverwrite()
    {
        QVERIFY2(m_report.contains(QLatin1String("cajero1")) && m_report.contains(QLatin1String("nexus123")),
            qPrintable(m_report));
        QVERIFY(m_report.contains(QStringLiteral("%1 parts").arg(kParts)));
        QVERIFY2(m_reportErrors.isEmpty(), m_reportErrors.constData()); // not a terminal: no bar, no log noise
        const QString out = m_second.path();
        const QByteArray before = fileHash(QDir(out).filePath(QStringLiteral("tenant.db")));
        QCOMPARE(QDir(out).entryList(QDir::Files),
            QStringList({ QStringLiteral("catalog.db"), QStringLiteral("tenant.db") }));

        QProcess admin;
        admin.start(nexusAdmin(),
            { QStringLiteral("demo-data"), QStringLiteral("--out"), out, QStringLiteral("--parts"),
                QStringLiteral("300") });
        QVERIFY(admin.waitForFinished(30'000));
        QCOMPARE(admin.exitCode(), 2);
        QVERIFY(QString::fromUtf8(admin.readAllStandardError()).contains(QLatin1String("--force")));
        QCOMPARE(fileHash(QDir(out).filePath(QStringLiteral("tenant.db"))), before);

        admin.start(nexusAdmin(),
            { QStringLiteral("demo-data"), QStringLiteral("--out"), out, QStringLiteral("--parts"),
                QStringLiteral("300"), QStringLiteral("--force") });
        QVERIFY(admin.waitForFinished(600'000));
        QCOMPARE(admin.exitCode(), 0);
        QCOMPARE(QDir(out).entryList(QDir::Files),
            QStringList({ QStringLiteral("catalog.db"), QStringLiteral("tenant.db") })); // no leftovers
        auto catalog = Database::open(QDir(out).filePath(QStringLiteral("catalog.db")), Durability::Normal);
        QVERIFY(catalog.has_value());
        QCOMPARE(count(**catalog, QStringLiteral("SELECT count(*) FROM parts")), 300);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "testdemogenerator.moc"
