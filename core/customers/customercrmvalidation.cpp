// Customer card validation: the vehicle, the note and the tags.
#include "customers/customercrmvalidation.h"

#include "vehicles/plate.h"
#include "vehicles/vin.h"

#include <utility>

namespace nexus {

namespace {

Status checkLength(const QString &value, const QString &field)
{
    if (value.size() > kVehicleMaxTextLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("At most %1 characters"), { QString::number(kVehicleMaxTextLength) },
            field);
    return {};
}

} // namespace

Result<CustomerVehicleFields> validateVehicle(const CustomerVehicleFields &typed, int currentYear)
{
    CustomerVehicleFields f;
    f.vin = normalizeVin(typed.vin);
    if (!f.vin.isEmpty())
        if (Status vin = checkVinCharacters(f.vin); !vin)
            return std::unexpected(vin.error());
    if (!typed.plates.trimmed().isEmpty()) {
        const PlateCheck plate = checkPlate(typed.plates);
        if (!plate.valid)
            return std::unexpected(plate.reason);
        f.plates = plate.normalized;
    }
    f.make = typed.make.simplified();
    f.model = typed.model.simplified();
    f.engine = typed.engine.simplified();
    f.color = typed.color.simplified();
    const std::pair<QString, QString> texts[] = { { f.make, QStringLiteral("make") },
        { f.model, QStringLiteral("model") }, { f.engine, QStringLiteral("engine") },
        { f.color, QStringLiteral("color") } };
    for (const auto &[value, field] : texts)
        if (Status length = checkLength(value, field); !length)
            return std::unexpected(length.error());
    f.year = typed.year;
    if (f.year != 0 && (f.year < kVehicleMinYear || f.year > currentYear + 2))
        return fail(ErrorCode::InvalidInput, NX_ERR("The model year must be between %1 and %2"),
            { QString::number(kVehicleMinYear), QString::number(currentYear + 2) }, QStringLiteral("year"));
    f.mileageKm = typed.mileageKm;
    if (f.mileageKm < 0 || f.mileageKm > kVehicleMaxMileageKm)
        return fail(ErrorCode::InvalidInput, NX_ERR("The mileage must be between 0 and %1 km"),
            { QString::number(kVehicleMaxMileageKm) }, QStringLiteral("mileage_km"));
    if (f.vin.isEmpty() && f.plates.isEmpty() && f.make.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type the VIN, the plates or at least the make of the vehicle"), {},
            QStringLiteral("vin"));
    return f;
}

Result<QString> validateNoteText(const QString &text)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write what the note or call was about"), {}, QStringLiteral("text"));
    if (clean.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("A note has at most %1 characters"),
            { QString::number(kMaxNoteLength) }, QStringLiteral("text"));
    return clean;
}

Result<QStringList> validateTags(const QStringList &typed)
{
    const QStringList tags = normalizeTags(typed);
    for (const QString &tag : tags)
        if (tag.size() > kMaxTagLength)
            return fail(ErrorCode::InvalidInput, NX_ERR("The tag \"%1\" is longer than %2 characters"),
                { tag, QString::number(kMaxTagLength) }, QStringLiteral("tags"));
    if (tags.size() > kMaxTags)
        return fail(ErrorCode::InvalidInput, NX_ERR("A customer has at most %1 tags"), { QString::number(kMaxTags) },
            QStringLiteral("tags"));
    return tags;
}

} // namespace nexus
