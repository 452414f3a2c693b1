// What HQ's admin API does to one tenant's data: exceptions queue, price changes, sales and stock reports, lists.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;
class SecretBox;
class TenantStore;

// Answers are the JSON the routes send back (nexus-admin prints them as tables). Every write is one transaction on
// the tenant's database; bad input is an InvalidInput naming the field, with nothing written. The SQL is plain
// (no SQLite-only functions) so it runs on the PostgreSQL tenant schemas too; the catalogue is always catalog.db.
class AdminService final
{
public:
    // catalogPath: DIR/tenants/<slug>/catalog.db (SKUs, brands, categories, the catalogue's price versions).
    Q_DISABLE_COPY_MOVE(AdminService)
    AdminService(TenantStore &tenant, QString catalogPath, const Clock &clock, const SecretBox &secrets);
    ~AdminService();

    [[nodiscard]] Result<QJsonArray> exceptions(bool openOnly);
    // Marks one open exception resolved; the note (and when) is kept in its details under "resolution".
    [[nodiscard]] Result<QJsonObject> resolveException(qint64 id, const QString &note);

    // price_list '' is the retail price; any other must be a price_lists.code of the catalogue.
    [[nodiscard]] Result<QJsonObject> setPrice(const QString &sku, const QString &priceList, qint64 priceCents);
    // Every active part of the brand (or category), by name: retail price × (1 + basisPoints / 10000), rounded to
    // the centavo, from HQ's current price (an earlier change, else the catalogue's). All or nothing.
    [[nodiscard]] Result<QJsonObject> bulkPrice(const QString &brand, const QString &category, qint64 basisPoints);

    // HQ's reports (server/hqreports.h): branchCode empty for every branch.
    [[nodiscard]] Result<QJsonObject> salesReport(const QString &branchCode, const QString &from, const QString &to);
    [[nodiscard]] Result<QJsonObject> marginsReport(const QString &branchCode, const QString &from, const QString &to);
    [[nodiscard]] Result<QJsonObject> exceptionsReport(
        const QString &branchCode, const QString &from, const QString &to);
    [[nodiscard]] Result<QJsonArray> stockReport(const QString &branchCode, const QString &sku);
    // The CFDIs stamped in from..to (HqReports::cfdis): nexus-admin cfdi list.
    [[nodiscard]] Result<QJsonObject> cfdiList(const QString &branchCode, const QString &from, const QString &to);
    [[nodiscard]] Result<QJsonArray> users();
    // A new user; the hashes come from nexus-admin (PasswordHasher), so the server never sees a password.
    // branchCode empty: branch-less (admin and hq only reach counters then). Reaches counters via "users".
    [[nodiscard]] Result<QJsonObject> addUser(const QString &username, const QString &displayName, const QString &role,
        const QString &branchCode, const QString &passwordHash, const QString &pinHash);
    // active false: the counters stop accepting the user's password and PIN after their next pull.
    [[nodiscard]] Result<QJsonObject> setUserActive(const QString &username, bool active);
    // Branches with their warehouses; a new branch reaches every counter through the "branches" bucket.
    [[nodiscard]] Result<QJsonArray> branches();
    // code: 2–10 capital letters or digits, unique in the tenant (a warehouse's: within its branch). timezoneId: an
    // IANA zone (empty: kDefaultTimezone); the sales report's days are the branch's local days.
    [[nodiscard]] Result<QJsonObject> addBranch(
        const QString &code, const QString &name, const QString &timezoneId = {});
    [[nodiscard]] Result<QJsonObject> setBranchTimezone(const QString &code, const QString &timezoneId);
    [[nodiscard]] Result<QJsonObject> addWarehouse(const QString &branchCode, const QString &code, const QString &name);
    // Meta's verify token and the app secret of the tenant's WhatsApp status webhook (both required; replaced whole).
    // {path}: where Meta must call, /v1/webhooks/whatsapp/<slug>.
    [[nodiscard]] Result<QJsonObject> setWhatsAppWebhook(
        const QString &verifyToken, const QString &appSecret, const QString &tenantSlug);

    static constexpr QLatin1String kDefaultTimezone { "America/Mexico_City" };

    // "+5", "-2.5", "10" → basis points (hundredths of a percent); field "percent".
    [[nodiscard]] static Result<qint64> parsePercent(const QString &text);

private:
    [[nodiscard]] Result<Database *> catalog();
    [[nodiscard]] Result<QString> branchIdFor(const QString &code);
    [[nodiscard]] Result<qint64> nextVersion(qint64 partId, qint64 catalogVersion, const QString &priceList);
    [[nodiscard]] Status writePrice(qint64 partId, const QString &priceList, qint64 cents, qint64 version);

    TenantStore &m_tenant;
    QString m_catalogPath;
    const Clock &m_clock;
    const SecretBox &m_secrets;
    std::unique_ptr<Database> m_catalog;
};

} // namespace nexus
