// Offline VIN decoding from NHTSA's vPIC database (the SQLite copy nexus-admin vin install-db installs), following
// vPIC's own spVinDecode rules: WMI, model year, VIN schemas per WMI and year, pattern keys, element priorities.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

#include "common/clock.h"
#include "common/error.h"

namespace nexus {

struct VinDecoding
{
    QString vin; // upper case, without blanks or dashes
    // 17 characters from the VIN alphabet (no I, O, Q). Everything else (check digit, year code, unknown
    // manufacturer) is a warning: many VINs outside North America carry no check digit.
    bool valid = false;
    Error error; // why it is not valid; field "vin"
    QList<Error> warnings; // field "vin"

    QString wmi; // positions 1–3, or 1–3 + 12–14 for manufacturers of fewer than 1,000 vehicles a year
    QString manufacturer;
    QString make;
    QString model;
    int modelYear = 0; // 0: unknown
    bool modelYearConclusive = false; // false: position 10 could also mean the year 30 years earlier
    QString vehicleType; // Passenger Car, Truck, Multipurpose Passenger Vehicle (MPV), Motorcycle…
    QString bodyClass;
    QString series;
    QString trim;
    int cylinders = 0;
    QString displacementL; // "1.6", as vPIC gives it, rounded to one decimal
    QString engineConfiguration; // In-Line, V-Shaped…
    QString engineModel;
    QString engine; // summary, e.g. "1.6L L4 (HR16DE)"
    QString fuel;
    QString drive;
    QString transmission;
    QString plantCountry;
    QString plantCity;
    QString suggestedVin; // vPIC's correction when one position does not fit the manufacturer's VINs
    QList<int> errorCodes; // vPIC's error codes (0 = decoded clean)
    QMap<QString, QString> elements; // every decoded vPIC element by its code (Element.Code), e.g. "Doors" → "4"
    bool makeFromWmi = false; // vPIC decoded no model; the make is the WMI's registered make (see decode())
    QStringList trace; // decode(vin, true): how each value was chosen, for support

    [[nodiscard]] bool decoded() const { return !make.isEmpty() || !model.isEmpty(); }
};

// One JSON object per VIN for nexus-admin vin decode: vin, valid, error, warnings, make, model, year, body,
// engine, fuel, plant_country (null when unknown), then the other decoded fields when the VIN is valid.
[[nodiscard]] QJsonObject toJson(const VinDecoding &decoding);

class VinDecoder final
{
public:
    Q_DISABLE_COPY_MOVE(VinDecoder)
    ~VinDecoder();

    // Opens an installed vPIC database read-only; refuses a file nexus-admin vin install-db did not prepare (it
    // lacks the indexes decoding needs). One decoder per thread: it owns a Qt SQL connection and caches.
    [[nodiscard]] static Result<std::unique_ptr<VinDecoder>> open(
        const QString &path, const Clock &clock = Clock::system());

    // Never fails: a VIN that is not valid comes back with valid == false and the reason; a database error
    // becomes a warning. One addition to vPIC's rules: when vPIC names no make (it takes the make from the decoded
    // model, and many models sold only in Mexico are not in vPIC) the WMI's registered make is given, with a
    // warning. `explain` fills VinDecoding::trace.
    [[nodiscard]] VinDecoding decode(const QString &vin, bool explain = false);

    // Where the installed database is looked for: $NEXUS_VPIC_DB, else <generic data>/nexus/vpic.db.
    [[nodiscard]] static QString defaultDatabasePath();

    // Patterns held in memory (bounded; schemas are read once and reused).
    [[nodiscard]] qsizetype cachedPatterns() const;

private:
    struct Impl;
    explicit VinDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace nexus
