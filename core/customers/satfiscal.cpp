// The SAT's names of c_RegimenFiscal and c_UsoCFDI (Anexo 20, CFDI 4.0); the rules are core/cfdi/satcatalogs'.
#include "customers/satfiscal.h"

#include "cfdi/satcatalogs.h"

namespace nexus {

namespace {

const SatFiscalCode *findIn(const QList<SatFiscalCode> &list, const QString &code)
{
    for (const SatFiscalCode &entry : list)
        if (entry.code == code)
            return &entry;
    return nullptr;
}

SatFiscalCode entry(const char *code, const char *description)
{
    return { QString::fromUtf8(code), QString::fromUtf8(description) };
}

sat::Persona persona(RfcKind kind)
{
    return kind == RfcKind::Moral ? sat::Persona::Moral : sat::Persona::Fisica;
}

} // namespace

const QList<SatFiscalCode> &satFiscalRegimes()
{
    static const QList<SatFiscalCode> regimes {
        entry("601", "General de Ley Personas Morales"),
        entry("603", "Personas Morales con Fines no Lucrativos"),
        entry("605", "Sueldos y Salarios e Ingresos Asimilados a Salarios"),
        entry("606", "Arrendamiento"),
        entry("607", "Régimen de Enajenación o Adquisición de Bienes"),
        entry("608", "Demás ingresos"),
        entry("610", "Residentes en el Extranjero sin Establecimiento Permanente en México"),
        entry("611", "Ingresos por Dividendos (socios y accionistas)"),
        entry("612", "Personas Físicas con Actividades Empresariales y Profesionales"),
        entry("614", "Ingresos por intereses"),
        entry("615", "Régimen de los ingresos por obtención de premios"),
        entry("616", "Sin obligaciones fiscales"),
        entry("620", "Sociedades Cooperativas de Producción que optan por diferir sus ingresos"),
        entry("621", "Incorporación Fiscal"),
        entry("622", "Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras"),
        entry("623", "Opcional para Grupos de Sociedades"),
        entry("624", "Coordinados"),
        entry("625", "Régimen de las Actividades Empresariales con ingresos a través de Plataformas Tecnológicas"),
        entry("626", "Régimen Simplificado de Confianza"),
        entry("628", "Hidrocarburos"),
        entry("629", "De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales"),
        entry("630", "Enajenación de acciones en bolsa de valores"),
    };
    return regimes;
}

const QList<SatFiscalCode> &satCfdiUses()
{
    static const QList<SatFiscalCode> uses {
        entry("G01", "Adquisición de mercancías"),
        entry("G02", "Devoluciones, descuentos o bonificaciones"),
        entry("G03", "Gastos en general"),
        entry("I01", "Construcciones"),
        entry("I02", "Mobiliario y equipo de oficina por inversiones"),
        entry("I03", "Equipo de transporte"),
        entry("I04", "Equipo de computo y accesorios"),
        entry("I05", "Dados, troqueles, moldes, matrices y herramental"),
        entry("I06", "Comunicaciones telefónicas"),
        entry("I07", "Comunicaciones satelitales"),
        entry("I08", "Otra maquinaria y equipo"),
        entry("D01", "Honorarios médicos, dentales y gastos hospitalarios"),
        entry("D02", "Gastos médicos por incapacidad o discapacidad"),
        entry("D03", "Gastos funerales"),
        entry("D04", "Donativos"),
        entry("D05", "Intereses reales efectivamente pagados por créditos hipotecarios (casa habitación)"),
        entry("D06", "Aportaciones voluntarias al SAR"),
        entry("D07", "Primas por seguros de gastos médicos"),
        entry("D08", "Gastos de transportación escolar obligatoria"),
        entry("D09", "Depósitos en cuentas para el ahorro, primas que tengan como base planes de pensiones"),
        entry("D10", "Pagos por servicios educativos (colegiaturas)"),
        entry("S01", "Sin efectos fiscales"),
        entry("CP01", "Pagos"),
        entry("CN01", "Nómina"),
    };
    return uses;
}

bool isFiscalRegime(const QString &code)
{
    return sat::isRegimenFiscal(code);
}

bool isCfdiUse(const QString &code)
{
    return sat::isUsoCfdi(code);
}

bool fiscalRegimeAppliesTo(const QString &code, RfcKind kind)
{
    return kind == RfcKind::Generic ? code == kGenericRfcRegime : sat::regimenAppliesTo(code, persona(kind));
}

bool cfdiUseAppliesTo(const QString &code, RfcKind kind)
{
    return kind == RfcKind::Generic ? code == kGenericRfcCfdiUse : sat::usoAppliesTo(code, persona(kind));
}

QString fiscalRegimeDescription(const QString &code)
{
    const SatFiscalCode *found = findIn(satFiscalRegimes(), code);
    return found ? found->description : QString();
}

QString cfdiUseDescription(const QString &code)
{
    const SatFiscalCode *found = findIn(satCfdiUses(), code);
    return found ? found->description : QString();
}

} // namespace nexus
