// The SAT's c_RegimenFiscal and c_UsoCFDI (Anexo 20, CFDI 4.0) with their física/moral columns.
#include "customers/satfiscal.h"

namespace nexus {

namespace {

const SatFiscalCode *findIn(const QList<SatFiscalCode> &list, const QString &code)
{
    for (const SatFiscalCode &entry : list)
        if (entry.code == code)
            return &entry;
    return nullptr;
}

SatFiscalCode entry(const char *code, const char *description, bool fisica, bool moral)
{
    return { QString::fromUtf8(code), QString::fromUtf8(description), fisica, moral };
}

} // namespace

const QList<SatFiscalCode> &satFiscalRegimes()
{
    static const QList<SatFiscalCode> regimes {
        entry("601", "General de Ley Personas Morales", false, true),
        entry("603", "Personas Morales con Fines no Lucrativos", false, true),
        entry("605", "Sueldos y Salarios e Ingresos Asimilados a Salarios", true, false),
        entry("606", "Arrendamiento", true, false),
        entry("607", "Régimen de Enajenación o Adquisición de Bienes", true, false),
        entry("608", "Demás ingresos", true, false),
        entry("610", "Residentes en el Extranjero sin Establecimiento Permanente en México", true, true),
        entry("611", "Ingresos por Dividendos (socios y accionistas)", true, false),
        entry("612", "Personas Físicas con Actividades Empresariales y Profesionales", true, false),
        entry("614", "Ingresos por intereses", true, false),
        entry("615", "Régimen de los ingresos por obtención de premios", true, false),
        entry("616", "Sin obligaciones fiscales", true, false),
        entry("620", "Sociedades Cooperativas de Producción que optan por diferir sus ingresos", false, true),
        entry("621", "Incorporación Fiscal", true, false),
        entry("622", "Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras", false, true),
        entry("623", "Opcional para Grupos de Sociedades", false, true),
        entry("624", "Coordinados", false, true),
        entry("625", "Régimen de las Actividades Empresariales con ingresos a través de Plataformas Tecnológicas",
            true, false),
        entry("626", "Régimen Simplificado de Confianza", true, true),
        entry("628", "Hidrocarburos", false, true),
        entry("629", "De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales", true, false),
        entry("630", "Enajenación de acciones en bolsa de valores", true, false),
    };
    return regimes;
}

const QList<SatFiscalCode> &satCfdiUses()
{
    static const QList<SatFiscalCode> uses {
        entry("G01", "Adquisición de mercancías", true, true),
        entry("G02", "Devoluciones, descuentos o bonificaciones", true, true),
        entry("G03", "Gastos en general", true, true),
        entry("I01", "Construcciones", true, true),
        entry("I02", "Mobiliario y equipo de oficina por inversiones", true, true),
        entry("I03", "Equipo de transporte", true, true),
        entry("I04", "Equipo de computo y accesorios", true, true),
        entry("I05", "Dados, troqueles, moldes, matrices y herramental", true, true),
        entry("I06", "Comunicaciones telefónicas", true, true),
        entry("I07", "Comunicaciones satelitales", true, true),
        entry("I08", "Otra maquinaria y equipo", true, true),
        entry("D01", "Honorarios médicos, dentales y gastos hospitalarios", true, false),
        entry("D02", "Gastos médicos por incapacidad o discapacidad", true, false),
        entry("D03", "Gastos funerales", true, false),
        entry("D04", "Donativos", true, false),
        entry("D05", "Intereses reales efectivamente pagados por créditos hipotecarios (casa habitación)", true, false),
        entry("D06", "Aportaciones voluntarias al SAR", true, false),
        entry("D07", "Primas por seguros de gastos médicos", true, false),
        entry("D08", "Gastos de transportación escolar obligatoria", true, false),
        entry("D09", "Depósitos en cuentas para el ahorro, primas que tengan como base planes de pensiones", true,
            false),
        entry("D10", "Pagos por servicios educativos (colegiaturas)", true, false),
        entry("S01", "Sin efectos fiscales", true, true),
        entry("CP01", "Pagos", true, true),
        entry("CN01", "Nómina", true, false),
    };
    return uses;
}

const SatFiscalCode *findFiscalRegime(const QString &code)
{
    return findIn(satFiscalRegimes(), code);
}

const SatFiscalCode *findCfdiUse(const QString &code)
{
    return findIn(satCfdiUses(), code);
}

bool appliesTo(const SatFiscalCode &entry, RfcKind kind)
{
    switch (kind) {
    case RfcKind::Fisica:
        return entry.fisica;
    case RfcKind::Moral:
        return entry.moral;
    case RfcKind::Generic:
        return entry.code == kGenericRfcRegime || entry.code == kGenericRfcCfdiUse;
    }
    return false;
}

} // namespace nexus
