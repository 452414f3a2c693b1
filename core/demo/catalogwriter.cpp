// catalog.db in one transaction: reference tables first, then parts streamed with their codes, then fitment in key
// order, then the secondary indexes rebuilt from the migration's own SQL.
#include "demo/catalogwriter.h"

#include "common/logging.h"
#include "demo/brandtable.h"
#include "demo/bulkstatement.h"
#include "demo/categorytable.h"
#include "demo/partgenerator.h"
#include "demo/vehicletable.h"
#include "store/catalogstore.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace nexus::demo {

namespace {

struct IndexSql
{
    QString name;
    QString sql;
};

// The secondary indexes of the bulk-loaded tables exactly as the migrations created them.
Result<std::vector<IndexSql>> secondaryIndexes(Database &db)
{
    Result<QSqlQuery> query
        = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name IN ('parts', 'part_codes', 'fitment') ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    std::vector<IndexSql> indexes;
    while (query->next())
        indexes.push_back({ query->value(0).toString(), query->value(1).toString() });
    return indexes;
}

Status insertReferenceTables(sqlite3 *db, const DemoOptions &options, CatalogStats &stats)
{
    BulkStatement brand(db, "INSERT INTO brands (id, name, country) VALUES (?, ?, ?)");
    for (const Brand &b : BrandTable::instance().brands()) {
        if (!brand.bind(1, std::int64_t(b.id))
                 .bind(2, std::string_view(b.name))
                 .bind(3, std::string_view(b.country))
                 .run())
            return std::unexpected(brand.error());
        ++stats.brands;
    }
    BulkStatement category(db,
        "INSERT INTO categories (id, name, parent_id, sat_product_key, warranty_days) "
        "VALUES (?, ?, ?, ?, ?)");
    for (const ParentCategory &parent : CategoryTable::instance().parents()) {
        category.bind(1, std::int64_t(parent.id)).bind(2, std::string_view(parent.name)).bindNull(3);
        if (!category.bind(4, std::string_view(parent.satProductKey)).bind(5, std::int64_t(parent.warrantyDays)).run())
            return std::unexpected(category.error());
        ++stats.categories;
    }
    for (const PartCategory &leaf : CategoryTable::instance().leaves()) {
        category.bind(1, std::int64_t(leaf.id))
            .bind(2, std::string_view(leaf.name))
            .bind(3, std::int64_t(leaf.parentId));
        if (!category.bind(4, std::string_view(leaf.satProductKey)).bind(5, std::int64_t(leaf.warrantyDays)).run())
            return std::unexpected(category.error());
        ++stats.categories;
    }
    BulkStatement vehicle(db, "INSERT INTO vehicles (id, make, model, year, engine) VALUES (?, ?, ?, ?, ?)");
    const VehicleTable &vehicles = VehicleTable::instance();
    for (const VehicleRow &row : vehicles.vehicles()) {
        const VehicleGeneration &g = vehicles.generations()[static_cast<std::size_t>(row.generation)];
        vehicle.bind(1, std::int64_t(row.id)).bind(2, std::string_view(g.make)).bind(3, std::string_view(g.model));
        if (!vehicle.bind(4, std::int64_t(row.year))
                 .bind(5, std::string_view(g.engines[static_cast<std::size_t>(row.engine)]))
                 .run())
            return std::unexpected(vehicle.error());
        ++stats.vehicles;
    }
    // Price lists: off the retail price, in parts per million.
    if (Status status = execSql(db,
            "INSERT INTO price_lists (id, code, name, currency, discount_ppm) VALUES "
            "(1, 'publico', 'Público en general', 'MXN', 0), "
            "(2, 'mayoreo', 'Mayoreo', 'MXN', 120000), "
            "(3, 'taller', 'Talleres', 'MXN', 80000);");
        !status)
        return status;
    BulkStatement meta(db, "INSERT INTO catalog_meta (key, value) VALUES (?, ?)");
    const std::string seed = std::to_string(options.seed);
    const std::string parts = std::to_string(options.parts);
    const std::pair<std::string_view, std::string_view> rows[] = {
        { "generation", "1" },
        { "generator", "nexus-admin demo-data" },
        { "seed", seed },
        { "part_count", parts },
        { "as_of", "2026-11-24" },
        { "currency", "MXN" },
        { "generated_at", kGeneratedAt },
    };
    for (const auto &[key, value] : rows)
        if (!meta.bind(1, key).bind(2, value).run())
            return std::unexpected(meta.error());
    return {};
}

} // namespace

Result<CatalogStats> CatalogWriter::write(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<CatalogStore>> store = CatalogStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    Database &database = (*store)->db();
    sqlite3 *db = database.handle();
    CatalogStats stats;
    if (Status status = enterBulkMode(db); !status)
        return std::unexpected(status.error());
    Result<std::vector<IndexSql>> indexes = secondaryIndexes(database);
    if (!indexes)
        return std::unexpected(indexes.error());
    if (Status status = execSql(db, "BEGIN"); !status)
        return std::unexpected(status.error());
    if (m_options.rebuildIndexes)
        for (const IndexSql &index : *indexes)
            if (Status status = execSql(db, QString(QStringLiteral("DROP INDEX ") + index.name).toStdString()); !status)
                return std::unexpected(status.error());
    if (Status status = insertReferenceTables(db, m_options, stats); !status)
        return std::unexpected(status.error());

    BulkStatement part(db,
        "INSERT INTO parts (id, sku, barcode, name, brand_id, category_id, sat_product_key, "
        "sat_unit_key, unit_name, tax_code, cost_cents, list_price_cents, retail_price_cents, "
        "price_version, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'iva16', ?, ?, ?, 1, ?)");
    BulkStatement code(db, "INSERT INTO part_codes (part_id, kind, code, code_norm, maker) VALUES (?, ?, ?, ?, ?)");
    const PartGenerator generator(m_options.seed, m_options.parts);
    const std::int64_t count = m_options.parts;
    // Fitment is keyed (vehicle_id, part_id): collect it, sort once, append in key order.
    std::vector<std::uint64_t> fitment;
    fitment.reserve(static_cast<std::size_t>(count) * 6);
    std::vector<const char *> positions(static_cast<std::size_t>(count), "");
    DemoPart p;
    for (std::int64_t index = 0; index < count; ++index) {
        generator.generate(index, p);
        part.bind(1, p.id).bind(2, std::string_view(p.sku)).bind(3, std::string_view(p.barcode));
        part.bind(4, std::string_view(p.name)).bind(5, std::int64_t(p.brandId)).bind(6, std::int64_t(p.category->id));
        part.bind(7, std::string_view(p.category->satProductKey)).bind(8, std::string_view(p.category->satUnitKey));
        part.bind(9, std::string_view(p.category->unitName)).bind(10, p.costCents).bind(11, p.listPriceCents);
        if (!part.bind(12, p.retailPriceCents).bind(13, std::int64_t(p.active ? 1 : 0)).run())
            return std::unexpected(part.error());
        for (const PartCode &c : p.codes) {
            code.bind(1, p.id).bind(2, std::string_view(c.oem ? "oem" : "cross")).bind(3, std::string_view(c.code));
            if (!code.bind(4, std::string_view(c.norm)).bind(5, std::string_view(c.maker)).run())
                return std::unexpected(code.error());
            ++stats.partCodes;
        }
        for (const int vehicleId : p.vehicleIds)
            fitment.push_back((std::uint64_t(vehicleId) << 32) | std::uint64_t(p.id));
        positions[static_cast<std::size_t>(index)] = p.fitmentPosition;
        if ((index & 0xFFF) == 0)
            m_progress.store(static_cast<int>(index * 800 / count), std::memory_order_relaxed);
    }
    stats.parts = count;
    qCInfo(lcDemo) << "catalog: parts and codes in" << timer.elapsed() << "ms";

    std::sort(fitment.begin(), fitment.end());
    BulkStatement fit(db, "INSERT INTO fitment (part_id, vehicle_id, position) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < fitment.size(); ++i) {
        const std::int64_t partId = std::int64_t(fitment[i] & 0xFFFFFFFFu);
        fit.bind(1, partId).bind(2, std::int64_t(fitment[i] >> 32));
        if (!fit.bind(3, std::string_view(positions[static_cast<std::size_t>(partId - 1)])).run())
            return std::unexpected(fit.error());
        if ((i & 0xFFFF) == 0)
            m_progress.store(800 + static_cast<int>(i * 100 / fitment.size()), std::memory_order_relaxed);
    }
    stats.fitments = static_cast<std::int64_t>(fitment.size());
    std::vector<std::uint64_t>().swap(fitment);
    qCInfo(lcDemo) << "catalog: fitment in" << timer.elapsed() << "ms";

    // Negotiated wholesale prices for the best sellers: the part's retail price minus 15 %, whole pesos.
    BulkStatement item(db, "INSERT INTO price_list_items (price_list_id, part_id, price_cents) VALUES (2, ?, ?)");
    const std::int64_t specials = std::min<std::int64_t>(500, count);
    std::vector<std::pair<std::int64_t, std::int64_t>> items;
    for (std::int64_t rank = 0; rank < specials; ++rank) {
        generator.generatePricing(generator.indexAtRank(rank), p);
        items.emplace_back(p.id, p.retailPriceCents * 85 / 100 / 100 * 100);
    }
    std::sort(items.begin(), items.end());
    for (const auto &[partId, price] : items) {
        if (!item.bind(1, partId).bind(2, price).run())
            return std::unexpected(item.error());
        ++stats.priceListItems;
    }

    if (m_options.rebuildIndexes)
        for (const IndexSql &index : *indexes)
            if (Status status = execSql(db, index.sql.toStdString()); !status)
                return std::unexpected(status.error());
    m_progress.store(990, std::memory_order_relaxed);
    if (Status status = execSql(db, "COMMIT"); !status)
        return std::unexpected(status.error());
    if (Status status = leaveBulkMode(db); !status)
        return std::unexpected(status.error());
    qCInfo(lcDemo) << "catalog: committed in" << timer.elapsed() << "ms";
    m_progress.store(1000, std::memory_order_relaxed);
    return stats;
}

} // namespace nexus::demo
