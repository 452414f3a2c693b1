// Mexican plate layouts (NOM-001-SCT-2-2016, DOF 24/06/2016, and the NOM-001-SCT-2-2000 series still in use) and
// the private-car series each state was assigned (the norm's appendix of series by entidad federativa).
#include "vehicles/plate.h"

#include <array>

namespace nexus {

namespace {

// A layout: 'L' a letter, 'D' a digit, a lower-case letter that letter itself; '-' shows where the plate is divided.
struct Layout
{
    const char *mask;
    PlateKind kind;
    bool currentNorm;
    bool stateSeries; // the first three letters are a private-car series assigned to one state
    const char *state; // the layout itself belongs to one state
};

// Most specific first: fixed letters before the generic layouts of the same length.
constexpr std::array kLayouts {
    Layout { "cd-DDDD", PlateKind::Diplomatic, false, false, nullptr },
    Layout { "cd-DDD", PlateKind::Diplomatic, false, false, nullptr },
    Layout { "cc-DDDD", PlateKind::Diplomatic, false, false, nullptr },
    Layout { "cc-DDD", PlateKind::Diplomatic, false, false, nullptr },
    // Private cars: three letters of the state's series, three digits, a letter (2016); three letters and four
    // or three digits before; Mexico City's own letter-digit-digit / digits-first layouts.
    Layout { "LLL-DDD-L", PlateKind::PrivateCar, true, true, nullptr },
    Layout { "LLL-DD-DD", PlateKind::PrivateCar, false, true, nullptr },
    Layout { "LLL-DDD", PlateKind::PrivateCar, false, true, nullptr },
    Layout { "LDD-LLL", PlateKind::PrivateCar, true, false, "Ciudad de México" },
    Layout { "DDD-LLL", PlateKind::PrivateCar, false, false, "Ciudad de México" },
    // Private trucks: two letters and five or four digits before 2016.
    Layout { "L-DDD-LL", PlateKind::PrivateTruck, true, false, nullptr },
    Layout { "LL-DDDD-L", PlateKind::PrivateTruck, false, false, nullptr },
    Layout { "LL-DD-DDD", PlateKind::PrivateTruck, false, false, nullptr },
    Layout { "LL-DD-DD", PlateKind::PrivateTruck, false, false, nullptr },
    // Federal freight and passenger transport (SICT): "12-AB-3C".
    Layout { "DD-LL-DL", PlateKind::FederalTransport, true, false, nullptr },
    // Taxis and public transport of a state.
    Layout { "L-DDD-LLL", PlateKind::PublicService, true, false, nullptr },
    Layout { "DD-DD-LLL", PlateKind::PublicService, false, false, nullptr },
    Layout { "L-DDDD-L", PlateKind::PublicService, true, false, "Ciudad de México" },
    Layout { "DDD-L-DDD", PlateKind::PublicService, true, false, "Ciudad de México" },
    // Motorcycles (smaller plate, fewer characters).
    Layout { "LDD-LL", PlateKind::Motorcycle, true, false, nullptr },
    Layout { "LDDD-L", PlateKind::Motorcycle, false, false, nullptr },
    Layout { "LLL-DD", PlateKind::Motorcycle, false, false, nullptr },
    Layout { "DDDD-L", PlateKind::Motorcycle, false, false, "Ciudad de México" },
    // Trailers, dealers' demonstration plates, persons with disability.
    Layout { "L-DL-DD", PlateKind::Trailer, true, false, nullptr },
    Layout { "D-LL-DDL", PlateKind::Demonstration, true, false, nullptr },
    Layout { "DDD-L", PlateKind::Disability, true, false, nullptr },
};

struct Series
{
    const char *from;
    const char *to;
    const char *state;
};

// Private-car series by state (Mexico City has its own layouts). Letters I, O and Q are never used, so the
// blocks run on without gaps from AAA to ZHZ.
constexpr std::array kSeries {
    Series { "AAA", "AFZ", "Aguascalientes" },
    Series { "AGA", "CYZ", "Baja California" },
    Series { "CZA", "DEZ", "Baja California Sur" },
    Series { "DFA", "DKZ", "Campeche" },
    Series { "DLA", "DSZ", "Chiapas" },
    Series { "DTA", "ETZ", "Chihuahua" },
    Series { "EUA", "FPZ", "Coahuila" },
    Series { "FRA", "FWZ", "Colima" },
    Series { "FXA", "GFZ", "Durango" },
    Series { "GGA", "GYZ", "Guanajuato" },
    Series { "GZA", "HFZ", "Guerrero" },
    Series { "HGA", "HRZ", "Hidalgo" },
    Series { "HSA", "LFZ", "Jalisco" },
    Series { "LGA", "PEZ", "Estado de México" },
    Series { "PFA", "PUZ", "Michoacán" },
    Series { "PVA", "RDZ", "Morelos" },
    Series { "REA", "RJZ", "Nayarit" },
    Series { "RKA", "TGZ", "Nuevo León" },
    Series { "THA", "TMZ", "Oaxaca" },
    Series { "TNA", "UJZ", "Puebla" },
    Series { "UKA", "UPZ", "Querétaro" },
    Series { "URA", "UVZ", "Quintana Roo" },
    Series { "UWA", "VEZ", "San Luis Potosí" },
    Series { "VFA", "VSZ", "Sinaloa" },
    Series { "VTA", "WKZ", "Sonora" },
    Series { "WLA", "WWZ", "Tabasco" },
    Series { "WXA", "XSZ", "Tamaulipas" },
    Series { "XTA", "XXZ", "Tlaxcala" },
    Series { "XYA", "YVZ", "Veracruz" },
    Series { "YWA", "ZCZ", "Yucatán" },
    Series { "ZDA", "ZHZ", "Zacatecas" },
};

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// The characters of a mask without its dashes.
QString bareMask(const char *mask)
{
    QString out;
    for (const char *p = mask; *p; ++p)
        if (*p != '-')
            out.append(QLatin1Char(*p));
    return out;
}

bool fits(const QString &plate, const QString &mask)
{
    if (plate.size() != mask.size())
        return false;
    for (qsizetype i = 0; i < mask.size(); ++i) {
        const QChar m = mask[i];
        const QChar c = plate[i];
        if (m == u'L' ? !isLetter(c) : (m == u'D' ? !c.isDigit() : c != m.toUpper()))
            return false;
    }
    return true;
}

QString formatted(const QString &plate, const char *mask)
{
    QString out;
    qsizetype i = 0;
    for (const char *p = mask; *p; ++p)
        out.append(*p == '-' ? QChar(u'-') : plate[i++]);
    return out;
}

const char *seriesState(QStringView letters)
{
    for (const Series &series : kSeries)
        if (letters >= QLatin1String(series.from) && letters <= QLatin1String(series.to))
            return series.state;
    return nullptr;
}

PlateCheck invalid(PlateCheck check, const char *text, QStringList args)
{
    check.valid = false;
    check.reason = Error(ErrorCode::InvalidInput, text, std::move(args), QStringLiteral("plate"));
    return check;
}

} // namespace

const char *plateKindName(PlateKind kind)
{
    switch (kind) {
    case PlateKind::PrivateCar:
        return "private_car";
    case PlateKind::PrivateTruck:
        return "private_truck";
    case PlateKind::Motorcycle:
        return "motorcycle";
    case PlateKind::PublicService:
        return "public_service";
    case PlateKind::FederalTransport:
        return "federal_transport";
    case PlateKind::Trailer:
        return "trailer";
    case PlateKind::Demonstration:
        return "demonstration";
    case PlateKind::Disability:
        return "disability";
    case PlateKind::Diplomatic:
        return "diplomatic";
    }
    return "";
}

QString normalizePlate(const QString &plate)
{
    QString out;
    out.reserve(plate.size());
    for (const QChar c : plate)
        if (!c.isSpace() && c != u'-' && c != u'.')
            out.append(c.toUpper());
    return out;
}

PlateCheck checkPlate(const QString &plate)
{
    PlateCheck check;
    check.normalized = normalizePlate(plate);
    const QString &s = check.normalized;
    if (s.isEmpty())
        return invalid(check, NX_ERR("Write the plate"), {});
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'I' || c == u'O' || c == u'Q' || c == QChar(u'Ñ'))
            return invalid(
                check, NX_ERR("Plate \"%1\" has \"%2\": Mexican plates never use I, Ñ, O or Q"), { s, QString(c) });
        if (!isLetter(c) && !c.isDigit())
            return invalid(
                check, NX_ERR("Plate \"%1\" has \"%2\": only letters and digits are allowed"), { s, QString(c) });
    }
    if (s.size() < 4 || s.size() > 7)
        return invalid(check, NX_ERR("Plate \"%1\" has %2 characters; Mexican plates have 4 to 7"),
            { s, QString::number(s.size()) });
    for (const Layout &layout : kLayouts) {
        if (!fits(s, bareMask(layout.mask)))
            continue;
        if (layout.stateSeries) {
            const char *state = seriesState(QStringView(s).left(3));
            if (!state)
                return invalid(
                    check, NX_ERR("Plate \"%1\": the series %2 is not assigned to any state"), { s, s.left(3) });
            check.state = QString::fromUtf8(state);
        } else if (layout.state) {
            check.state = QString::fromUtf8(layout.state);
        }
        check.valid = true;
        check.kind = layout.kind;
        check.currentNorm = layout.currentNorm;
        check.formatted = formatted(s, layout.mask);
        return check;
    }
    return invalid(check, NX_ERR("Plate \"%1\" does not follow any Mexican plate layout"), { s });
}

} // namespace nexus
