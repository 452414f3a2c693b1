// The rules of fleet data, shared by the counter's services and the server handlers: every error names its field and
// nothing is written.
#pragma once

#include "common/error.h"
#include "fleets/fleet.h"

namespace nexus {

// Trims the name; at least one of every_km / every_months; both within bounds. Field "name", "every_km".
[[nodiscard]] Result<MaintenancePlanLine> validatePlanLine(const MaintenancePlanLine &line);
// Each line validated; no two lines with the same name (case-insensitive); at most kMaxPlanLines. Field "plan".
[[nodiscard]] Result<QList<MaintenancePlanLine>> validatePlanLines(const QList<MaintenancePlanLine> &lines);
// Contact trimmed, statement day 1…28 ("statement_day"), a plausible e-mail ("contact_email"), the template's lines.
[[nodiscard]] Result<FleetFields> validateFleet(const FleetFields &fields);
// A reading 0…kMaxOdometerKm. Field "odometer_km".
[[nodiscard]] Status validateOdometer(qint64 km);

} // namespace nexus
