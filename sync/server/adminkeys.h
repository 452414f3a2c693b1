// API keys in the master database: a tenant's HQ admin keys (admin_keys) and the server operator's keys
// (operator_keys). Issued once by nexus-admin, checked on every admin route; only their hashes are stored.
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;
class MasterStore;

struct AdminKeyRow
{
    QString id; // the first 12 hex digits of the key's hash: names a key without revealing it
    QString name;
    QString createdAt;
    QString revokedAt; // empty: in use
};

struct AdminKeyHolder
{
    QString tenantId; // empty for an operator key
    QString name;
};

// Why a random key and only its hash: the key never needs to be shown again, a stolen master.db gives no usable
// key. An admin key (nxa_…) is bound to one tenant, so the admin routes it reaches work on that tenant's data only.
// An operator key (nxo_…) belongs to whoever runs the server: it creates tenants and issues their admin keys, and
// names the tenant it works on with each request. It is created only on the server host (nexus-admin operator-key
// create --data DIR), never over the API, so holding the data folder is what makes an operator.
class AdminKeys final
{
public:
    static constexpr QLatin1String kPrefix { "nxa_" };
    static constexpr QLatin1String kOperatorPrefix { "nxo_" };

    // master: the master store's connection (SqliteMasterStore backs both the SQLite and the PostgreSQL storage).
    explicit AdminKeys(Database &master) : m_master(master) { }
    // The connection behind `master`, or an Internal error for a store without one.
    [[nodiscard]] static Result<Database *> connectionOf(MasterStore &master);

    // A new key for `tenantId`; the returned text is the only copy (the database keeps its SHA-256).
    [[nodiscard]] Result<QString> create(const QString &tenantId, const QString &name, const Clock &clock);
    // The holder of an unrevoked key of an active tenant; nullopt for any other text.
    [[nodiscard]] Result<std::optional<AdminKeyHolder>> verify(const QString &key);
    [[nodiscard]] Result<QList<AdminKeyRow>> list(const QString &tenantId);
    // Revokes the tenant's unrevoked key whose id (hash prefix, at least 8 hex digits) is `id`; exactly one must match.
    [[nodiscard]] Status revoke(const QString &tenantId, const QString &id, const Clock &clock);

    // The same for the server operator's keys (no tenant).
    [[nodiscard]] Result<QString> createOperator(const QString &name, const Clock &clock);
    [[nodiscard]] Result<std::optional<AdminKeyHolder>> verifyOperator(const QString &key);
    [[nodiscard]] Result<QList<AdminKeyRow>> listOperators();
    [[nodiscard]] Status revokeOperator(const QString &id, const Clock &clock);

    [[nodiscard]] static QString hashOf(const QString &key);

private:
    Database &m_master;
};

} // namespace nexus
