// The car at the counter: a VIN or plates typed at the sale screen become the catalogue's vehicle filter. A customer
// vehicle on file with that VIN or those plates gives its make, model and year; otherwise a VIN is decoded offline
// (vPIC). The engine is left out of the filter: vPIC's and the catalogue's engine names are written differently.
#pragma once

#include <QString>

#include "catalog/catalogquery.h"
#include "common/error.h"
#include "customers/customercrm.h"

namespace nexus {

class Database;
class VinDecoder;

struct CounterVehicle
{
    VehicleFilter filter;
    QString description; // "NISSAN Versa 2018": what the sale screen shows while the filter is on
    QString vin; // normalised, when one was typed or is on file
    QString plates; // normalised, when plates were typed
    bool fromCustomerFile = false; // a customer's vehicle gave it (else the VIN decoder)
    QString customerId; // whose vehicle it is, when fromCustomerFile
    QString vehicleId;
};

// `decoder` may be null (no vPIC database installed): then only vehicles on file are found. Errors (field
// "vehicle"): neither a VIN nor valid plates; plates nobody's vehicle has; a VIN the decoder cannot name.
[[nodiscard]] Result<CounterVehicle> resolveCounterVehicle(Database &db, VinDecoder *decoder, const QString &typed);

// A vehicle on file picked at the counter (one of the sale's customer's): its make, model and year as the filter
// (none when they are not on file), described as the customer's card describes it when they are missing.
[[nodiscard]] CounterVehicle counterVehicleOnFile(const CustomerVehicle &vehicle);

} // namespace nexus
