// CRM facts as JSON: plain strings and integers, the same keys as the columns.
#include "customers/crmpayload.h"

#include <QJsonArray>

namespace nexus {

QJsonObject vehiclePayload(const CustomerVehicle &vehicle, const QString &branchId, const QString &userId)
{
    const CustomerVehicleFields &f = vehicle.fields;
    return QJsonObject { { QStringLiteral("id"), vehicle.id }, { QStringLiteral("customer_id"), vehicle.customerId },
        { QStringLiteral("vin"), f.vin }, { QStringLiteral("plates"), f.plates }, { QStringLiteral("make"), f.make },
        { QStringLiteral("model"), f.model }, { QStringLiteral("year"), f.year },
        { QStringLiteral("engine"), f.engine }, { QStringLiteral("color"), f.color },
        { QStringLiteral("mileage_km"), f.mileageKm }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("at"), vehicle.updatedAtUtc } };
}

QJsonObject notePayload(const CustomerNote &note, const QString &branchId)
{
    return QJsonObject { { QStringLiteral("id"), note.id }, { QStringLiteral("customer_id"), note.customerId },
        { QStringLiteral("kind"), noteKindCode(note.kind) }, { QStringLiteral("text"), note.text },
        { QStringLiteral("user_id"), note.userId }, { QStringLiteral("user_name"), note.userName },
        { QStringLiteral("branch_id"), branchId }, { QStringLiteral("at"), note.atUtc } };
}

QJsonObject tagsPayload(const QString &customerId, const QStringList &tags, const QString &branchId,
    const QString &userId, const QString &atUtc)
{
    return QJsonObject { { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("at"), atUtc } };
}

} // namespace nexus
