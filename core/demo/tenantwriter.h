// Writes tenant.db's people and places: branches with warehouses, users for every role, customers with their
// vehicles, and stock levels of the best-selling parts. The sales history is SalesWriter's.
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <future>
#include <vector>

#include "common/error.h"
#include "demo/demooptions.h"

struct sqlite3;

namespace nexus::demo {

class PartGenerator;

// The password and PIN every demo user gets; printed by `nexus-admin demo-data`, never used outside demo data.
inline constexpr const char *kDemoPassword = "nexus123";
inline constexpr const char *kDemoPin = "1234";

struct DemoCredential
{
    QString username;
    QString displayName;
    QString role; // admin, manager, cashier, mechanic, hq
    QString branchCode; // empty: every branch
};

struct DemoCustomer
{
    QString id;
    QString priceList; // publico, mayoreo, taller
    bool onCredit = false; // may buy on account (credit_days > 0)
    std::uint32_t weight = 1; // how often they come to the counter
};

struct DemoBranch
{
    QString id;
    QString code;
    QString name;
    bool borderRegion = false;
    int utcOffsetMinutes = -360; // standard time
    bool usDaylightSaving = false; // Tijuana follows the US rules; Jalisco has no DST since 2022
    int baseDailySales = 100;
    QString counterWarehouseId; // "Mostrador"
    QString storeWarehouseId; // "Bodega"
    std::vector<QString> deviceIds;
    std::vector<QString> cashierIds; // [0] morning shift, [1] afternoon shift
    QString managerId;
    std::int64_t stockedParts = 0; // best-selling ranks stocked in the Bodega
    std::int64_t counterParts = 0; // of those, the ones also kept at the Mostrador
    std::vector<DemoCustomer> customers; // customers whose home branch this is
};

// A stock balance as written to stock_levels; the ledger (StockLedger) explains it with movements.
struct DemoStockRow
{
    std::int64_t partId;
    int branch; // index into TenantWriter::branches()
    bool counter; // the Mostrador (else the Bodega)
    std::int64_t quantity; // thousandths
};

struct TenantStats
{
    std::int64_t branches = 0;
    std::int64_t warehouses = 0;
    std::int64_t users = 0;
    std::int64_t customers = 0;
    std::int64_t customerVehicles = 0;
    std::int64_t stockLevels = 0;
    std::int64_t stockMovements = 0;
    std::int64_t cashSessions = 0;
};

class TenantWriter final
{
public:
    TenantWriter(const DemoOptions &options, const PartGenerator &parts) : m_options(options), m_parts(parts) { }

    // Inside the caller's transaction on `db` (a tenant.db with the server/tenant schema). Staff ids are known
    // when it returns (the sales need them); their password hashes are still being computed in the background.
    [[nodiscard]] Status write(sqlite3 *db, TenantStats &stats);
    // Inserts the users once their PBKDF2 hashes are ready (~0.1 s each at the production iteration count, so
    // they are computed while the customers, stock and sales are written).
    [[nodiscard]] Status finish(sqlite3 *db, TenantStats &stats);

    [[nodiscard]] const std::vector<DemoBranch> &branches() const { return m_branches; }
    [[nodiscard]] const QList<DemoCredential> &credentials() const { return m_credentials; }
    [[nodiscard]] const std::vector<DemoStockRow> &stock() const { return m_stock; }

private:
    [[nodiscard]] Status writeBranches(sqlite3 *db, TenantStats &stats);
    void planUsers();
    [[nodiscard]] Status writeCustomers(sqlite3 *db, TenantStats &stats);
    [[nodiscard]] Status writeStock(sqlite3 *db, TenantStats &stats);

    const DemoOptions &m_options;
    const PartGenerator &m_parts;
    struct StaffMember
    {
        QString id;
        QString username;
        QString displayName;
        QString role;
        int branch; // -1: all branches
    };

    std::vector<DemoBranch> m_branches;
    QList<DemoCredential> m_credentials;
    std::vector<StaffMember> m_staff;
    std::vector<DemoStockRow> m_stock;
    std::vector<std::future<std::vector<QString>>> m_hashes; // per batch: password and PIN hash per member
};

} // namespace nexus::demo
