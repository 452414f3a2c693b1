// A CFDI 4.0 Comprobante with every amount computed: what the XML writer prints, attribute for attribute.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "cfdi/invoicerequest.h"
#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

// A Traslado or Retencion, at concept or summary level (and TrasladoDR/TrasladoP in a payment).
struct CfdiTax
{
    TaxType type = TaxType::Iva;
    TaxFactor factor = TaxFactor::Tasa;
    qint64 ratePpm = 0; // TasaOCuota × 1e6; not written for Exento
    Money base; // Base (not written for summary Retenciones)
    Money amount; // Importe; not written for Exento
};

struct CfdiConcept
{
    QString productKey; // ClaveProdServ
    QString sku; // NoIdentificacion; empty: not written
    Quantity quantity; // Cantidad
    QString unitKey; // ClaveUnidad
    QString unitName; // Unidad; empty: not written
    QString description; // Descripcion
    qint64 unitValueMicros = 0; // ValorUnitario × 1e6 (written with six decimals when it needs them)
    Money amount; // Importe = Cantidad × ValorUnitario
    Money discount; // Descuento; written when > 0
    QString taxObject; // ObjetoImp
    std::vector<CfdiTax> transfers; // Traslados
    std::vector<CfdiTax> withholdings; // Retenciones
};

struct CfdiPaymentDocument
{
    QString uuid; // IdDocumento
    QString series;
    QString folio;
    Currency currency = Currency::MXN; // MonedaDR (EquivalenciaDR 1: same currency as the payment)
    int installment = 1; // NumParcialidad
    Money previousBalance; // ImpSaldoAnt
    Money paid; // ImpPagado
    Money remaining; // ImpSaldoInsoluto
    QString taxObject; // ObjetoImpDR
    std::vector<CfdiTax> transfers; // TrasladosDR
    std::vector<CfdiTax> withholdings; // RetencionesDR
};

struct CfdiPayment
{
    QString date; // FechaPago, local time "yyyy-MM-ddTHH:mm:ss"
    QString paymentForm; // FormaDePagoP
    Currency currency = Currency::MXN; // MonedaP
    qint64 exchangePpm = 1'000'000; // TipoCambioP × 1e6
    Money amount; // Monto
    QString operationNumber; // NumOperacion
    std::vector<CfdiPaymentDocument> documents;
    std::vector<CfdiTax> transfers; // ImpuestosP/TrasladosP (summed BaseDR / ImporteDR)
    std::vector<CfdiTax> withholdings; // ImpuestosP/RetencionesP
};

// pago20:Totales, in MXN.
struct CfdiPaymentTotals
{
    std::optional<Money> withheldIva, withheldIsr, withheldIeps;
    std::optional<Money> base16, tax16, base8, tax8, base0, tax0, baseExempt;
    Money total; // MontoTotalPagos
};

struct CfdiParty
{
    QString rfc;
    QString name;
    QString taxSystem; // RegimenFiscal / RegimenFiscalReceptor
    QString zip; // DomicilioFiscalReceptor (receptor only)
    QString use; // UsoCFDI (receptor only)
};

struct CfdiDocument
{
    CfdiType type = CfdiType::Ingreso;
    QString series;
    QString folio;
    QString date; // Fecha: local time at the place of issue, "yyyy-MM-ddTHH:mm:ss"
    QDateTime issuedAtUtc; // the same instant, for the certificate's validity
    QString paymentForm; // FormaPago; empty for P
    QString paymentMethod; // MetodoPago; empty for P
    QString conditions; // CondicionesDePago
    Currency currency = Currency::MXN; // Moneda ("XXX" for P)
    qint64 exchangePpm = 1'000'000; // TipoCambio, written for USD
    Money subtotal;
    std::optional<Money> discount; // Descuento: present when a concept has one
    Money total;
    QString exportCode = QStringLiteral("01");
    QString placeOfIssue; // LugarExpedicion
    // InformacionGlobal
    QString globalPeriodicity;
    QString globalMonths;
    int globalYear = 0;
    std::vector<RelatedDocuments> related;
    CfdiParty issuer;
    CfdiParty receiver;
    std::vector<CfdiConcept> concepts;
    // Comprobante Impuestos: written when there are taxes
    std::vector<CfdiTax> transferSummary;
    std::vector<CfdiTax> withholdingSummary;
    std::optional<Money> totalTransferred; // TotalImpuestosTrasladados (absent when every traslado is Exento)
    std::optional<Money> totalWithheld; // TotalImpuestosRetenidos
    // Pagos 2.0 (type P)
    std::vector<CfdiPayment> payments;
    CfdiPaymentTotals paymentTotals;
    // From the CSD when sealed
    QString certificateNumber; // NoCertificado
    QString certificate; // Certificado (base64 DER)

    [[nodiscard]] bool isGlobal() const { return !globalPeriodicity.isEmpty(); }
};

} // namespace nexus
