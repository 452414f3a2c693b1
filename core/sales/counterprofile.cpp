// Reads the counter profile from settings, branches and warehouses.
#include "sales/counterprofile.h"

#include "store/database.h"

namespace nexus {

namespace {
Result<QString> setting(Database &db, const QString &key)
{
    Result<QVariant> value = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}
} // namespace

Result<CounterProfile> loadCounterProfile(Database &db)
{
    CounterProfile profile;
    Result<QString> device = setting(db, QStringLiteral("device_id"));
    Result<QString> branch = setting(db, QStringLiteral("branch_id"));
    Result<QString> series = setting(db, QStringLiteral("folio_series"));
    if (!device || !branch || !series)
        return std::unexpected(!device ? device.error() : !branch ? branch.error() : series.error());
    if (device->isEmpty() || branch->isEmpty())
        return fail(
            ErrorCode::NotFound, NX_ERR("This computer is not enrolled in a branch yet"), {}, QStringLiteral("device"));
    profile.deviceId = *device;
    profile.branchId = *branch;
    Result<QSqlQuery> row
        = db.exec(QStringLiteral("SELECT code, border_region FROM branches WHERE id = ?"), { profile.branchId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(ErrorCode::NotFound, NX_ERR("The data of branch %1 has not arrived on this computer yet"),
            { profile.branchId }, QStringLiteral("branch"));
    profile.branchCode = row->value(0).toString();
    profile.borderRegion = row->value(1).toInt() != 0;
    QString tail = profile.deviceId;
    tail.remove(QLatin1Char('-'));
    profile.folioSeries = !series->isEmpty() ? *series : profile.branchCode + tail.right(4).toUpper();
    Result<QList<BranchWarehouse>> warehouses = BranchStock(db).warehouses(profile.branchId);
    if (!warehouses)
        return std::unexpected(warehouses.error());
    profile.warehouses = std::move(*warehouses);
    return profile;
}

} // namespace nexus
