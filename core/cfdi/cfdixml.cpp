// QXmlStreamWriter over the CFDI 4.0 and Pagos 2.0 schemas, in their element order.
#include "cfdi/cfdixml.h"

#include <QXmlStreamWriter>

namespace nexus {

namespace {

const QString kCfdi = QStringLiteral("http://www.sat.gob.mx/cfd/4");
const QString kPago = QStringLiteral("http://www.sat.gob.mx/Pagos20");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString money(Money amount)
{
    return amount.toPlainString();
}

void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, value);
}

void writeTaxAttributes(QXmlStreamWriter &xml, const CfdiTax &tax, const QString &suffix, bool withBase)
{
    if (withBase)
        xml.writeAttribute(QStringLiteral("Base") + suffix, money(tax.base));
    xml.writeAttribute(QStringLiteral("Impuesto") + suffix, taxTypeSatCode(tax.type));
    xml.writeAttribute(QStringLiteral("TipoFactor") + suffix, taxFactorName(tax.factor));
    if (tax.factor != TaxFactor::Exento) {
        xml.writeAttribute(QStringLiteral("TasaOCuota") + suffix, satRate(tax.ratePpm));
        xml.writeAttribute(QStringLiteral("Importe") + suffix, money(tax.amount));
    }
}

// <Traslados><Traslado …/></Traslados> in namespace ns, element names with suffix ("DR", "P" or "").
void writeTransfers(QXmlStreamWriter &xml, const QString &ns, const std::vector<CfdiTax> &taxes, const QString &suffix)
{
    if (taxes.empty())
        return;
    xml.writeStartElement(ns, QStringLiteral("Traslados") + suffix);
    for (const CfdiTax &tax : taxes) {
        xml.writeStartElement(ns, QStringLiteral("Traslado") + suffix);
        writeTaxAttributes(xml, tax, suffix, true);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeConceptWithholdings(QXmlStreamWriter &xml, const std::vector<CfdiTax> &taxes)
{
    if (taxes.empty())
        return;
    xml.writeStartElement(kCfdi, QStringLiteral("Retenciones"));
    for (const CfdiTax &tax : taxes) {
        xml.writeStartElement(kCfdi, QStringLiteral("Retencion"));
        writeTaxAttributes(xml, tax, {}, true);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeConcept(QXmlStreamWriter &xml, const CfdiConcept &line, bool payment)
{
    xml.writeStartElement(kCfdi, QStringLiteral("Concepto"));
    xml.writeAttribute(QStringLiteral("ClaveProdServ"), line.productKey);
    attribute(xml, QStringLiteral("NoIdentificacion"), line.sku);
    xml.writeAttribute(QStringLiteral("Cantidad"), line.quantity.toString());
    xml.writeAttribute(QStringLiteral("ClaveUnidad"), line.unitKey);
    attribute(xml, QStringLiteral("Unidad"), line.unitName);
    xml.writeAttribute(QStringLiteral("Descripcion"), line.description);
    // The payment's line is "0" exactly as the Pagos guide writes it.
    xml.writeAttribute(
        QStringLiteral("ValorUnitario"), payment ? QStringLiteral("0") : satDecimal(line.unitValueMicros, 6, 2));
    xml.writeAttribute(QStringLiteral("Importe"), payment ? QStringLiteral("0") : money(line.amount));
    if (line.discount.centavos() > 0)
        xml.writeAttribute(QStringLiteral("Descuento"), money(line.discount));
    xml.writeAttribute(QStringLiteral("ObjetoImp"), line.taxObject);
    if (!line.transfers.empty() || !line.withholdings.empty()) {
        xml.writeStartElement(kCfdi, QStringLiteral("Impuestos"));
        writeTransfers(xml, kCfdi, line.transfers, {});
        writeConceptWithholdings(xml, line.withholdings);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeSummary(QXmlStreamWriter &xml, const CfdiDocument &document)
{
    if (document.transferSummary.empty() && document.withholdingSummary.empty())
        return;
    xml.writeStartElement(kCfdi, QStringLiteral("Impuestos"));
    if (document.totalWithheld)
        xml.writeAttribute(QStringLiteral("TotalImpuestosRetenidos"), money(*document.totalWithheld));
    if (document.totalTransferred)
        xml.writeAttribute(QStringLiteral("TotalImpuestosTrasladados"), money(*document.totalTransferred));
    if (!document.withholdingSummary.empty()) {
        xml.writeStartElement(kCfdi, QStringLiteral("Retenciones"));
        for (const CfdiTax &tax : document.withholdingSummary) {
            xml.writeStartElement(kCfdi, QStringLiteral("Retencion"));
            xml.writeAttribute(QStringLiteral("Impuesto"), taxTypeSatCode(tax.type));
            xml.writeAttribute(QStringLiteral("Importe"), money(tax.amount));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    writeTransfers(xml, kCfdi, document.transferSummary, {});
    xml.writeEndElement();
}

void writePaymentWithholdings(QXmlStreamWriter &xml, const std::vector<CfdiTax> &taxes, bool summary)
{
    if (taxes.empty())
        return;
    const QString suffix = summary ? QStringLiteral("P") : QStringLiteral("DR");
    xml.writeStartElement(kPago, QStringLiteral("Retenciones") + suffix);
    for (const CfdiTax &tax : taxes) {
        xml.writeStartElement(kPago, QStringLiteral("Retencion") + suffix);
        if (summary) { // RetencionP: ImpuestoP and ImporteP only
            xml.writeAttribute(QStringLiteral("ImpuestoP"), taxTypeSatCode(tax.type));
            xml.writeAttribute(QStringLiteral("ImporteP"), money(tax.amount));
        } else {
            writeTaxAttributes(xml, tax, suffix, true);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void optionalTotal(QXmlStreamWriter &xml, const char *name, const std::optional<Money> &value)
{
    if (value)
        xml.writeAttribute(QLatin1String(name), money(*value));
}

void writePayments(QXmlStreamWriter &xml, const CfdiDocument &document)
{
    xml.writeStartElement(kCfdi, QStringLiteral("Complemento"));
    xml.writeStartElement(kPago, QStringLiteral("Pagos"));
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    const CfdiPaymentTotals &totals = document.paymentTotals;
    xml.writeStartElement(kPago, QStringLiteral("Totales"));
    optionalTotal(xml, "TotalRetencionesIVA", totals.withheldIva);
    optionalTotal(xml, "TotalRetencionesISR", totals.withheldIsr);
    optionalTotal(xml, "TotalRetencionesIEPS", totals.withheldIeps);
    optionalTotal(xml, "TotalTrasladosBaseIVA16", totals.base16);
    optionalTotal(xml, "TotalTrasladosImpuestoIVA16", totals.tax16);
    optionalTotal(xml, "TotalTrasladosBaseIVA8", totals.base8);
    optionalTotal(xml, "TotalTrasladosImpuestoIVA8", totals.tax8);
    optionalTotal(xml, "TotalTrasladosBaseIVA0", totals.base0);
    optionalTotal(xml, "TotalTrasladosImpuestoIVA0", totals.tax0);
    optionalTotal(xml, "TotalTrasladosBaseIVAExento", totals.baseExempt);
    xml.writeAttribute(QStringLiteral("MontoTotalPagos"), money(totals.total));
    xml.writeEndElement();
    for (const CfdiPayment &payment : document.payments) {
        xml.writeStartElement(kPago, QStringLiteral("Pago"));
        xml.writeAttribute(QStringLiteral("FechaPago"), payment.date);
        xml.writeAttribute(QStringLiteral("FormaDePagoP"), payment.paymentForm);
        xml.writeAttribute(QStringLiteral("MonedaP"), currencyCode(payment.currency));
        xml.writeAttribute(QStringLiteral("TipoCambioP"),
            payment.currency == Currency::MXN ? QStringLiteral("1") : satDecimal(payment.exchangePpm, 6, 0));
        xml.writeAttribute(QStringLiteral("Monto"), money(payment.amount));
        attribute(xml, QStringLiteral("NumOperacion"), payment.operationNumber);
        for (const CfdiPaymentDocument &doc : payment.documents) {
            xml.writeStartElement(kPago, QStringLiteral("DoctoRelacionado"));
            xml.writeAttribute(QStringLiteral("IdDocumento"), doc.uuid);
            attribute(xml, QStringLiteral("Serie"), doc.series);
            attribute(xml, QStringLiteral("Folio"), doc.folio);
            xml.writeAttribute(QStringLiteral("MonedaDR"), currencyCode(doc.currency));
            xml.writeAttribute(QStringLiteral("EquivalenciaDR"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("NumParcialidad"), QString::number(doc.installment));
            xml.writeAttribute(QStringLiteral("ImpSaldoAnt"), money(doc.previousBalance));
            xml.writeAttribute(QStringLiteral("ImpPagado"), money(doc.paid));
            xml.writeAttribute(QStringLiteral("ImpSaldoInsoluto"), money(doc.remaining));
            xml.writeAttribute(QStringLiteral("ObjetoImpDR"), doc.taxObject);
            if (!doc.transfers.empty() || !doc.withholdings.empty()) {
                xml.writeStartElement(kPago, QStringLiteral("ImpuestosDR"));
                writePaymentWithholdings(xml, doc.withholdings, false);
                writeTransfers(xml, kPago, doc.transfers, QStringLiteral("DR"));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!payment.transfers.empty() || !payment.withholdings.empty()) {
            xml.writeStartElement(kPago, QStringLiteral("ImpuestosP"));
            writePaymentWithholdings(xml, payment.withholdings, true);
            writeTransfers(xml, kPago, payment.transfers, QStringLiteral("P"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QString satDecimal(qint64 scaledValue, int scale, int minimumDecimals)
{
    qint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    const bool negative = scaledValue < 0;
    const quint64 magnitude
        = negative ? static_cast<quint64>(-(scaledValue + 1)) + 1 : static_cast<quint64>(scaledValue);
    QString fraction = QStringLiteral("%1").arg(magnitude % static_cast<quint64>(divisor), scale, 10, QLatin1Char('0'));
    while (fraction.size() > minimumDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString text
        = (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / static_cast<quint64>(divisor));
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text;
}

QString satRate(qint64 ratePpm)
{
    return satDecimal(ratePpm, 6, 6);
}

QByteArray writeCfdiXml(const CfdiDocument &document, const QString &seal)
{
    const bool payment = document.type == CfdiType::Pago;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(QStringLiteral("1.0"));
    xml.writeNamespace(kCfdi, QStringLiteral("cfdi"));
    xml.writeNamespace(kXsi, QStringLiteral("xsi"));
    if (payment)
        xml.writeNamespace(kPago, QStringLiteral("pago20"));
    xml.writeStartElement(kCfdi, QStringLiteral("Comprobante"));
    QString schemaLocation = kCfdi + QStringLiteral(" http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd");
    if (payment)
        schemaLocation
            += QLatin1Char(' ') + kPago + QStringLiteral(" http://www.sat.gob.mx/sitio_internet/cfd/Pagos/Pagos20.xsd");
    xml.writeAttribute(kXsi, QStringLiteral("schemaLocation"), schemaLocation);
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral("4.0"));
    attribute(xml, QStringLiteral("Serie"), document.series);
    attribute(xml, QStringLiteral("Folio"), document.folio);
    xml.writeAttribute(QStringLiteral("Fecha"), document.date);
    attribute(xml, QStringLiteral("Sello"), seal);
    attribute(xml, QStringLiteral("FormaPago"), document.paymentForm);
    xml.writeAttribute(QStringLiteral("NoCertificado"), document.certificateNumber);
    attribute(xml, QStringLiteral("Certificado"), document.certificate);
    attribute(xml, QStringLiteral("CondicionesDePago"), document.conditions);
    xml.writeAttribute(QStringLiteral("SubTotal"), payment ? QStringLiteral("0") : money(document.subtotal));
    if (document.discount)
        xml.writeAttribute(QStringLiteral("Descuento"), money(*document.discount));
    xml.writeAttribute(QStringLiteral("Moneda"), payment ? QStringLiteral("XXX") : currencyCode(document.currency));
    if (!payment && document.currency != Currency::MXN)
        xml.writeAttribute(QStringLiteral("TipoCambio"), satDecimal(document.exchangePpm, 6, 0));
    xml.writeAttribute(QStringLiteral("Total"), payment ? QStringLiteral("0") : money(document.total));
    xml.writeAttribute(QStringLiteral("TipoDeComprobante"), cfdiTypeCode(document.type));
    xml.writeAttribute(QStringLiteral("Exportacion"), document.exportCode);
    attribute(xml, QStringLiteral("MetodoPago"), document.paymentMethod);
    xml.writeAttribute(QStringLiteral("LugarExpedicion"), document.placeOfIssue);

    if (document.isGlobal()) {
        xml.writeStartElement(kCfdi, QStringLiteral("InformacionGlobal"));
        xml.writeAttribute(QStringLiteral("Periodicidad"), document.globalPeriodicity);
        xml.writeAttribute(QStringLiteral("Meses"), document.globalMonths);
        xml.writeAttribute(QStringLiteral("A\u00F1o"), QString::number(document.globalYear));
        xml.writeEndElement();
    }
    for (const RelatedDocuments &related : document.related) {
        xml.writeStartElement(kCfdi, QStringLiteral("CfdiRelacionados"));
        xml.writeAttribute(QStringLiteral("TipoRelacion"), related.relationship);
        for (const QString &uuid : related.uuids) {
            xml.writeStartElement(kCfdi, QStringLiteral("CfdiRelacionado"));
            xml.writeAttribute(QStringLiteral("UUID"), uuid);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(kCfdi, QStringLiteral("Emisor"));
    xml.writeAttribute(QStringLiteral("Rfc"), document.issuer.rfc);
    xml.writeAttribute(QStringLiteral("Nombre"), document.issuer.name);
    xml.writeAttribute(QStringLiteral("RegimenFiscal"), document.issuer.taxSystem);
    xml.writeEndElement();
    xml.writeStartElement(kCfdi, QStringLiteral("Receptor"));
    xml.writeAttribute(QStringLiteral("Rfc"), document.receiver.rfc);
    xml.writeAttribute(QStringLiteral("Nombre"), document.receiver.name);
    xml.writeAttribute(QStringLiteral("DomicilioFiscalReceptor"), document.receiver.zip);
    xml.writeAttribute(QStringLiteral("RegimenFiscalReceptor"), document.receiver.taxSystem);
    xml.writeAttribute(QStringLiteral("UsoCFDI"), document.receiver.use);
    xml.writeEndElement();
    xml.writeStartElement(kCfdi, QStringLiteral("Conceptos"));
    for (const CfdiConcept &line : document.concepts)
        writeConcept(xml, line, payment);
    xml.writeEndElement();
    writeSummary(xml, document);
    if (payment)
        writePayments(xml, document);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace nexus
