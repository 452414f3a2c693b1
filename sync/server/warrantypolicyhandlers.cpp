// Warranty policy handlers: core's rule, portable SQL (SQLite and PostgreSQL), the latest change winning by its time.
#include "server/warrantypolicyhandlers.h"

#include "protocol/jsonreader.h"
#include "store/database.h"
#include "warranty/warrantypayload.h"
#include "warranty/warrantypolicy.h"

#include <QDateTime>

namespace nexus {

namespace {

struct PolicyKey
{
    QString scope;
    qint64 brandId = 0;
    qint64 categoryId = 0;
    QString at;
};

Result<PolicyKey> readKey(wire::JsonReader &reader)
{
    PolicyKey key { reader.string(QLatin1String("scope")), reader.integer(QLatin1String("brand_id")),
        reader.integer(QLatin1String("category_id")), reader.string(QLatin1String("at")) };
    if (reader.error())
        return std::unexpected(*reader.error());
    if (key.scope != QLatin1String("part") && key.scope != QLatin1String("labor"))
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a warranty scope (part, labor)"), { key.scope },
            QStringLiteral("payload.scope"));
    if (!QDateTime::fromString(key.at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { key.at }, QStringLiteral("payload.at"));
    return key;
}

// The time the policy was last removed ('' never).
Result<QString> removedAt(Database &db, const PolicyKey &key)
{
    Result<QVariant> at = db.scalar(QStringLiteral("SELECT removed_at FROM warranty_policy_removals "
                                                   "WHERE scope = ? AND brand_id = ? AND category_id = ?"),
        { key.scope, key.brandId, key.categoryId });
    if (!at)
        return std::unexpected(at.error());
    return at->isValid() ? at->toString() : QString();
}

} // namespace

QString WarrantyPolicySavedHandler::type() const
{
    return QLatin1String(warrantymutation::kPolicySaved);
}

Result<QJsonObject> WarrantyPolicySavedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    Result<PolicyKey> key = readKey(reader);
    if (!key)
        return std::unexpected(key.error());
    WarrantyPolicy policy;
    policy.scope = key->scope == QLatin1String("labor") ? WarrantyScope::Labor : WarrantyScope::Part;
    policy.brandId = key->brandId;
    policy.categoryId = key->categoryId;
    policy.days = static_cast<int>(reader.integer(QLatin1String("days")));
    policy.label = reader.optionalString(QLatin1String("label"));
    const QString updatedBy = reader.optionalString(QLatin1String("updated_by"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (Status valid = validateWarrantyPolicy(policy); !valid)
        return fail(valid.error().code(), valid.error().sourceText(), valid.error().args(),
            QStringLiteral("payload.") + valid.error().field());

    Result<QString> removed = removedAt(context.db, *key);
    if (!removed)
        return std::unexpected(removed.error());
    QJsonObject result { { QStringLiteral("scope"), key->scope }, { QStringLiteral("brand_id"), key->brandId },
        { QStringLiteral("category_id"), key->categoryId } };
    if (!removed->isEmpty() && *removed > key->at) {
        result.insert(QStringLiteral("outcome"), QStringLiteral("superseded"));
        return result;
    }
    Result<QSqlQuery> saved = context.db.exec(
        QStringLiteral("INSERT INTO warranty_policies(scope, brand_id, category_id, days, label, updated_by, "
                       "updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(scope, brand_id, category_id) DO UPDATE SET days = excluded.days, "
                       "label = excluded.label, updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
                       "device_id = excluded.device_id WHERE warranty_policies.updated_at <= excluded.updated_at"),
        { key->scope, key->brandId, key->categoryId, policy.days,
            policy.label.isNull() ? QStringLiteral("") : policy.label.simplified(),
            updatedBy.isNull() ? QStringLiteral("") : updatedBy, key->at, context.device.deviceId });
    if (!saved)
        return std::unexpected(saved.error());
    Result<QVariant> stamp = context.db.scalar(QStringLiteral("SELECT updated_at FROM warranty_policies "
                                                              "WHERE scope = ? AND brand_id = ? AND category_id = ?"),
        { key->scope, key->brandId, key->categoryId });
    if (!stamp)
        return std::unexpected(stamp.error());
    result.insert(QStringLiteral("outcome"),
        stamp->toString() == key->at ? QStringLiteral("saved") : QStringLiteral("superseded"));
    return result;
}

QString WarrantyPolicyRemovedHandler::type() const
{
    return QLatin1String(warrantymutation::kPolicyRemoved);
}

Result<QJsonObject> WarrantyPolicyRemovedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    Result<PolicyKey> key = readKey(reader);
    if (!key)
        return std::unexpected(key.error());
    // A newer edit than this removal stays; an older one goes.
    Result<QVariant> present = context.db.scalar(
        QStringLiteral("SELECT count(*) FROM warranty_policies WHERE scope = ? AND brand_id = ? AND category_id = ? "
                       "AND updated_at <= ?"),
        { key->scope, key->brandId, key->categoryId, key->at });
    if (!present)
        return std::unexpected(present.error());
    Result<QSqlQuery> removed = context.db.exec(
        QStringLiteral("DELETE FROM warranty_policies WHERE scope = ? AND brand_id = ? AND category_id = ? "
                       "AND updated_at <= ?"),
        { key->scope, key->brandId, key->categoryId, key->at });
    if (!removed)
        return std::unexpected(removed.error());
    Result<QSqlQuery> remembered = context.db.exec(
        QStringLiteral("INSERT INTO warranty_policy_removals(scope, brand_id, category_id, removed_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(scope, brand_id, category_id) DO UPDATE SET "
                       "removed_at = excluded.removed_at "
                       "WHERE warranty_policy_removals.removed_at < excluded.removed_at"),
        { key->scope, key->brandId, key->categoryId, key->at });
    if (!remembered)
        return std::unexpected(remembered.error());
    return QJsonObject { { QStringLiteral("scope"), key->scope }, { QStringLiteral("brand_id"), key->brandId },
        { QStringLiteral("category_id"), key->categoryId },
        { QStringLiteral("outcome"), present->toLongLong() > 0 ? QStringLiteral("removed") : QStringLiteral("absent") } };
}

std::vector<std::unique_ptr<MutationHandler>> makeWarrantyPolicyHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<WarrantyPolicySavedHandler>());
    handlers.push_back(std::make_unique<WarrantyPolicyRemovedHandler>());
    return handlers;
}

} // namespace nexus
