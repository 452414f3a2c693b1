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
    const char *name;
};

// c_RegimenFiscal with its "Física" and "Moral" columns.
constexpr std::array<Regimen, 23> kRegimenes { {
    { "601", false, true, "General de Ley Personas Morales" },
    { "603", false, true, "Personas Morales con Fines no Lucrativos" },
    { "605", true, false, "Sueldos y Salarios e Ingresos Asimilados a Salarios" },
    { "606", true, false, "Arrendamiento" },
    { "607", true, false, "Régimen de Enajenación o Adquisición de Bienes" },
    { "608", true, false, "Demás ingresos" },
    { "609", false, true, "Consolidación" },
    { "610", true, true, "Residentes en el Extranjero sin Establecimiento Permanente en México" },
    { "611", true, false, "Ingresos por Dividendos (socios y accionistas)" },
    { "612", true, false, "Personas Físicas con Actividades Empresariales y Profesionales" },
    { "614", true, false, "Ingresos por intereses" },
    { "615", true, false, "Régimen de los ingresos por obtención de premios" },
    { "616", true, false, "Sin obligaciones fiscales" },
    { "620", false, true, "Sociedades Cooperativas de Producción que optan por diferir sus ingresos" },
    { "621", true, false, "Incorporación Fiscal" },
    { "622", false, true, "Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras" },
    { "623", false, true, "Opcional para Grupos de Sociedades" },
    { "624", false, true, "Coordinados" },
    { "625", true, false, "Actividades Empresariales con ingresos a través de Plataformas Tecnológicas" },
    { "626", true, true, "Régimen Simplificado de Confianza" },
    { "628", false, true, "Hidrocarburos" },
    { "629", true, false, "De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales" },
    { "630", true, false, "Enajenación de acciones en bolsa de valores" },
} };

// A catalog code with its description ("Descripción" column), as printed on the representation.
struct Entry
{
    const char *code;
    const char *name;
};

// c_FormaPago
constexpr std::array<Entry, 22> kFormasPago { {
    { "01", "Efectivo" },
    { "02", "Cheque nominativo" },
    { "03", "Transferencia electrónica de fondos" },
    { "04", "Tarjeta de crédito" },
    { "05", "Monedero electrónico" },
    { "06", "Dinero electrónico" },
    { "08", "Vales de despensa" },
    { "12", "Dación en pago" },
    { "13", "Pago por subrogación" },
    { "14", "Pago por consignación" },
    { "15", "Condonación" },
    { "17", "Compensación" },
    { "23", "Novación" },
    { "24", "Confusión" },
    { "25", "Remisión de deuda" },
    { "26", "Prescripción o caducidad" },
    { "27", "A satisfacción del acreedor" },
    { "28", "Tarjeta de débito" },
    { "29", "Tarjeta de servicios" },
    { "30", "Aplicación de anticipos" },
    { "31", "Intermediario pagos" },
    { "99", "Por definir" },
} };

// c_UsoCFDI
constexpr std::array<Entry, 24> kUsos { {
    { "G01", "Adquisición de mercancías" },
    { "G02", "Devoluciones, descuentos o bonificaciones" },
    { "G03", "Gastos en general" },
    { "I01", "Construcciones" },
    { "I02", "Mobiliario y equipo de oficina por inversiones" },
    { "I03", "Equipo de transporte" },
    { "I04", "Equipo de computo y accesorios" },
    { "I05", "Dados, troqueles, moldes, matrices y herramental" },
    { "I06", "Comunicaciones telefónicas" },
    { "I07", "Comunicaciones satelitales" },
    { "I08", "Otra maquinaria y equipo" },
    { "D01", "Honorarios médicos, dentales y gastos hospitalarios" },
    { "D02", "Gastos médicos por incapacidad o discapacidad" },
    { "D03", "Gastos funerales" },
    { "D04", "Donativos" },
    { "D05", "Intereses reales efectivamente pagados por créditos hipotecarios (casa habitación)" },
    { "D06", "Aportaciones voluntarias al SAR" },
    { "D07", "Primas por seguros de gastos médicos" },
    { "D08", "Gastos de transportación escolar obligatoria" },
    { "D09", "Depósitos en cuentas para el ahorro, primas que tengan como base planes de pensiones" },
    { "D10", "Pagos por servicios educativos (colegiaturas)" },
    { "S01", "Sin efectos fiscales" },
    { "CP01", "Pagos" },
    { "CN01", "Nómina" },
} };

// The entry of code in a table of Entry or Regimen; nullptr when it is not there.
template <typename List> auto find(const List &list, const QString &code) -> decltype(&list[0])
{
    for (const auto &entry : list)
        if (code == QLatin1String(entry.code))
            return &entry;
    return nullptr;
}

template <typename List> bool contains(const List &list, const QString &code)
{
    return find(list, code) != nullptr;
}

template <typename List> QString nameOf(const List &list, const QString &code)
{
    const auto *entry = find(list, code);
    return entry == nullptr ? QString() : QString::fromUtf8(entry->name);
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
    return contains(kRegimenes, code);
}

bool regimenAppliesTo(const QString &code, Persona persona)
{
    const Regimen *regimen = find(kRegimenes, code);
    return regimen != nullptr && (persona == Persona::Fisica ? regimen->fisica : regimen->moral);
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

QString formaPagoName(const QString &code)
{
    return nameOf(kFormasPago, code);
}

QString usoCfdiName(const QString &code)
{
    return nameOf(kUsos, code);
}

QString regimenFiscalName(const QString &code)
{
    return nameOf(kRegimenes, code);
}

QStringList formaPagoCodes()
{
    QStringList codes;
    for (const Entry &entry : kFormasPago)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

QStringList usoCfdiCodes()
{
    QStringList codes;
    for (const Entry &entry : kUsos)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

QStringList regimenFiscalCodes()
{
    QStringList codes;
    for (const Regimen &regimen : kRegimenes)
        codes.append(QString::fromLatin1(regimen.code));
    return codes;
}

QString metodoPagoName(const QString &code)
{
    if (code == QLatin1String("PUE"))
        return QStringLiteral("Pago en una sola exhibición");
    if (code == QLatin1String("PPD"))
        return QStringLiteral("Pago en parcialidades o diferido");
    return {};
}

QString tipoComprobanteName(const QString &code)
{
    static const Entry kTipos[] = { { "I", "Ingreso" }, { "E", "Egreso" }, { "T", "Traslado" }, { "N", "Nómina" },
        { "P", "Pago" } };
    return nameOf(kTipos, code);
}

QString objetoImpName(const QString &code)
{
    static const Entry kObjetos[] = { { "01", "No objeto de impuesto" }, { "02", "Sí objeto de impuesto" },
        { "03", "Sí objeto del impuesto y no obligado al desglose" },
        { "04", "Sí objeto del impuesto y no causa impuesto" },
        { "05", "Sí objeto del impuesto, IVA crédito PODEBI" }, { "06", "Sí objeto del IVA, no traslado IVA" },
        { "07", "No traslado del IVA, sí desglose IEPS" }, { "08", "No traslado del IVA, no desglose IEPS" } };
    return nameOf(kObjetos, code);
}

QString impuestoName(const QString &code)
{
    static const Entry kImpuestos[] = { { "001", "ISR" }, { "002", "IVA" }, { "003", "IEPS" } };
    return nameOf(kImpuestos, code);
}

QString exportacionName(const QString &code)
{
    static const Entry kExportacion[] = { { "01", "No aplica" }, { "02", "Definitiva con clave A1" },
        { "03", "Temporal" }, { "04", "Definitiva con clave distinta a A1" } };
    return nameOf(kExportacion, code);
}

QString tipoRelacionName(const QString &code)
{
    static const Entry kRelaciones[] = { { "01", "Nota de crédito de los documentos relacionados" },
        { "02", "Nota de débito de los documentos relacionados" },
        { "03", "Devolución de mercancía sobre facturas o traslados previos" },
        { "04", "Sustitución de los CFDI previos" }, { "05", "Traslados de mercancías facturados previamente" },
        { "06", "Factura generada por los traslados previos" }, { "07", "CFDI por aplicación de anticipo" } };
    return nameOf(kRelaciones, code);
}

} // namespace nexus::sat
