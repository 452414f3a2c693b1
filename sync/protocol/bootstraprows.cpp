// JSON form of the bootstrap rows; names follow the SQL columns so the mapping is obvious.
#include "protocol/bootstraprows.h"

#include "protocol/jsonreader.h"

#include <QJsonValue>

namespace nexus::wire {

namespace {
QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

bool isKnownRole(const QString &role)
{
    static const QStringList roles { QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("cashier"),
        QStringLiteral("mechanic"), QStringLiteral("hq") };
    return roles.contains(role);
}

QJsonObject BranchRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("code"), code },
        { QStringLiteral("name"), name },
        { QStringLiteral("rfc"), rfc },
        { QStringLiteral("fiscal_name"), fiscalName },
        { QStringLiteral("fiscal_regime"), fiscalRegime },
        { QStringLiteral("postal_code"), postalCode },
        { QStringLiteral("border_region"), borderRegion },
        { QStringLiteral("address"), address },
        { QStringLiteral("phone"), phone },
    };
}

BranchRow BranchRow::read(JsonReader &reader)
{
    BranchRow row;
    row.id = reader.string(QLatin1String("id"));
    row.code = reader.string(QLatin1String("code"));
    row.name = reader.string(QLatin1String("name"));
    row.rfc = reader.optionalString(QLatin1String("rfc"));
    row.fiscalName = reader.optionalString(QLatin1String("fiscal_name"));
    row.fiscalRegime = reader.optionalString(QLatin1String("fiscal_regime"));
    row.postalCode = reader.optionalString(QLatin1String("postal_code"));
    row.borderRegion = reader.boolean(QLatin1String("border_region"));
    row.address = reader.optionalString(QLatin1String("address"));
    row.phone = reader.optionalString(QLatin1String("phone"));
    return row;
}

QJsonObject WarehouseRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("code"), code },
        { QStringLiteral("name"), name },
    };
}

WarehouseRow WarehouseRow::read(JsonReader &reader)
{
    WarehouseRow row;
    row.id = reader.string(QLatin1String("id"));
    row.branchId = reader.string(QLatin1String("branch_id"));
    row.code = reader.string(QLatin1String("code"));
    row.name = reader.string(QLatin1String("name"));
    return row;
}

QJsonObject UserRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("username"), username },
        { QStringLiteral("display_name"), displayName },
        { QStringLiteral("role"), role },
        { QStringLiteral("branch_id"), nullable(branchId) },
        { QStringLiteral("password_hash"), passwordHash },
        { QStringLiteral("pin_hash"), nullable(pinHash) },
        { QStringLiteral("active"), active },
        { QStringLiteral("updated_at"), updatedAt },
    };
}

UserRow UserRow::read(JsonReader &reader)
{
    UserRow row;
    row.id = reader.string(QLatin1String("id"));
    row.username = reader.string(QLatin1String("username"));
    row.displayName = reader.string(QLatin1String("display_name"));
    row.role = reader.string(QLatin1String("role"));
    if (reader.ok() && !isKnownRole(row.role)) {
        const QString path = reader.pathOf(QLatin1String("role"));
        reader.setError(Error(
            ErrorCode::InvalidInput, NX_ERR("The field %1 has an unknown role \"%2\""), { path, row.role }, path));
    }
    row.branchId = reader.nullableString(QLatin1String("branch_id"));
    row.passwordHash = reader.string(QLatin1String("password_hash"));
    row.pinHash = reader.nullableString(QLatin1String("pin_hash"));
    row.active = reader.boolean(QLatin1String("active"));
    row.updatedAt = reader.string(QLatin1String("updated_at"));
    return row;
}

} // namespace nexus::wire
