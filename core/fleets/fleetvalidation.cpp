// Fleet validation: plain checks, the messages translatable (nexus::Error).
#include "fleets/fleetvalidation.h"

#include <QSet>

namespace nexus {

Result<MaintenancePlanLine> validatePlanLine(const MaintenancePlanLine &line)
{
    MaintenancePlanLine clean = line;
    clean.name = line.name.simplified();
    if (clean.name.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Name the maintenance (e.g. \"Cambio de aceite\")"), {},
            QStringLiteral("name"));
    if (clean.name.size() > kMaxPlanLineName)
        return fail(ErrorCode::InvalidInput, NX_ERR("The name of a maintenance takes at most %1 characters"),
            { QString::number(kMaxPlanLineName) }, QStringLiteral("name"));
    if (clean.everyKm < 0 || clean.everyKm > kMaxEveryKm)
        return fail(ErrorCode::InvalidInput, NX_ERR("Every how many km: between 0 and %1"),
            { QString::number(kMaxEveryKm) }, QStringLiteral("every_km"));
    if (clean.everyMonths < 0 || clean.everyMonths > kMaxEveryMonths)
        return fail(ErrorCode::InvalidInput, NX_ERR("Every how many months: between 0 and %1"),
            { QString::number(kMaxEveryMonths) }, QStringLiteral("every_months"));
    if (clean.everyKm == 0 && clean.everyMonths == 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" needs a distance, a time or both"), { clean.name },
            QStringLiteral("every_km"));
    return clean;
}

Result<QList<MaintenancePlanLine>> validatePlanLines(const QList<MaintenancePlanLine> &lines)
{
    if (lines.size() > kMaxPlanLines)
        return fail(ErrorCode::InvalidInput, NX_ERR("A plan holds at most %1 maintenances"),
            { QString::number(kMaxPlanLines) }, QStringLiteral("plan"));
    QList<MaintenancePlanLine> clean;
    QSet<QString> names;
    for (const MaintenancePlanLine &line : lines) {
        Result<MaintenancePlanLine> valid = validatePlanLine(line);
        if (!valid)
            return std::unexpected(valid.error());
        const QString key = valid->name.toCaseFolded();
        if (names.contains(key))
            return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is twice in the plan"), { valid->name },
                QStringLiteral("plan"));
        names.insert(key);
        clean.append(*valid);
    }
    return clean;
}

Result<FleetFields> validateFleet(const FleetFields &fields)
{
    FleetFields clean = fields;
    clean.contactName = fields.contactName.simplified();
    clean.contactPhone = fields.contactPhone.simplified();
    clean.contactEmail = fields.contactEmail.trimmed();
    if (clean.statementDay < 1 || clean.statementDay > 28)
        return fail(ErrorCode::InvalidInput, NX_ERR("The statement closes on a day between 1 and 28"), {},
            QStringLiteral("statement_day"));
    if (!clean.contactEmail.isEmpty()
        && (!clean.contactEmail.contains(QLatin1Char('@')) || clean.contactEmail.contains(QLatin1Char(' '))))
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not an e-mail address"), { clean.contactEmail },
            QStringLiteral("contact_email"));
    Result<QList<MaintenancePlanLine>> lines = validatePlanLines(fields.planTemplate);
    if (!lines)
        return std::unexpected(lines.error());
    clean.planTemplate = *lines;
    return clean;
}

Status validateOdometer(qint64 km)
{
    if (km < 0 || km > kMaxOdometerKm)
        return fail(ErrorCode::InvalidInput, NX_ERR("The odometer reads between 0 and %1 km"),
            { QString::number(kMaxOdometerKm) }, QStringLiteral("odometer_km"));
    return {};
}

} // namespace nexus
