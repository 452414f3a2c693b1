// JSON (de)serialisation of the enrollment and health messages.
#include "protocol/enrollmessages.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace nexus::wire {

QJsonObject EnrollRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("device_name"), deviceName } };
}

Result<EnrollRequest> EnrollRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    EnrollRequest request;
    request.code = reader.string(QLatin1String("code"));
    request.deviceName = reader.string(QLatin1String("device_name")).trimmed();
    if (reader.ok() && request.deviceName.size() > kMaxDeviceNameLength)
        reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 is longer than %2 characters"),
            { QStringLiteral("device_name"), QString::number(kMaxDeviceNameLength) }, QStringLiteral("device_name")));
    if (reader.error())
        return std::unexpected(*reader.error());
    return request;
}

QJsonObject EnrollResponse::toJson() const
{
    QJsonArray warehouseArray;
    for (const WarehouseRow &warehouse : warehouses)
        warehouseArray.append(warehouse.toJson());
    QJsonArray userArray;
    for (const UserRow &user : users)
        userArray.append(user.toJson());
    return QJsonObject {
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("device_secret"), deviceSecret },
        { QStringLiteral("tenant"),
            QJsonObject { { QStringLiteral("id"), tenant.id }, { QStringLiteral("slug"), tenant.slug },
                { QStringLiteral("name"), tenant.name } } },
        { QStringLiteral("branch"), branch.toJson() },
        { QStringLiteral("warehouses"), warehouseArray },
        { QStringLiteral("users"), userArray },
    };
}

Result<EnrollResponse> EnrollResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    EnrollResponse response;
    response.deviceId = reader.string(QLatin1String("device_id"));
    response.deviceSecret = reader.string(QLatin1String("device_secret"));

    JsonReader tenantReader(reader.object(QLatin1String("tenant")), reader.pathOf(QLatin1String("tenant")));
    if (reader.ok()) {
        response.tenant.id = tenantReader.string(QLatin1String("id"));
        response.tenant.slug = tenantReader.string(QLatin1String("slug"));
        response.tenant.name = tenantReader.string(QLatin1String("name"));
        if (tenantReader.error())
            reader.setError(*tenantReader.error());
    }

    const QJsonObject branchJson = reader.object(QLatin1String("branch"));
    if (reader.ok()) {
        JsonReader branchReader(branchJson, reader.pathOf(QLatin1String("branch")));
        response.branch = BranchRow::read(branchReader);
        if (branchReader.error())
            reader.setError(*branchReader.error());
    }

    const QJsonArray warehouses = reader.array(QLatin1String("warehouses"));
    for (qsizetype i = 0; reader.ok() && i < warehouses.size(); ++i) {
        const QString path = reader.pathOf(QLatin1String("warehouses"), i);
        if (!warehouses.at(i).isObject()) {
            reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"),
                { path, QStringLiteral("an object") }, path));
            break;
        }
        JsonReader rowReader(warehouses.at(i).toObject(), path);
        WarehouseRow row = WarehouseRow::read(rowReader);
        if (rowReader.error())
            reader.setError(*rowReader.error());
        else if (row.branchId != response.branch.id)
            reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 names another branch"),
                { path + QStringLiteral(".branch_id") }, path + QStringLiteral(".branch_id")));
        response.warehouses.append(std::move(row));
    }

    const QJsonArray users = reader.array(QLatin1String("users"));
    for (qsizetype i = 0; reader.ok() && i < users.size(); ++i) {
        const QString path = reader.pathOf(QLatin1String("users"), i);
        if (!users.at(i).isObject()) {
            reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"),
                { path, QStringLiteral("an object") }, path));
            break;
        }
        JsonReader rowReader(users.at(i).toObject(), path);
        UserRow row = UserRow::read(rowReader);
        if (rowReader.error())
            reader.setError(*rowReader.error());
        else if (row.branchId && *row.branchId != response.branch.id)
            reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 names another branch"),
                { path + QStringLiteral(".branch_id") }, path + QStringLiteral(".branch_id")));
        response.users.append(std::move(row));
    }

    if (reader.error())
        return std::unexpected(*reader.error());
    return response;
}

QJsonObject HealthResponse::toJson() const
{
    return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("version"), version },
        { QStringLiteral("time"), time } };
}

Result<HealthResponse> HealthResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    HealthResponse health;
    health.status = reader.string(QLatin1String("status"));
    health.version = reader.string(QLatin1String("version"));
    health.time = reader.string(QLatin1String("time"));
    if (reader.error())
        return std::unexpected(*reader.error());
    return health;
}

} // namespace nexus::wire
