// What the HQ admin tests share: tenants made by the real nexus-admin (fixture branches and users written into them,
// a three-part catalogue), admin keys kept in files, and the sale a counter of the tenant pushes.
#pragma once

#include "serverbackend.h"
#include "serverprocess.h"
#include "tenantfixture.h"

#include "store/schemadatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace nexus::test {

// `bytes` into `path`; the path, or empty when it cannot be written.
inline QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// Brands Bosch (parts 7, 8) and ATE (part 9), one category, list "mayoreo".
inline bool writeAdminCatalog(const QString &path)
{
    static int instances = 0;
    auto db = openWithSchema(
        path, Durability::Normal, QStringLiteral("catalog"), QStringLiteral("fixture-catalog-%1").arg(++instances));
    if (!db)
        return false;
    const QStringList statements {
        QStringLiteral("INSERT INTO brands(id, name) VALUES (1, 'Bosch'), (2, 'ATE')"),
        QStringLiteral("INSERT INTO categories(id, name, sat_product_key) VALUES (1, 'Balatas', '25174003')"),
        QStringLiteral("INSERT INTO price_lists(id, code, name) VALUES (1, 'mayoreo', 'Mayoreo')"),
    };
    for (const QString &sql : statements)
        if (!(*db)->exec(sql))
            return false;
    const QList<std::tuple<int, QString, int, int, int>> parts { { 7, QStringLiteral("BAL-1"), 1, 11600, 1 },
        { 8, QStringLiteral("BAL-2"), 1, 25900, 3 }, { 9, QStringLiteral("DIS-1"), 2, 50000, 1 } };
    for (const auto &[id, sku, brand, retail, version] : parts)
        if (!(*db)->exec(QStringLiteral("INSERT INTO parts(id, sku, name, brand_id, category_id, sat_product_key, "
                                        "sat_unit_key, unit_name, cost_cents, list_price_cents, "
                                        "retail_price_cents, price_version) "
                                        "VALUES (?, ?, ?, ?, 1, '25174003', 'H87', 'Pieza', 100, ?, ?, ?)"),
                { id, sku, sku, brand, retail, retail, version }))
            return false;
    return true;
}

// `nexus-admin tenant create` on the backend's storage, then the fixture's rows and the three-part catalogue.
// Empty when all went well, else what failed.
inline QString createAdminTenant(ServerBackend &backend, const QString &slug, const TenantFixture &fixture)
{
    const AdminRun created = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") }
        + backend.adminArgs() + QStringList { QStringLiteral("--slug"), slug, QStringLiteral("--name"), slug });
    if (created.exitCode != 0)
        return created.err;
    {
        auto db = backend.openTenant(slug, QStringLiteral("fixture-") + slug);
        if (!db)
            return db.error().message();
        if (!fixture.writeInto(**db))
            return QStringLiteral("fixture rows not written");
    }
    const QString catalog = backend.dataDir() + QStringLiteral("/tenants/") + slug + QStringLiteral("/catalog.db");
    QFile::remove(catalog);
    return writeAdminCatalog(catalog) ? QString() : QStringLiteral("catalogue not written");
}

// `nexus-admin admin-key create --tenant slug` on the backend's storage, the key also written to `file`. The key, or
// empty (with the reason in `*why`).
inline QString createAdminKeyFile(const ServerBackend &backend, const QString &slug, const QString &file, QString *why)
{
    const AdminRun key = runAdmin(QStringList { QStringLiteral("admin-key"), QStringLiteral("create") }
        + backend.adminArgs() + QStringList { QStringLiteral("--tenant"), slug });
    *why = key.err;
    if (key.exitCode != 0 || writeTestFile(file, key.out.toUtf8()).isEmpty())
        return QString();
    return key.out.trimmed();
}

// A sale of 2 × part 7 (total 232.00, tax 32.00) on `soldAt` from warehouse A of the branch.
inline QJsonObject adminTestSale(const QString &id, const QString &branchId, const QString &soldAt)
{
    const QJsonArray lines { QJsonObject { { QStringLiteral("part_id"), 7 },
        { QStringLiteral("sku"), QStringLiteral("BAL-1") },
        { QStringLiteral("warehouse_id"), QString(branchId + QStringLiteral("-wh-A")) },
        { QStringLiteral("quantity"), 2000 }, { QStringLiteral("unit_price_cents"), 11600 },
        { QStringLiteral("discount_cents"), 0 }, { QStringLiteral("base_cents"), 20000 },
        { QStringLiteral("tax_cents"), 3200 }, { QStringLiteral("cost_cents"), 7000 },
        { QStringLiteral("retail_price_cents"), 11600 }, { QStringLiteral("price_version"), 1 } } };
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("folio"), id.right(6) },
        { QStringLiteral("branch_id"), branchId }, { QStringLiteral("cashier_id"), QStringLiteral("u") },
        { QStringLiteral("price_list"), QStringLiteral("publico") }, { QStringLiteral("sold_at"), soldAt },
        { QStringLiteral("subtotal_cents"), 20000 }, { QStringLiteral("tax_cents"), 3200 },
        { QStringLiteral("total_cents"), 23200 }, { QStringLiteral("lines"), lines },
        { QStringLiteral("payments"),
            QJsonArray { QJsonObject {
                { QStringLiteral("method"), QStringLiteral("cash") }, { QStringLiteral("amount_cents"), 23200 } } } } };
}

// A cash return of one of that sale's two pieces (116.00, tax 16.00) on `returnedAt`, back to warehouse A.
inline QJsonObject adminTestReturn(
    const QString &id, const QString &saleId, const QString &branchId, const QString &returnedAt)
{
    const QJsonArray lines { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("sale_line_no"), 1 },
        { QStringLiteral("part_id"), 7 }, { QStringLiteral("sku"), QStringLiteral("BAL-1") },
        { QStringLiteral("quantity"), 1000 }, { QStringLiteral("base_cents"), 10000 },
        { QStringLiteral("tax_cents"), 1600 }, { QStringLiteral("total_cents"), 11600 },
        { QStringLiteral("destination"), QStringLiteral("stock") },
        { QStringLiteral("sale_warehouse_id"), QString(branchId + QStringLiteral("-wh-A")) },
        { QStringLiteral("warehouse_id"), QString(branchId + QStringLiteral("-wh-A")) } } };
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("folio"), id.right(6) },
        { QStringLiteral("sale_id"), saleId }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("cashier_id"), QStringLiteral("u") }, { QStringLiteral("approved_by"), QStringLiteral("g") },
        { QStringLiteral("reason"), QStringLiteral("no era la pieza") },
        { QStringLiteral("refund_method"), QStringLiteral("cash") }, { QStringLiteral("subtotal_cents"), 10000 },
        { QStringLiteral("tax_cents"), 1600 }, { QStringLiteral("total_cents"), 11600 },
        { QStringLiteral("returned_at"), returnedAt }, { QStringLiteral("lines"), lines } };
}

} // namespace nexus::test
