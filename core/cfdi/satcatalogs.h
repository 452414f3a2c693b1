// The small SAT catalogs a CFDI 4.0 needs checked before it is sealed (c_FormaPago, c_RegimenFiscal, c_UsoCFDI…).
#pragma once

#include <QString>
#include <QStringList>

namespace nexus::sat {

enum class Persona { Fisica, Moral };

[[nodiscard]] bool isFormaPago(const QString &code); // c_FormaPago: "01"…"31", "99"
[[nodiscard]] bool isUsoCfdi(const QString &code); // c_UsoCFDI
// c_UsoCFDI's "Aplica para tipo persona" column: D01–D10 (deducciones personales) only for personas físicas.
[[nodiscard]] bool usoAppliesTo(const QString &uso, Persona persona);
[[nodiscard]] bool isRegimenFiscal(const QString &code); // c_RegimenFiscal
// c_RegimenFiscal's "Física" / "Moral" columns (CFDI40141, CFDI40158).
[[nodiscard]] bool regimenAppliesTo(const QString &regimen, Persona persona);
[[nodiscard]] bool isTipoRelacion(const QString &code); // c_TipoRelacion "01"–"07"
[[nodiscard]] bool isObjetoImp(const QString &code); // c_ObjetoImp "01"–"08"
// Facturapi's global.periodicity → c_Periodicidad ("day" → "01" … "two_months" → "05"); empty when unknown.
[[nodiscard]] QString periodicidad(const QString &periodicity);
[[nodiscard]] bool isClaveProdServ(const QString &code); // 8 digits
[[nodiscard]] bool isClaveUnidad(const QString &code); // [A-Z0-9]{1,3}
[[nodiscard]] bool isCodigoPostal(const QString &code); // 5 digits
[[nodiscard]] bool isUuid(const QString &uuid); // folio fiscal: 8-4-4-4-12 hexadecimal digits


// Descriptions as the SAT's catalogs write them (Spanish: they go on the printed representation); empty when the code
// is not in the catalog.
[[nodiscard]] QString formaPagoName(const QString &code); // "01" → "Efectivo"
[[nodiscard]] QString metodoPagoName(const QString &code); // "PUE" → "Pago en una sola exhibición"
[[nodiscard]] QString usoCfdiName(const QString &code); // "G03" → "Gastos en general"
[[nodiscard]] QString regimenFiscalName(const QString &code); // "601" → "General de Ley Personas Morales"
[[nodiscard]] QString tipoComprobanteName(const QString &code); // "I" → "Ingreso"
[[nodiscard]] QString objetoImpName(const QString &code); // "02" → "Sí objeto de impuesto"
[[nodiscard]] QString impuestoName(const QString &code); // "002" → "IVA"
[[nodiscard]] QString exportacionName(const QString &code); // "01" → "No aplica"
[[nodiscard]] QString tipoRelacionName(const QString &code); // "01" → "Nota de crédito de los documentos…"
// Every code of the catalog, in catalog order (for pickers).
[[nodiscard]] QStringList formaPagoCodes();
[[nodiscard]] QStringList usoCfdiCodes();
[[nodiscard]] QStringList regimenFiscalCodes();

} // namespace nexus::sat
