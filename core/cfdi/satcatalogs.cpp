// SAT catalog values as published for CFDI 4.0 (the ones small enough to keep in code).
#include "cfdi/satcatalogs.h"

#include <QRegularExpression>

#include <array>

namespace nexus::sat {

namespace {

struct Regimen
{
    const char *code;
    bool fisica;
    bool moral;
};

// c_RegimenFiscal with its "Física" and "Moral" columns.
constexpr std::array<Regimen, 23> kRegimenes { {
    { "601", false, true }, // General de Ley Personas Morales
    { "603", false, true }, // Personas Morales con Fines no Lucrativos
    { "605", true, false }, // Sueldos y Salarios e Ingresos Asimilados a Salarios
    { "606", true, false }, // Arrendamiento
    { "607", true, false }, // Régimen de Enajenación o Adquisición de Bienes
    { "608", true, false }, // Demás ingresos
    { "609", false, true }, // Consolidación
    { "610", true, true }, // Residentes en el Extranjero sin Establecimiento Permanente en México
    { "611", true, false }, // Ingresos por Dividendos (socios y accionistas)
    { "612", true, false }, // Personas Físicas con Actividades Empresariales y Profesionales
    { "614", true, false }, // Ingresos por intereses
    { "615", true, false }, // Régimen de los ingresos por obtención de premios
    { "616", true, false }, // Sin obligaciones fiscales
    { "620", false, true }, // Sociedades Cooperativas de Producción que optan por diferir sus ingresos
    { "621", true, false }, // Incorporación Fiscal
    { "622", false, true }, // Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras
    { "623", false, true }, // Opcional para Grupos de Sociedades
    { "624", false, true }, // Coordinados
    { "625", true, false }, // Actividades Empresariales con ingresos a través de Plataformas Tecnológicas
    { "626", true, true }, // Régimen Simplificado de Confianza
    { "628", false, true }, // Hidrocarburos
    { "629", true, false }, // De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales
    { "630", true, false }, // Enajenación de acciones en bolsa de valores
} };

constexpr std::array<const char *, 22> kFormasPago { "01", "02", "03", "04", "05", "06", "08", "12", "13", "14", "15",
    "17", "23", "24", "25", "26", "27", "28", "29", "30", "31", "99" };

constexpr std::array<const char *, 24> kUsos { "G01", "G02", "G03", "I01", "I02", "I03", "I04", "I05", "I06", "I07",
    "I08", "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "S01", "CP01", "CN01" };

template <typename List> bool contains(const List &list, const QString &code)
{
    for (const char *entry : list)
        if (code == QLatin1String(entry))
            return true;
    return false;
}

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

} // namespace

bool isFormaPago(const QString &code)
{
    return contains(kFormasPago, code);
}

bool isUsoCfdi(const QString &code)
{
    return contains(kUsos, code);
}

bool usoAppliesTo(const QString &uso, Persona persona)
{
    return isUsoCfdi(uso) && (persona == Persona::Fisica || !uso.startsWith(QLatin1Char('D')));
}

bool isRegimenFiscal(const QString &code)
{
    for (const Regimen &regimen : kRegimenes)
        if (code == QLatin1String(regimen.code))
            return true;
    return false;
}

bool regimenAppliesTo(const QString &code, Persona persona)
{
    for (const Regimen &regimen : kRegimenes)
        if (code == QLatin1String(regimen.code))
            return persona == Persona::Fisica ? regimen.fisica : regimen.moral;
    return false;
}

bool isTipoRelacion(const QString &code)
{
    return matches("^0[1-7]$", code);
}

bool isObjetoImp(const QString &code)
{
    return matches("^0[1-8]$", code);
}

QString periodicidad(const QString &periodicity)
{
    if (periodicity == QLatin1String("day"))
        return QStringLiteral("01");
    if (periodicity == QLatin1String("week"))
        return QStringLiteral("02");
    if (periodicity == QLatin1String("fortnight"))
        return QStringLiteral("03");
    if (periodicity == QLatin1String("month"))
        return QStringLiteral("04");
    if (periodicity == QLatin1String("two_months"))
        return QStringLiteral("05");
    return {};
}

bool isClaveProdServ(const QString &code)
{
    return matches("^[0-9]{8}$", code);
}

bool isClaveUnidad(const QString &code)
{
    return matches("^[A-Z0-9]{1,3}$", code);
}

bool isCodigoPostal(const QString &code)
{
    return matches("^[0-9]{5}$", code);
}

bool isUuid(const QString &uuid)
{
    return matches("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", uuid);
}

} // namespace nexus::sat
