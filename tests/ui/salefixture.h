// Sale screen fixtures on a DeviceFixture folder: the branch's warehouses, a real generated catalog.db with its
// search index, stock received through the ledger and an open till; each call opens and closes its files.
#pragma once

#include "uifixture.h"

#include "catalog/catalogsearchindex.h"
#include "customers/customerservice.h"
#include "demo/catalogwriter.h"
#include "inventory/stockledger.h"
#include "sales/cashsessionservice.h"
#include "store/catalogstore.h"

#include "common/clock.h"

#include <QFile>

#include <optional>

namespace nexus::test {

class SaleFixture final
{
public:
    static inline const QString kCounter = QStringLiteral("wh-centro-mostrador");
    static inline const QString kBack = QStringLiteral("wh-centro-bodega");

    [[nodiscard]] static bool addWarehouses(const QString &dir)
    {
        std::unique_ptr<LocalStore> store = open(dir);
        return store
            && ok(store->db().execScript(
                QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES ('%1', '%3', 'MOS', "
                               "'Mostrador'); INSERT INTO warehouses(id, branch_id, code, name) VALUES ('%2', '%3', "
                               "'BOD', 'Bodega');")
                    .arg(kCounter, kBack, DeviceFixture::kBranchId)));
    }

    // A generated catalogue of `parts` parts in dir/catalog.db, indexed for search.
    [[nodiscard]] static bool writeCatalogue(const QString &dir, qint64 parts)
    {
        demo::DemoOptions options;
        options.outDir = dir;
        options.parts = parts;
        demo::ProgressCounter progress { 0 };
        const QString path = QDir(dir).filePath(QStringLiteral("catalog.db"));
        return ok(demo::CatalogWriter(options, progress).write(path)) && index(path);
    }

    // Copies a catalog.db made by `nexus-admin demo-data` into the device folder and indexes it.
    [[nodiscard]] static bool copyCatalogue(const QString &from, const QString &dir)
    {
        const QString path = QDir(dir).filePath(QStringLiteral("catalog.db"));
        return QFile::copy(from, path) && index(path);
    }

    [[nodiscard]] static bool receiveStock(const QString &dir, const std::vector<StockMovement> &movements)
    {
        std::unique_ptr<LocalStore> store = open(dir);
        if (!store)
            return false;
        Transaction transaction(store->db());
        return ok(transaction.begin()) && ok(StockLedger(store->db()).post(movements)) && ok(transaction.commit());
    }

    [[nodiscard]] static StockMovement receipt(qint64 partId, const QString &warehouseId, qint64 units)
    {
        return StockMovement { QStringLiteral("rcv-%1-%2").arg(partId).arg(warehouseId), partId, warehouseId,
            QStringLiteral("receipt"), Quantity::units(units), QStringLiteral("purchase_order"), QStringLiteral("po-1"),
            QStringLiteral("user-jorge"), QStringLiteral("2026-11-20T15:00:00.000Z") };
    }

    [[nodiscard]] static bool openTill(const QString &dir, const QString &userId, Money openingFloat)
    {
        std::unique_ptr<LocalStore> store = open(dir);
        return store
            && ok(CashSessionService(store->db(), Clock::system(), DeviceFixture::kDeviceId, DeviceFixture::kBranchId)
                      .open(userId, openingFloat));
    }

    struct CatalogPart
    {
        qint64 id = 0;
        QString sku;
    };

    // The active part at `offset` (in id order) of a generated catalog.db; nullopt when there is none.
    [[nodiscard]] static std::optional<CatalogPart> partAt(const QString &catalogPath, int offset)
    {
        Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(catalogPath, QStringLiteral("fixture-part"));
        if (!ok(catalog))
            return std::nullopt;
        Result<QSqlQuery> rows = (*catalog)->db().exec(
            QStringLiteral("SELECT id, sku FROM parts WHERE active = 1 ORDER BY id LIMIT 1 OFFSET ?"), { offset });
        if (!ok(rows) || !rows->next())
            return std::nullopt;
        return CatalogPart { rows->value(0).toLongLong(), rows->value(1).toString() };
    }

    // A counter ready to sell in `dir`: enrolled, its two warehouses, María López (cashier, password "caja"), the
    // catalogue copied from `catalogTemplate` (an indexed catalog.db) and her till open with $500.
    [[nodiscard]] static bool cashierCounter(const QString &dir, const QString &catalogTemplate)
    {
        return DeviceFixture::enroll(dir) && addWarehouses(dir)
            && DeviceFixture::addUser(dir,
                { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                    QStringLiteral("4821") })
            && QFile::copy(catalogTemplate, QDir(dir).filePath(QStringLiteral("catalog.db")))
            && openTill(dir, QStringLiteral("user-maria"), Money(50000));
    }

    // Chalán's counter: enrolled with its warehouses, a 2000-part catalogue, `user` (with their till open with $500)
    // and 6 pieces in the back of the first spark plug ("Bujías"), the part the assistant tests ask for.
    [[nodiscard]] static std::optional<CatalogPart> assistantCounter(const QString &dir, const FixtureUser &user)
    {
        if (!DeviceFixture::enroll(dir) || !addWarehouses(dir) || !writeCatalogue(dir, 2000)
            || !DeviceFixture::addUser(dir, user))
            return std::nullopt;
        std::optional<CatalogPart> part;
        {
            Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(
                QDir(dir).filePath(QStringLiteral("catalog.db")), QStringLiteral("fixture-spark-plug"));
            if (!ok(catalog))
                return std::nullopt;
            Result<QSqlQuery> row = (*catalog)->db().exec(QStringLiteral(
                "SELECT p.id, p.sku FROM parts p JOIN categories c ON c.id = p.category_id WHERE c.name = 'Bujías' "
                "AND p.active = 1 ORDER BY p.id LIMIT 1"));
            if (!ok(row) || !row->next())
                return std::nullopt;
            part = CatalogPart { row->value(0).toLongLong(), row->value(1).toString() };
        }
        if (!receiveStock(dir, { receipt(part->id, kBack, 6) })
            || !openTill(dir, QStringLiteral("user-") + user.username, Money(50000)))
            return std::nullopt;
        return part;
    }

    // `fields` as a customer of this branch, created by Jorge (manager) on this device, as the customers screen does.
    [[nodiscard]] static Result<Customer> addCustomer(Database &db, const CustomerFields &fields)
    {
        return CustomerService(db, Clock::system())
            .create(fields,
                { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("user-jorge"), Role::Manager, {},
                    {} });
    }

    // What a pull would have left (remote_branches, remote_stock_levels…), written as SQL.
    [[nodiscard]] static bool execScript(const QString &dir, const QString &script)
    {
        std::unique_ptr<LocalStore> store = open(dir);
        return store && ok(store->db().execScript(script));
    }

private:
    [[nodiscard]] static bool index(const QString &path)
    {
        Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path, QStringLiteral("fixture-catalog"));
        return ok(catalog) && ok(CatalogSearchIndex::rebuild((*catalog)->db()));
    }

    template <typename T> static bool ok(const Result<T> &result)
    {
        if (!result)
            qWarning("sale fixture: %s", qPrintable(result.error().logMessage()));
        return result.has_value();
    }

    static std::unique_ptr<LocalStore> open(const QString &dir)
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), QStringLiteral("sale-fixture"));
        if (!store) {
            qWarning("sale fixture store: %s", qPrintable(store.error().logMessage()));
            return nullptr;
        }
        return std::move(*store);
    }
};

} // namespace nexus::test
