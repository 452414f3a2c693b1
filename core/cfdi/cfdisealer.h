// Builds, seals and writes one CFDI 4.0: request → Comprobante → cadena original (SAT XSLT) → Sello (CSD, SHA-256).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "cfdi/cfdidocument.h"
#include "cfdi/csd.h"
#include "cfdi/invoicerequest.h"
#include "common/error.h"

namespace nexus {

struct SealedCfdi
{
    CfdiDocument document;
    QByteArray cadenaOriginal;
    QString seal; // Sello, base64
    QByteArray xml; // the sealed Comprobante, UTF-8
};

// Checks that the CSD is the issuer's (its RFC) and valid at the Comprobante's Fecha, then seals. The seal is
// verified against the certificate before it is returned. Nothing is written anywhere: the caller stores xml.
[[nodiscard]] Result<SealedCfdi> sealCfdi(
    const CfdiIssuer &issuer, const InvoiceRequest &request, const Csd &csd, const QDateTime &nowUtc);

// Writes data to path atomically: a temporary file in the same folder, renamed over path once complete.
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace nexus
