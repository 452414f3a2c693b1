// Writes a computed CFDI 4.0 document as the SAT's XML (cfdi:Comprobante, pago20:Pagos).
#pragma once

#include <QByteArray>
#include <QString>

#include "cfdi/cfdidocument.h"

namespace nexus {

// UTF-8 XML of the Comprobante; seal is the Sello in base64 (empty: the attribute is left out, as when the
// cadena original is computed before sealing: Sello is not part of the cadena).
[[nodiscard]] QByteArray writeCfdiXml(const CfdiDocument &document, const QString &seal = {});

// Amount formats of the SAT's XML.
[[nodiscard]] QString satDecimal(qint64 scaledValue, int scale, int minimumDecimals); // 1234500, 6, 2 → "1.2345"
[[nodiscard]] QString satRate(qint64 ratePpm); // 160000 → "0.160000"

} // namespace nexus
