// One kind of device fact (sale.completed, cash_session.opened…) applied to the tenant database by the ingest.
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

#include "common/error.h"
#include "server/devicecontext.h"

namespace nexus {

class Database;
class PreparedStatements;

struct MutationContext
{
    Database &db; // inside the ingest's transaction and this mutation's savepoint
    const DeviceContext &device;
    QString nowUtc;
    QString mutationId;
    // The catalogue's current price_version of a part, when the server knows it (old-price exceptions).
    std::function<std::optional<qint64>(qint64 partId)> currentPriceVersion;
    // The branch a warehouse belongs to (empty: no such warehouse), read once per batch.
    std::function<Result<QString>(const QString &warehouseId)> warehouseBranch;
    // Statements on db kept prepared by the ingest: what the SQL every sale runs goes through (db.exec prepares
    // anew on every call).
    PreparedStatements &statements;
};

class MutationHandler
{
public:
    virtual ~MutationHandler() = default;
    [[nodiscard]] virtual QString type() const = 0;
    [[nodiscard]] virtual bool supportsSchema(int schemaVersion) const = 0;
    // Applies the fact and returns the result stored for replays. InvalidInput: malformed or not this device's to
    // post (the ingest quarantines it); any other error aborts the whole batch (storage trouble, retried later).
    // Never refuses a well-formed fact for business reasons: it opens an exception (openException) instead.
    [[nodiscard]] virtual Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) = 0;
};

// Adds a row to the tenant's exceptions queue (same transaction as the fact).
[[nodiscard]] Status openException(
    Database &db, const QString &kind, const QString &ref, const QJsonObject &details, const QString &nowUtc);

} // namespace nexus
