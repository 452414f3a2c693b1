// A stamped CFDI 4.0 read back from its XML (Comprobante + TimbreFiscalDigital): what the printed representation shows,
// the cadena original of the TFD and the SAT's verification URL for the QR.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "cfdi/cfdidocument.h"
#include "common/error.h"
#include "common/money.h"

namespace nexus {

// Amounts are kept exactly as the XML writes them ("1234.50", "0.160000"): the printed representation shows the
// stamped document's own figures, never a re-computation.
struct StampedTax
{
    QString tax; // Impuesto: "002"
    QString factor; // TipoFactor
    QString rate; // TasaOCuota; empty for Exento
    QString base; // Base (empty in summary Retenciones)
    QString amount; // Importe; empty for Exento
};

struct StampedConcept
{
    QString productKey; // ClaveProdServ
    QString sku; // NoIdentificacion
    QString quantity; // Cantidad
    QString unitKey; // ClaveUnidad
    QString unitName; // Unidad
    QString description; // Descripcion
    QString unitValue; // ValorUnitario
    QString amount; // Importe
    QString discount; // Descuento
    QString taxObject; // ObjetoImp
    std::vector<StampedTax> transfers;
    std::vector<StampedTax> withholdings;
};

// pago20:DoctoRelacionado: the invoice (part of) which a payment pays.
struct StampedPaidDocument
{
    QString uuid; // IdDocumento
    QString series;
    QString folio;
    QString currency; // MonedaDR
    QString installment; // NumParcialidad
    QString previousBalance; // ImpSaldoAnt
    QString paid; // ImpPagado
    QString remaining; // ImpSaldoInsoluto
};

// pago20:Pago of a recibo de pago (TipoDeComprobante P).
struct StampedPayment
{
    QString date; // FechaPago
    QString paymentForm; // FormaDePagoP
    QString currency; // MonedaP
    QString amount; // Monto
    QString operationNumber; // NumOperacion
    std::vector<StampedPaidDocument> documents;
};

// tfd:TimbreFiscalDigital 1.1, the PAC's stamp.
struct FiscalStamp
{
    QString version; // "1.1"
    QString uuid; // the folio fiscal
    QString stampedAt; // FechaTimbrado "yyyy-MM-ddTHH:mm:ss"
    QString pacRfc; // RfcProvCertif
    QString legend; // Leyenda (optional)
    QString cfdSeal; // SelloCFD: the issuer's Sello as the PAC received it
    QString satCertificateNumber; // NoCertificadoSAT
    QString satSeal; // SelloSAT
};

struct StampedCfdi
{
    QString version; // "4.0"
    QString type; // TipoDeComprobante: I, E, P, T, N
    QString series;
    QString folio;
    QString date; // Fecha
    QString paymentForm; // FormaPago
    QString paymentMethod; // MetodoPago
    QString conditions; // CondicionesDePago
    QString currency; // Moneda
    QString exchangeRate; // TipoCambio
    QString subtotal; // SubTotal
    QString discount; // Descuento
    QString total; // Total
    QString exportCode; // Exportacion
    QString placeOfIssue; // LugarExpedicion
    QString certificateNumber; // NoCertificado
    QString certificate; // Certificado (base64)
    QString seal; // Sello
    QString globalPeriodicity, globalMonths, globalYear; // InformacionGlobal
    std::vector<RelatedDocuments> related; // CfdiRelacionados
    CfdiParty issuer; // Rfc, Nombre, RegimenFiscal
    CfdiParty receiver; // Rfc, Nombre, RegimenFiscalReceptor, DomicilioFiscalReceptor, UsoCFDI
    std::vector<StampedConcept> concepts;
    std::vector<StampedTax> transferSummary; // Comprobante/Impuestos/Traslados
    std::vector<StampedTax> withholdingSummary; // Comprobante/Impuestos/Retenciones
    QString totalTransferred; // TotalImpuestosTrasladados
    QString totalWithheld; // TotalImpuestosRetenidos
    std::vector<StampedPayment> payments; // complemento de Pagos 2.0
    FiscalStamp stamp;

    // Total as money of the document's currency (MXN when it is neither MXN nor USD, e.g. "XXX" of a payment).
    [[nodiscard]] Result<Money> totalMoney() const;
};

// Reads a stamped CFDI 4.0. Errors (InvalidInput): not well-formed XML (field "xml"), the root is not a CFDI 4.0
// cfdi:Comprobante ("xml"), no tfd:TimbreFiscalDigital ("TimbreFiscalDigital"), a required attribute missing or
// malformed (the attribute's name: "UUID", "Total", "Rfc"…).
[[nodiscard]] Result<StampedCfdi> parseStampedCfdi(const QByteArray &xml);

// The cadena original del complemento de certificación digital del SAT, as cadenaoriginal_TFD_1_1.xslt gives it:
// "||1.1|UUID|FechaTimbrado|RfcProvCertif|[Leyenda|]SelloCFD|NoCertificadoSAT||" (spaces normalised).
[[nodiscard]] QString tfdCadenaOriginal(const FiscalStamp &stamp);

// The QR's text, the SAT's verification URL (Anexo 20, "código de barras bidimensional"):
// https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx?id=UUID&re=RFC&rr=RFC&tt=TOTAL&fe=SELLO8
// RFCs with "&" written "&amp;", tt with up to 18 integers and 6 decimals without non-significant zeros (at least one
// decimal: "1200.5", "1000.0"), fe the last 8 characters of the Sello.
[[nodiscard]] QString satVerificationUrl(const StampedCfdi &cfdi);
// The tt value alone: "001200.500000" → "1200.5", "0" → "0.0"; rounded half up at the sixth decimal.
[[nodiscard]] QString satVerificationTotal(const QString &total);

} // namespace nexus
