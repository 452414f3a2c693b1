// Mexican licence plates: normalisation (the key the customer history is searched by) and the character layouts of
// NOM-001-SCT-2-2016 and of the earlier series still on the road, with the issuing state where the series says it.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

enum class PlateKind {
    PrivateCar, // automóvil particular
    PrivateTruck, // camión particular
    Motorcycle, // motocicleta
    PublicService, // taxi and public passenger transport of a state
    FederalTransport, // autotransporte federal (SICT)
    Trailer, // remolque
    Demonstration, // placa de demostración (dealers)
    Disability, // persona con discapacidad
    Diplomatic, // cuerpo diplomático (CD) o consular (CC)
};

struct PlateCheck
{
    bool valid = false;
    QString normalized; // upper case, without blanks, dashes or dots: "ABC123D"
    QString formatted; // the way the plate is written when valid: "ABC-123-D"
    PlateKind kind = PlateKind::PrivateCar;
    QString state; // the issuing state when the series or layout tells it ("Jalisco"), else empty
    bool currentNorm = false; // a NOM-001-SCT-2-2016 layout (false: an earlier series still in use)
    Error reason; // why it is not valid; field "plate"
};

// Upper case without blanks, dashes or dots; other characters are kept (checkPlate refuses them).
[[nodiscard]] QString normalizePlate(const QString &plate);

// Valid when the characters fit one of the layouts in use and never use I, Ñ, O or Q (the norm leaves them out,
// too close to 1, N and 0); a private car's three-letter series must be one the norm assigns to a state.
[[nodiscard]] PlateCheck checkPlate(const QString &plate);

// "private_car", "private_truck", "motorcycle", "public_service", "federal_transport", "trailer",
// "demonstration", "disability", "diplomatic".
[[nodiscard]] const char *plateKindName(PlateKind kind);

} // namespace nexus
