// Counter vehicle: customer file first (what the shop already knows about that car), then the VIN decoder.
#include "customers/countervehicle.h"

#include "customers/customercrmstore.h"
#include "vehicles/plate.h"
#include "vehicles/vin.h"
#include "vehicles/vindecoder.h"

#include <QStringList>

namespace nexus {

namespace {

QString describe(const VehicleFilter &filter)
{
    QStringList parts;
    for (const QString &part : { filter.make, filter.model })
        if (!part.isEmpty())
            parts << part;
    if (filter.year > 0)
        parts << QString::number(filter.year);
    return parts.join(QLatin1Char(' '));
}

CounterVehicle fromFile(const CustomerVehicle &v)
{
    CounterVehicle c;
    c.filter.make = v.fields.make;
    c.filter.model = v.fields.model;
    c.filter.year = v.fields.year;
    c.vin = v.fields.vin;
    c.plates = v.fields.plates;
    c.fromCustomerFile = true;
    c.customerId = v.customerId;
    c.vehicleId = v.id;
    c.description = describe(c.filter);
    return c;
}

Result<CounterVehicle> decodeVin(VinDecoder *decoder, const QString &vin)
{
    if (!decoder)
        return fail(ErrorCode::NotFound,
            NX_ERR("The VIN database is not installed on this computer: type the plates of a vehicle on file"), {},
            QStringLiteral("vehicle"));
    const VinDecoding decoding = decoder->decode(vin);
    if (!decoding.valid)
        return std::unexpected(decoding.error);
    if (decoding.make.isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("The VIN %1 could not be decoded: add the vehicle to the customer"),
            { vin }, QStringLiteral("vehicle"));
    CounterVehicle c;
    c.filter.make = decoding.make;
    c.filter.model = decoding.model;
    c.filter.year = decoding.modelYear;
    c.vin = vin;
    c.description = describe(c.filter);
    return c;
}

} // namespace

CounterVehicle counterVehicleOnFile(const CustomerVehicle &vehicle)
{
    CounterVehicle c = fromFile(vehicle);
    if (c.description.isEmpty())
        c.description = vehicle.describe();
    return c;
}

Result<CounterVehicle> resolveCounterVehicle(Database &db, VinDecoder *decoder, const QString &typed)
{
    CustomerCrmStore store(db);
    const QString vin = normalizeVin(typed);
    if (vin.size() == 17 && checkVinCharacters(vin)) {
        Result<QList<CustomerVehicle>> known = store.vehiclesWithVin(vin);
        if (!known)
            return std::unexpected(known.error());
        for (const CustomerVehicle &v : *known)
            if (!v.fields.make.isEmpty())
                return fromFile(v);
        return decodeVin(decoder, vin);
    }
    const PlateCheck plate = checkPlate(typed);
    if (!plate.valid)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("\"%1\" is neither a VIN (17 characters) nor plates in use in Mexico"), { typed.trimmed() },
            QStringLiteral("vehicle"));
    Result<QList<CustomerVehicle>> known = store.vehiclesWithPlates(plate.normalized);
    if (!known)
        return std::unexpected(known.error());
    if (known->isEmpty())
        return fail(ErrorCode::NotFound,
            NX_ERR("No customer's vehicle has the plates %1: add it on the customer's card, or type the VIN"),
            { plate.formatted }, QStringLiteral("vehicle"));
    const CustomerVehicle &v = known->constFirst();
    if (v.fields.make.isEmpty() && !v.fields.vin.isEmpty()) {
        Result<CounterVehicle> decoded = decodeVin(decoder, v.fields.vin);
        if (!decoded)
            return decoded;
        decoded->fromCustomerFile = true;
        decoded->customerId = v.customerId;
        decoded->vehicleId = v.id;
        decoded->plates = v.fields.plates;
        return decoded;
    }
    if (v.fields.make.isEmpty())
        return fail(ErrorCode::NotFound,
            NX_ERR("The vehicle with plates %1 has no make or VIN on file: complete it on the customer's card"),
            { plate.formatted }, QStringLiteral("vehicle"));
    return fromFile(v);
}

} // namespace nexus
