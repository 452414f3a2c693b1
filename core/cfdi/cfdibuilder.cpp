// CFDI 4.0 amounts and rules: Anexo 20 guía de llenado, factura global and Pagos 2.0 guides, Matriz de Errores.
#include "cfdi/cfdibuilder.h"

#include "cfdi/satcatalogs.h"
#include "common/tax.h"
#include "customers/rfc.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace nexus {

namespace {

constexpr qint64 kMicrosPerCentavo = 10'000;
const QString kPublicoEnGeneral = QStringLiteral("PUBLICO EN GENERAL");

std::unexpected<Error> rule(const char *text, const QString &field, QStringList args = {})
{
    return fail(ErrorCode::InvalidInput, text, std::move(args), field);
}

QString at(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString localTimestamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// The request's date as wall-clock time at the place of issue: a date with an offset (Facturapi sends UTC) is
// converted; one without is taken as already local.
QDateTime localTime(const QDateTime &date, const QDateTime &nowUtc, const QTimeZone &zone)
{
    if (!date.isValid())
        return nowUtc.toTimeZone(zone);
    if (date.timeSpec() == Qt::LocalTime)
        return QDateTime(date.date(), date.time(), zone);
    return date.toTimeZone(zone);
}

// RFC as the SAT's schema and check rules want it. An RFC whose only fault is the check digit is let through:
// the SAT did issue a few such RFCs, and its own registry decides when the invoice is stamped.
Result<QString> checkedRfc(const QString &rfc, const QString &field)
{
    static const QRegularExpression schemaPattern(
        QStringLiteral("^[A-Z&\u00D1]{3,4}[0-9]{2}(0[1-9]|1[012])(0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A]$"));
    const RfcCheck check = checkRfc(rfc);
    bool accepted = check.valid;
    if (!accepted && check.normalized.size() >= 12) {
        const QString body = check.normalized.first(check.normalized.size() - 1);
        const QChar expected = rfcCheckDigit(body);
        accepted = !expected.isNull() && checkRfc(body + expected).valid;
    }
    if (!accepted)
        return rule(NX_ERR("%1: the RFC is not valid: %2"), field, { field, check.reason.message() });
    if (!schemaPattern.match(check.normalized).hasMatch())
        return rule(NX_ERR("%1: the RFC \"%2\" does not have the form the SAT's schema requires"), field,
            { field, check.normalized });
    return check.normalized;
}

sat::Persona personaOf(const QString &rfc)
{
    return rfc.size() == 12 ? sat::Persona::Moral : sat::Persona::Fisica;
}

bool isGenericRfc(const QString &rfc)
{
    return rfc == kGenericRfcNational || rfc == kGenericRfcForeign;
}

// The TaxRate of common/tax.h for an IVA traslado, so tax-included prices split as at the counter.
TaxRate counterRate(const CfdiTax &transfer)
{
    if (transfer.factor == TaxFactor::Exento)
        return TaxRate::exempt();
    switch (transfer.ratePpm) {
    case 160'000:
        return TaxRate::iva16();
    case 80'000:
        return TaxRate::ivaBorder8();
    default:
        return TaxRate::ivaZero();
    }
}

// Checks one of a product's taxes against c_Impuesto/c_TipoFactor/c_TasaOCuota as far as this builder supports.
Status checkTax(const InvoiceTax &tax, const QString &field)
{
    if (tax.type == TaxType::Ieps || tax.factor == TaxFactor::Cuota)
        return rule(NX_ERR("%1: IEPS and taxes by Cuota are not supported by this sealer"), field, { field });
    if (!tax.withholding) {
        if (tax.type != TaxType::Iva)
            return rule(
                NX_ERR("%1: ISR is never transferred (trasladado), only withheld (CFDI40179)"), field, { field });
        if (tax.factor == TaxFactor::Tasa && tax.ratePpm != 160'000 && tax.ratePpm != 80'000 && tax.ratePpm != 0)
            return rule(NX_ERR("%1: IVA trasladado must be 0.16, 0.08 (border region) or 0, not %2 (CFDI40179)"), field,
                { field, QString::number(static_cast<double>(tax.ratePpm) / 1e6) });
        return {};
    }
    if (tax.factor == TaxFactor::Exento)
        return rule(NX_ERR("%1: a withholding (retención) cannot be Exento (CFDI40184)"), field, { field });
    const qint64 maximum = tax.type == TaxType::Iva ? 160'000 : 350'000;
    if (tax.ratePpm <= 0 || tax.ratePpm > maximum)
        return rule(NX_ERR("%1: the withholding rate %2 is outside the SAT's range for %3 (CFDI40185)"), field,
            { field, QString::number(static_cast<double>(tax.ratePpm) / 1e6), taxTypeName(tax.type) });
    return {};
}

CfdiTax computedTax(const InvoiceTax &tax, Money base)
{
    CfdiTax result { tax.type, tax.factor, tax.ratePpm, base, Money::zero(base.currency()) };
    if (tax.factor != TaxFactor::Exento)
        result.amount = base.timesPpm(tax.ratePpm);
    return result;
}

Result<CfdiConcept> buildConcept(const InvoiceItem &item, const QString &path, CfdiType type, bool global)
{
    const QString productPath = at(path, "product");
    const InvoiceProduct &product = item.product;
    CfdiConcept line;
    line.productKey = product.productKey;
    line.sku = product.sku;
    line.quantity = item.quantity;
    line.unitKey = product.unitKey;
    line.unitName = global ? QString() : product.unitName; // factura global: Unidad must not exist
    line.description = product.description;
    line.taxObject = product.taxability;

    if (!sat::isClaveProdServ(product.productKey))
        return rule(NX_ERR("%1: \"%2\" is not a c_ClaveProdServ key of 8 digits (CFDI40162)"),
            at(productPath, "product_key"), { at(productPath, "product_key"), product.productKey });
    if (!sat::isClaveUnidad(product.unitKey))
        return rule(NX_ERR("%1: \"%2\" is not a c_ClaveUnidad key (CFDI40165)"), at(productPath, "unit_key"),
            { at(productPath, "unit_key"), product.unitKey });
    if (global) {
        if (product.productKey != QLatin1String("01010101"))
            return rule(NX_ERR("%1: a factura global's concepts use ClaveProdServ 01010101, not %2 (guía de llenado "
                               "factura global)"),
                at(productPath, "product_key"), { at(productPath, "product_key"), product.productKey });
        if (product.unitKey != QLatin1String("ACT"))
            return rule(NX_ERR("%1: a factura global's concepts use ClaveUnidad ACT, not %2 (guía de llenado factura "
                               "global)"),
                at(productPath, "unit_key"), { at(productPath, "unit_key"), product.unitKey });
        if (item.quantity != Quantity::units(1))
            return rule(NX_ERR("%1: a factura global has one line per ticket with Cantidad 1 (guía de llenado "
                               "factura global)"),
                at(path, "quantity"), { at(path, "quantity") });
        if (product.sku.isEmpty())
            return rule(NX_ERR("%1: a factura global's line needs the ticket folio as NoIdentificacion (guía de "
                               "llenado factura global)"),
                at(productPath, "sku"), { at(productPath, "sku") });
    }

    if (!sat::isObjetoImp(product.taxability))
        return rule(NX_ERR("%1: \"%2\" is not a c_ObjetoImp key (CFDI40170)"), at(productPath, "taxability"),
            { at(productPath, "taxability"), product.taxability });
    const bool subject = product.taxability == QLatin1String("02");
    if (!subject && product.taxability != QLatin1String("01") && product.taxability != QLatin1String("03")
        && product.taxability != QLatin1String("04") && product.taxability != QLatin1String("05"))
        return rule(NX_ERR("%1: ObjetoImp %2 is not supported by this sealer"), at(productPath, "taxability"),
            { at(productPath, "taxability"), product.taxability });
    if (subject && product.taxes.empty())
        return rule(NX_ERR("%1: ObjetoImp 02 (sí objeto de impuesto) needs its taxes itemised (CFDI40171)"),
            at(productPath, "taxes"), { at(productPath, "taxes") });
    if (!subject && !product.taxes.empty())
        return rule(NX_ERR("%1: with ObjetoImp %2 the line must not itemise taxes (CFDI40172)"),
            at(productPath, "taxes"), { at(productPath, "taxes"), product.taxability });

    std::vector<const InvoiceTax *> transfers;
    std::vector<const InvoiceTax *> withholdings;
    for (std::size_t i = 0; i < product.taxes.size(); ++i) {
        const InvoiceTax &tax = product.taxes[i];
        if (Status checked = checkTax(tax, index(at(productPath, "taxes"), static_cast<qsizetype>(i))); !checked)
            return std::unexpected(checked.error());
        (tax.withholding ? withholdings : transfers).push_back(&tax);
    }
    if (transfers.size() > 1)
        for (const InvoiceTax *tax : transfers)
            if (!tax->base)
                return rule(NX_ERR("%1: a line with several IVA rates needs the base of each (taxes[].base)"),
                    at(productPath, "taxes"), { at(productPath, "taxes") });

    const Money gross = product.price.times(item.quantity.thousandths());
    if (item.discount > gross)
        return rule(NX_ERR("%1: the discount is greater than the amount of the line (CFDI40169)"), at(path, "discount"),
            { at(path, "discount") });
    Money base;
    std::optional<Money> includedTax;
    if (product.taxIncluded && !transfers.empty()) {
        if (!withholdings.empty() || transfers.size() > 1 || transfers.front()->base)
            return rule(NX_ERR("%1: a price with taxes included (tax_included) takes one IVA rate and no "
                               "withholdings or bases: send the price without taxes"),
                at(productPath, "tax_included"), { at(productPath, "tax_included") });
        const TaxRate rate = counterRate(
            CfdiTax { TaxType::Iva, transfers.front()->factor, transfers.front()->ratePpm, Money(), Money() });
        // The counter's own split: importe from the price before the discount, base and tax after it.
        const LineAmounts before = splitTaxIncluded(gross, rate);
        const LineAmounts after = lineAmounts(product.price, item.quantity, item.discount, rate);
        line.amount = before.base;
        line.discount = before.base - after.base;
        base = after.base;
        includedTax = after.tax;
        line.unitValueMicros
            = divideRounded(line.amount.centavos() * kMicrosPerCentavo * Quantity::kScale, item.quantity.thousandths());
    } else {
        line.amount = gross;
        line.discount = item.discount;
        base = gross - item.discount;
        line.unitValueMicros = product.price.centavos() * kMicrosPerCentavo;
    }
    if (type != CfdiType::Pago && line.unitValueMicros <= 0)
        return rule(NX_ERR("%1: ValorUnitario must be greater than zero (CFDI40166)"), at(productPath, "price"),
            { at(productPath, "price") });

    for (const InvoiceTax *tax : transfers) {
        CfdiTax transfer = computedTax(*tax, tax->base.value_or(base));
        if (includedTax && tax->factor != TaxFactor::Exento)
            transfer.amount = *includedTax;
        if (transfer.base.centavos() <= 0)
            return rule(NX_ERR("%1: the tax base must be greater than zero (CFDI40174)"), at(productPath, "taxes"),
                { at(productPath, "taxes") });
        if (transfer.base > base)
            return rule(NX_ERR("%1: a tax base is greater than the line's amount after discount"),
                at(productPath, "taxes"), { at(productPath, "taxes") });
        line.transfers.push_back(transfer);
    }
    for (const InvoiceTax *tax : withholdings) {
        CfdiTax withholding = computedTax(*tax, tax->base.value_or(base));
        if (withholding.base.centavos() <= 0)
            return rule(NX_ERR("%1: the withholding base must be greater than zero (CFDI40181)"),
                at(productPath, "taxes"), { at(productPath, "taxes") });
        line.withholdings.push_back(withholding);
    }
    return line;
}

// Adds a tax into the summary list, grouped as the SAT wants: by impuesto, factor and tasa (retenciones: impuesto).
void addToSummary(std::vector<CfdiTax> &summary, const CfdiTax &tax, bool byImpuestoOnly)
{
    for (CfdiTax &entry : summary)
        if (entry.type == tax.type
            && (byImpuestoOnly || (entry.factor == tax.factor && entry.ratePpm == tax.ratePpm))) {
            entry.base += tax.base;
            entry.amount += tax.amount;
            return;
        }
    summary.push_back(tax);
}

Status checkParty(const CfdiParty &party, const QString &path, bool issuer)
{
    if (!sat::isRegimenFiscal(party.taxSystem))
        return rule(issuer ? NX_ERR("%1: \"%2\" is not a c_RegimenFiscal key (CFDI40140)")
                           : NX_ERR("%1: \"%2\" is not a c_RegimenFiscal key (CFDI40157)"),
            at(path, "tax_system"), { at(path, "tax_system"), party.taxSystem });
    const sat::Persona persona = personaOf(party.rfc);
    if (!isGenericRfc(party.rfc) && !sat::regimenAppliesTo(party.taxSystem, persona))
        return rule(issuer ? NX_ERR("%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40141)")
                           : NX_ERR("%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40158)"),
            at(path, "tax_system"),
            { at(path, "tax_system"), party.taxSystem,
                persona == sat::Persona::Moral ? QStringLiteral("moral") : QStringLiteral("física"), party.rfc });
    if (party.name.isEmpty())
        return rule(NX_ERR("%1 is required"), at(path, "legal_name"), { at(path, "legal_name") });
    return {};
}

Result<CfdiParty> buildReceiver(const InvoiceRequest &request, const CfdiDocument &document)
{
    const QString path = QStringLiteral("customer");
    Result<QString> rfc = checkedRfc(request.customer.taxId, at(path, "tax_id"));
    if (!rfc)
        return std::unexpected(rfc.error());
    CfdiParty receiver { *rfc, request.customer.legalName, request.customer.taxSystem, request.customer.zip,
        request.use };
    if (!sat::isCodigoPostal(receiver.zip))
        return rule(NX_ERR("%1: \"%2\" is not a postal code of 5 digits"), at(at(path, "address"), "zip"),
            { at(at(path, "address"), "zip"), receiver.zip });
    if (Status checked = checkParty(receiver, path, false); !checked)
        return std::unexpected(checked.error());
    if (receiver.rfc == kGenericRfcForeign)
        return rule(NX_ERR("%1: invoices to foreign residents (XEXX010101000) need ResidenciaFiscal and are not "
                           "supported by this sealer"),
            at(path, "tax_id"), { at(path, "tax_id") });
    if (receiver.name.compare(kPublicoEnGeneral, Qt::CaseInsensitive) == 0 && receiver.rfc != kGenericRfcNational)
        return rule(NX_ERR("%1: \"PUBLICO EN GENERAL\" goes with RFC XAXX010101000 (CFDI40146)"), at(path, "tax_id"),
            { at(path, "tax_id") });
    if (isGenericRfc(receiver.rfc)) {
        if (receiver.taxSystem != QLatin1String("616"))
            return rule(NX_ERR("%1: with the generic RFC %2 the receiver's régimen must be 616 (sin obligaciones "
                               "fiscales) (CFDI40159)"),
                at(path, "tax_system"), { at(path, "tax_system"), receiver.rfc });
        if (receiver.zip != document.placeOfIssue)
            return rule(NX_ERR("%1: with the generic RFC %2 the receiver's postal code must be the place of issue %3 "
                               "(CFDI40149)"),
                at(at(path, "address"), "zip"),
                { at(at(path, "address"), "zip"), receiver.rfc, document.placeOfIssue });
    }
    if (!sat::isUsoCfdi(receiver.use))
        return rule(NX_ERR("%1: \"%2\" is not a c_UsoCFDI key (CFDI40160)"), QStringLiteral("use"),
            { QStringLiteral("use"), receiver.use });
    const bool pago = request.type == CfdiType::Pago;
    if (pago && receiver.use != QLatin1String("CP01"))
        return rule(NX_ERR("%1: a payment (type P) uses UsoCFDI CP01, not %2 (guía de llenado pagos)"),
            QStringLiteral("use"), { QStringLiteral("use"), receiver.use });
    if (!pago && (receiver.use == QLatin1String("CP01") || receiver.use == QLatin1String("CN01")))
        return rule(NX_ERR("%1: UsoCFDI %2 is only for payments or payroll (CFDI40161)"), QStringLiteral("use"),
            { QStringLiteral("use"), receiver.use });
    if (!pago && receiver.taxSystem == QLatin1String("616") && receiver.use != QLatin1String("S01"))
        return rule(NX_ERR("%1: a receiver without tax obligations (régimen 616) takes UsoCFDI S01, not %2 "
                           "(CFDI40161)"),
            QStringLiteral("use"), { QStringLiteral("use"), receiver.use });
    if (!sat::usoAppliesTo(receiver.use, personaOf(receiver.rfc)))
        return rule(NX_ERR("%1: UsoCFDI %2 is only for personas físicas (CFDI40161)"), QStringLiteral("use"),
            { QStringLiteral("use"), receiver.use });
    return receiver;
}

Status buildGlobal(const InvoiceRequest &request, const QDateTime &local, CfdiDocument &document)
{
    if (!request.global) {
        if (request.type == CfdiType::Ingreso && document.receiver.rfc == kGenericRfcNational
            && document.receiver.name.compare(kPublicoEnGeneral, Qt::CaseInsensitive) == 0)
            return rule(NX_ERR("%1: an invoice to PUBLICO EN GENERAL (XAXX010101000) is a factura global and needs "
                               "global {periodicity, months, year} (CFDI40130)"),
                QStringLiteral("global"), { QStringLiteral("global") });
        return {};
    }
    const GlobalInformation &global = *request.global;
    if (request.type != CfdiType::Ingreso)
        return rule(NX_ERR("%1: only an ingreso (type I) can be a factura global"), QStringLiteral("global"),
            { QStringLiteral("global") });
    document.globalPeriodicity = sat::periodicidad(global.periodicity);
    if (document.globalPeriodicity.isEmpty())
        return rule(NX_ERR("%1: \"%2\" is not a periodicity: use day, week, fortnight, month or two_months "
                           "(CFDI40131)"),
            QStringLiteral("global.periodicity"), { QStringLiteral("global.periodicity"), global.periodicity });
    const bool bimonthly = document.globalPeriodicity == QLatin1String("05");
    if (bimonthly && document.issuer.taxSystem != QLatin1String("621"))
        return rule(NX_ERR("%1: a two-month factura global is only for régimen 621 (CFDI40132)"),
            QStringLiteral("global.periodicity"), { QStringLiteral("global.periodicity") });
    static const QRegularExpression monthPattern(QStringLiteral("^(0[1-9]|1[0-2])$"));
    static const QRegularExpression bimesterPattern(QStringLiteral("^1[3-8]$"));
    if (!bimonthly && !monthPattern.match(global.months).hasMatch())
        return rule(NX_ERR("%1: \"%2\" is not a month 01–12 (CFDI40134)"), QStringLiteral("global.months"),
            { QStringLiteral("global.months"), global.months });
    if (bimonthly && !bimesterPattern.match(global.months).hasMatch())
        return rule(NX_ERR("%1: \"%2\" is not a two-month period 13–18 (CFDI40135)"), QStringLiteral("global.months"),
            { QStringLiteral("global.months"), global.months });
    if (global.year != local.date().year() && global.year != local.date().year() - 1)
        return rule(NX_ERR("%1: the year %2 must be the year of the invoice's date or the one before (CFDI40136)"),
            QStringLiteral("global.year"), { QStringLiteral("global.year"), QString::number(global.year) });
    if (document.receiver.rfc != kGenericRfcNational)
        return rule(NX_ERR("%1: a factura global goes to RFC XAXX010101000 (CFDI40146)"),
            QStringLiteral("customer.tax_id"), { QStringLiteral("customer.tax_id") });
    if (document.receiver.name != kPublicoEnGeneral)
        return rule(NX_ERR("%1: a factura global goes to \"PUBLICO EN GENERAL\" (guía de llenado factura global)"),
            QStringLiteral("customer.legal_name"), { QStringLiteral("customer.legal_name") });
    document.globalMonths = global.months;
    document.globalYear = global.year;
    return {};
}

Status buildRelated(const InvoiceRequest &request, CfdiDocument &document)
{
    for (std::size_t i = 0; i < request.relatedDocuments.size(); ++i) {
        const RelatedDocuments &related = request.relatedDocuments[i];
        const QString path = index(QStringLiteral("related_documents"), static_cast<qsizetype>(i));
        if (!sat::isTipoRelacion(related.relationship))
            return rule(NX_ERR("%1: \"%2\" is not a c_TipoRelacion key (CFDI40137)"), at(path, "relationship"),
                { at(path, "relationship"), related.relationship });
        if (related.uuids.isEmpty())
            return rule(NX_ERR("%1 must list at least one folio fiscal (UUID)"), at(path, "documents"),
                { at(path, "documents") });
        for (qsizetype j = 0; j < related.uuids.size(); ++j)
            if (!sat::isUuid(related.uuids.at(j)))
                return rule(NX_ERR("%1: \"%2\" is not a folio fiscal (UUID)"), index(at(path, "documents"), j),
                    { index(at(path, "documents"), j), related.uuids.at(j) });
    }
    if (request.type == CfdiType::Egreso && request.relatedDocuments.empty())
        return rule(NX_ERR("%1: a nota de crédito (type E) must relate the invoices it corrects (TipoRelacion 01 or "
                           "03)"),
            QStringLiteral("related_documents"), { QStringLiteral("related_documents") });
    document.related = request.relatedDocuments;
    return {};
}

Money toMxn(Money amount, qint64 exchangePpm)
{
    return Money(divideRounded(amount.centavos() * exchangePpm, 1'000'000), Currency::MXN);
}

void addOptional(std::optional<Money> &total, Money amount)
{
    total = total.value_or(Money::zero()) + amount;
}

Status buildPayments(
    const InvoiceRequest &request, const QTimeZone &zone, const QDateTime &issuedLocal, CfdiDocument &document)
{
    if (!request.paymentForm.isEmpty())
        return rule(NX_ERR("%1: a payment (type P) has no FormaPago; each payment carries its own (CFDI40103)"),
            QStringLiteral("payment_form"), { QStringLiteral("payment_form") });
    if (!request.paymentMethod.isEmpty())
        return rule(NX_ERR("%1: a payment (type P) has no MetodoPago (CFDI40125)"), QStringLiteral("payment_method"),
            { QStringLiteral("payment_method") });
    if (request.currency != Currency::MXN)
        return rule(NX_ERR("%1: a payment (type P) is in currency XXX; give each payment's currency instead"),
            QStringLiteral("currency"), { QStringLiteral("currency") });
    CfdiConcept line;
    line.productKey = QStringLiteral("84111506");
    line.quantity = Quantity::units(1);
    line.unitKey = QStringLiteral("ACT");
    line.description = QStringLiteral("Pago");
    line.taxObject = QStringLiteral("01");
    document.concepts = { line };

    CfdiPaymentTotals &totals = document.paymentTotals;
    for (std::size_t p = 0; p < request.payments.size(); ++p) {
        const Payment &input = request.payments[p];
        const QString path = index(QStringLiteral("complements[0].data"), static_cast<qsizetype>(p));
        if (!sat::isFormaPago(input.paymentForm) || input.paymentForm == QLatin1String("99"))
            return rule(NX_ERR("%1: \"%2\" is not the form of a payment received: use a c_FormaPago key other than 99 "
                               "(guía de llenado pagos)"),
                at(path, "payment_form"), { at(path, "payment_form"), input.paymentForm });
        if (input.currency == Currency::USD && input.exchangePpm == 1'000'000)
            return rule(NX_ERR("%1: a payment in USD needs the day's exchange rate (TipoCambioP)"),
                at(path, "exchange"), { at(path, "exchange") });
        const QDateTime paidLocal = localTime(input.date.isValid() ? input.date : issuedLocal, QDateTime(), zone);
        if (paidLocal > issuedLocal)
            return rule(
                NX_ERR("%1: the payment's date is after the document's date"), at(path, "date"), { at(path, "date") });
        CfdiPayment payment;
        payment.date = localTimestamp(paidLocal);
        payment.paymentForm = input.paymentForm;
        payment.currency = input.currency;
        payment.exchangePpm = input.currency == Currency::MXN ? 1'000'000 : input.exchangePpm;
        payment.operationNumber = input.operationNumber;
        payment.amount = Money::zero(input.currency);
        for (std::size_t d = 0; d < input.relatedDocuments.size(); ++d) {
            const PaymentRelatedDocument &related = input.relatedDocuments[d];
            const QString docPath = index(at(path, "related_documents"), static_cast<qsizetype>(d));
            if (!sat::isUuid(related.uuid))
                return rule(NX_ERR("%1: \"%2\" is not a folio fiscal (UUID)"), at(docPath, "uuid"),
                    { at(docPath, "uuid"), related.uuid });
            if (related.amount > related.lastBalance)
                return rule(NX_ERR("%1: the payment %2 is more than the balance %3 still owed: ImpSaldoInsoluto "
                                   "cannot be negative (guía de llenado pagos)"),
                    at(docPath, "amount"),
                    { at(docPath, "amount"), related.amount.toPlainString(), related.lastBalance.toPlainString() });
            CfdiPaymentDocument doc;
            doc.uuid = related.uuid;
            doc.series = related.series;
            doc.folio = related.folioNumber;
            doc.currency = input.currency;
            doc.installment = related.installment;
            doc.previousBalance = related.lastBalance;
            doc.paid = related.amount;
            doc.remaining = related.lastBalance - related.amount;
            doc.taxObject = related.taxability.isEmpty()
                ? (related.taxes.empty() ? QStringLiteral("01") : QStringLiteral("02"))
                : related.taxability;
            if (!sat::isObjetoImp(doc.taxObject))
                return rule(NX_ERR("%1: \"%2\" is not a c_ObjetoImp key (CFDI40170)"), at(docPath, "taxability"),
                    { at(docPath, "taxability"), doc.taxObject });
            if (doc.taxObject == QLatin1String("02") && related.taxes.empty())
                return rule(NX_ERR("%1: ObjetoImpDR 02 needs the taxes of the part paid (ImpuestosDR)"),
                    at(docPath, "taxes"), { at(docPath, "taxes") });
            if (doc.taxObject != QLatin1String("02") && !related.taxes.empty())
                return rule(NX_ERR("%1: with ObjetoImpDR %2 the payment must not itemise taxes"), at(docPath, "taxes"),
                    { at(docPath, "taxes"), doc.taxObject });
            for (std::size_t t = 0; t < related.taxes.size(); ++t) {
                const InvoiceTax &tax = related.taxes[t];
                const QString taxPath = index(at(docPath, "taxes"), static_cast<qsizetype>(t));
                if (Status checked = checkTax(tax, taxPath); !checked)
                    return std::unexpected(checked.error());
                const CfdiTax computed = computedTax(tax, *tax.base);
                if (computed.base.centavos() <= 0)
                    return rule(NX_ERR("%1: the tax base must be greater than zero (guía de llenado pagos, BaseDR)"),
                        at(taxPath, "base"), { at(taxPath, "base") });
                (tax.withholding ? doc.withholdings : doc.transfers).push_back(computed);
                addToSummary(tax.withholding ? payment.withholdings : payment.transfers, computed, tax.withholding);
            }
            payment.amount += doc.paid;
            payment.documents.push_back(doc);
        }
        // Totales, in MXN: each payment's ImpuestosP and Monto at its TipoCambioP.
        for (const CfdiTax &tax : payment.transfers) {
            const Money base = toMxn(tax.base, payment.exchangePpm);
            const Money amount = toMxn(tax.amount, payment.exchangePpm);
            if (tax.factor == TaxFactor::Exento) {
                addOptional(totals.baseExempt, base);
            } else if (tax.ratePpm == 160'000) {
                addOptional(totals.base16, base);
                addOptional(totals.tax16, amount);
            } else if (tax.ratePpm == 80'000) {
                addOptional(totals.base8, base);
                addOptional(totals.tax8, amount);
            } else {
                addOptional(totals.base0, base);
                addOptional(totals.tax0, amount);
            }
        }
        for (const CfdiTax &tax : payment.withholdings)
            addOptional(tax.type == TaxType::Iva
                    ? totals.withheldIva
                    : (tax.type == TaxType::Isr ? totals.withheldIsr : totals.withheldIeps),
                toMxn(tax.amount, payment.exchangePpm));
        totals.total += toMxn(payment.amount, payment.exchangePpm);
        document.payments.push_back(payment);
    }
    return {};
}

} // namespace

Money paymentTaxBase(Money invoiceBase, Money invoiceTotal, Money paid)
{
    if (invoiceTotal.centavos() <= 0)
        return Money::zero(invoiceBase.currency());
    return Money(
        divideRounded(invoiceBase.centavos() * paid.centavos(), invoiceTotal.centavos()), invoiceBase.currency());
}

Result<CfdiDocument> buildCfdi(const CfdiIssuer &issuer, const InvoiceRequest &request, const QDateTime &nowUtc)
{
    CfdiDocument document;
    document.type = request.type;

    const QString issuerPath = QStringLiteral("issuer");
    Result<QString> issuerRfc = checkedRfc(issuer.taxId, at(issuerPath, "tax_id"));
    if (!issuerRfc)
        return std::unexpected(issuerRfc.error());
    document.issuer = CfdiParty { *issuerRfc, issuer.legalName, issuer.taxSystem, {}, {} };
    if (Status checked = checkParty(document.issuer, issuerPath, true); !checked)
        return std::unexpected(checked.error());
    if (!sat::isCodigoPostal(issuer.zip))
        return rule(NX_ERR("%1: \"%2\" is not a postal code of 5 digits (CFDI40126)"), at(issuerPath, "zip"),
            { at(issuerPath, "zip"), issuer.zip });
    document.placeOfIssue = issuer.zip;
    const QTimeZone zone(issuer.timeZone.toUtf8());
    if (!zone.isValid())
        return rule(NX_ERR("%1: \"%2\" is not a time zone (example: America/Mexico_City)"), at(issuerPath, "time_zone"),
            { at(issuerPath, "time_zone"), issuer.timeZone });

    const QDateTime issuedLocal = localTime(request.date, nowUtc, zone);
    document.date = localTimestamp(issuedLocal);
    document.issuedAtUtc = issuedLocal.toUTC();
    if (issuedLocal.date().year() < 2010 || issuedLocal.date().year() > 2099)
        return rule(NX_ERR("%1: the date is outside the years the SAT accepts (CFDI40101)"), QStringLiteral("date"),
            { QStringLiteral("date") });
    document.series = request.series;
    if (request.folioNumber)
        document.folio = QString::number(*request.folioNumber);
    if (document.folio.size() > 40)
        return rule(NX_ERR("%1 is longer than %2 characters"), QStringLiteral("folio_number"),
            { QStringLiteral("folio_number"), QStringLiteral("40") });
    if (request.exportCode != QLatin1String("01"))
        return rule(NX_ERR("%1: only Exportacion 01 (no aplica) is supported; 02 needs the Comercio Exterior "
                           "complement (CFDI40122)"),
            QStringLiteral("export"), { QStringLiteral("export") });
    document.conditions = request.conditions;

    Result<CfdiParty> receiver = buildReceiver(request, document);
    if (!receiver)
        return std::unexpected(receiver.error());
    document.receiver = *receiver;
    if (Status related = buildRelated(request, document); !related)
        return std::unexpected(related.error());
    if (Status global = buildGlobal(request, issuedLocal, document); !global)
        return std::unexpected(global.error());

    if (request.type == CfdiType::Pago) {
        if (Status payments = buildPayments(request, zone, issuedLocal, document); !payments)
            return std::unexpected(payments.error());
        document.currency = Currency::MXN; // written as XXX for type P
        document.subtotal = Money::zero();
        document.total = Money::zero();
        return document;
    }

    // Ingreso / egreso
    if (!sat::isFormaPago(request.paymentForm))
        return rule(NX_ERR("%1: \"%2\" is not a c_FormaPago key (CFDI40104)"), QStringLiteral("payment_form"),
            { QStringLiteral("payment_form"), request.paymentForm });
    if (request.paymentMethod != QLatin1String("PUE") && request.paymentMethod != QLatin1String("PPD"))
        return rule(NX_ERR("%1: \"%2\" is not a c_MetodoPago key: use PUE or PPD (CFDI40124)"),
            QStringLiteral("payment_method"), { QStringLiteral("payment_method"), request.paymentMethod });
    if (request.paymentMethod == QLatin1String("PPD") && request.paymentForm != QLatin1String("99"))
        return rule(NX_ERR("%1: with MetodoPago PPD (paid later or in parts) the FormaPago must be 99 (por definir), "
                           "not %2 (CFDI40105)"),
            QStringLiteral("payment_form"), { QStringLiteral("payment_form"), request.paymentForm });
    if (request.paymentMethod == QLatin1String("PUE") && request.paymentForm == QLatin1String("99"))
        return rule(NX_ERR("%1: with MetodoPago PUE (paid in full) the FormaPago must say how it was paid, not 99 "
                           "(guía de llenado)"),
            QStringLiteral("payment_form"), { QStringLiteral("payment_form") });
    if (request.type == CfdiType::Egreso && request.paymentMethod != QLatin1String("PUE"))
        return rule(NX_ERR("%1: a nota de crédito (type E) uses MetodoPago PUE"), QStringLiteral("payment_method"),
            { QStringLiteral("payment_method") });
    document.paymentForm = request.paymentForm;
    document.paymentMethod = request.paymentMethod;
    document.currency = request.currency;
    document.exchangePpm = request.currency == Currency::MXN ? 1'000'000 : request.exchangePpm;
    if (request.currency != Currency::MXN && request.exchangePpm == 1'000'000)
        return rule(NX_ERR("%1: an invoice in %2 needs the day's exchange rate (TipoCambio) (CFDI40115)"),
            QStringLiteral("exchange"), { QStringLiteral("exchange"), currencyCode(request.currency) });

    document.subtotal = Money::zero(request.currency);
    Money discount = Money::zero(request.currency);
    bool anyDiscount = false;
    for (std::size_t i = 0; i < request.items.size(); ++i) {
        Result<CfdiConcept> line = buildConcept(request.items[i],
            index(QStringLiteral("items"), static_cast<qsizetype>(i)), request.type, request.global.has_value());
        if (!line)
            return std::unexpected(line.error());
        document.subtotal += line->amount;
        if (line->discount.centavos() > 0) {
            discount += line->discount;
            anyDiscount = true;
        }
        for (const CfdiTax &tax : line->transfers)
            addToSummary(document.transferSummary, tax, false);
        for (const CfdiTax &tax : line->withholdings)
            addToSummary(document.withholdingSummary, tax, true);
        document.concepts.push_back(*line);
    }
    if (anyDiscount)
        document.discount = discount;
    Money transferred = Money::zero(request.currency);
    bool anyRate = false;
    for (const CfdiTax &tax : document.transferSummary)
        if (tax.factor != TaxFactor::Exento) {
            transferred += tax.amount;
            anyRate = true;
        }
    if (anyRate)
        document.totalTransferred = transferred;
    Money withheld = Money::zero(request.currency);
    for (const CfdiTax &tax : document.withholdingSummary)
        withheld += tax.amount;
    if (!document.withholdingSummary.empty())
        document.totalWithheld = withheld;
    document.total = document.subtotal - discount + transferred - withheld;
    if (document.total.isNegative())
        return rule(NX_ERR("%1: the withholdings are greater than the invoice's amount"), QStringLiteral("items"),
            { QStringLiteral("items") });
    return document;
}

} // namespace nexus
