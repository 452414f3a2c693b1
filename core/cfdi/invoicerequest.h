// An invoice request in Facturapi's documented invoice JSON, so the same request goes to Facturapi or to our sealer.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

enum class CfdiType { Ingreso, Egreso, Pago }; // TipoDeComprobante I, E, P
enum class TaxType { Iva, Isr, Ieps }; // c_Impuesto 002, 001, 003
enum class TaxFactor { Tasa, Cuota, Exento }; // c_TipoFactor

[[nodiscard]] QString cfdiTypeCode(CfdiType type); // "I" | "E" | "P"
[[nodiscard]] QString taxTypeName(TaxType type); // "IVA" | "ISR" | "IEPS" (Facturapi)
[[nodiscard]] QString taxTypeSatCode(TaxType type); // "002" | "001" | "003"
[[nodiscard]] QString taxFactorName(TaxFactor factor); // "Tasa" | "Cuota" | "Exento"

// products[].taxes[] / related_documents[].taxes[]: a rate as parts per million (0.16 → 160000).
struct InvoiceTax
{
    TaxType type = TaxType::Iva;
    qint64 ratePpm = 160'000;
    TaxFactor factor = TaxFactor::Tasa;
    bool withholding = false;
    std::optional<Money> base; // Facturapi "base": by default the whole line (importe − descuento)
};

struct InvoiceProduct
{
    QString description;
    QString productKey; // ClaveProdServ (c_ClaveProdServ, 8 digits)
    QString unitKey; // ClaveUnidad
    QString unitName; // Unidad; empty: not written
    Money price; // per unit; with taxes when taxIncluded
    bool taxIncluded = true;
    QString taxability = QStringLiteral("02"); // ObjetoImp
    std::vector<InvoiceTax> taxes;
    QString sku; // NoIdentificacion
};

struct InvoiceItem
{
    Quantity quantity = Quantity::units(1);
    Money discount; // total for the line, in the same terms as the price (with taxes when taxIncluded)
    InvoiceProduct product;
};

struct InvoiceCustomer
{
    QString legalName; // Nombre, exactly as registered with the SAT (without "SA DE CV")
    QString taxId; // Rfc
    QString taxSystem; // RegimenFiscalReceptor
    QString zip; // DomicilioFiscalReceptor
};

// global: the factura global's InformacionGlobal.
struct GlobalInformation
{
    QString periodicity; // day | week | fortnight | month | two_months
    QString months; // c_Meses: "01"–"12", "13"–"18" for two_months
    int year = 0;
};

struct RelatedDocuments
{
    QString relationship; // c_TipoRelacion: "01" nota de crédito, "03" devolución, "04" sustitución…
    QStringList uuids;
};

// complements[type=pago].data[].related_documents[]: one PPD invoice this payment pays (part of).
struct PaymentRelatedDocument
{
    QString uuid;
    Money amount; // ImpPagado
    int installment = 1; // NumParcialidad
    Money lastBalance; // ImpSaldoAnt
    QString series;
    QString folioNumber;
    QString taxability; // ObjetoImpDR; empty: "02" when taxes, else "01"
    std::vector<InvoiceTax> taxes; // base required: the part of the invoice's tax base this payment covers
};

// complements[type=pago].data[]: one payment received.
struct Payment
{
    QString paymentForm; // FormaDePagoP, never "99"
    QDateTime date; // FechaPago; invalid: the document's date
    Currency currency = Currency::MXN;
    qint64 exchangePpm = 1'000'000; // TipoCambioP × 1e6
    QString operationNumber; // NumOperacion (Facturapi "numOperacion")
    std::vector<PaymentRelatedDocument> relatedDocuments;
};

struct InvoiceRequest
{
    CfdiType type = CfdiType::Ingreso;
    InvoiceCustomer customer;
    std::vector<InvoiceItem> items;
    QString paymentForm; // FormaPago
    QString paymentMethod = QStringLiteral("PUE"); // MetodoPago
    QString use = QStringLiteral("G01"); // UsoCFDI
    Currency currency = Currency::MXN;
    qint64 exchangePpm = 1'000'000; // TipoCambio × 1e6 (pesos per unit of currency)
    QString series;
    std::optional<qint64> folioNumber;
    QDateTime date; // invalid: now; without offset: wall-clock time at the place of issue
    QString conditions; // CondicionesDePago
    QString exportCode = QStringLiteral("01"); // Exportacion
    std::optional<GlobalInformation> global;
    std::vector<RelatedDocuments> relatedDocuments;
    std::vector<Payment> payments; // type P only
};

// The branch's fiscal data: {"tax_id", "legal_name", "tax_system", "zip"}, optional "time_zone" (IANA id of
// the place of issue, default America/Mexico_City) used to write Fecha as local time.
struct CfdiIssuer
{
    QString taxId;
    QString legalName;
    QString taxSystem;
    QString zip;
    QString timeZone = QStringLiteral("America/Mexico_City");
};

// Parses and checks the shape of Facturapi's invoice JSON (types, required fields, decimals); the SAT rules that
// need the whole document are checked by the builder. Errors name the field by its JSON path
// ("items[2].product.price"). Facturapi's defaults apply (quantity 1, tax_included true, IVA 16 %, H87…).
[[nodiscard]] Result<InvoiceRequest> parseInvoiceRequest(const QByteArray &json);
[[nodiscard]] Result<InvoiceRequest> parseInvoiceRequest(const QJsonObject &object);
// The request as Facturapi's JSON again (what a Facturapi client sends); parseInvoiceRequest(toJson(r)) == r.
[[nodiscard]] QJsonObject invoiceRequestToJson(const InvoiceRequest &request);

[[nodiscard]] Result<CfdiIssuer> parseIssuer(const QByteArray &json);

} // namespace nexus
