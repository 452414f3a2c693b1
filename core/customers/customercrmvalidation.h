// The rules for what a cashier types on a customer's card: a vehicle (VIN alphabet, Mexican plates, a plausible
// year and mileage), a note or call, the tag set. Errors name the field; the server applies the same rules.
#pragma once

#include <QStringList>

#include "common/error.h"
#include "customers/customercrm.h"

namespace nexus {

inline constexpr int kVehicleMinYear = 1950;
inline constexpr qint64 kVehicleMaxMileageKm = 3'000'000;
inline constexpr int kVehicleMaxTextLength = 60;

// Trimmed, VIN and plates normalised. The VIN must be 17 characters of its alphabet (the check digit is advice:
// many VINs outside North America carry none); the plates one of the layouts checkPlate knows; the year 0 or
// kVehicleMinYear…currentYear + 2. At least one of VIN, plates or make.
[[nodiscard]] Result<CustomerVehicleFields> validateVehicle(const CustomerVehicleFields &fields, int currentYear);

// Trimmed, not empty, at most kMaxNoteLength characters; field "text".
[[nodiscard]] Result<QString> validateNoteText(const QString &text);

// normalizeTags, each at most kMaxTagLength characters, at most kMaxTags; field "tags".
[[nodiscard]] Result<QStringList> validateTags(const QStringList &typed);

} // namespace nexus
