// Reads a stamped CFDI 4.0 with QXmlStreamReader (namespace-aware: only cfdi: and tfd: elements count).
#include "cfdi/stampedcfdi.h"

#include "cfdi/satcatalogs.h"

#include <QRegularExpression>
#include <QStringView>
#include <QXmlStreamReader>

namespace nexus {

namespace {

const QString kCfdiNamespace = QStringLiteral("http://www.sat.gob.mx/cfd/4");
const QString kTfdNamespace = QStringLiteral("http://www.sat.gob.mx/TimbreFiscalDigital");
const QString kPagosNamespace = QStringLiteral("http://www.sat.gob.mx/Pagos20");
const QString kVerificationPrefix = QStringLiteral("https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx");

bool isDecimal(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^[0-9]+(\.[0-9]+)?$)"));
    return decimal.match(text).hasMatch();
}

StampedTax readTax(const QXmlStreamAttributes &attributes)
{
    StampedTax tax;
    tax.tax = attributes.value(QLatin1String("Impuesto")).toString();
    tax.factor = attributes.value(QLatin1String("TipoFactor")).toString();
    tax.rate = attributes.value(QLatin1String("TasaOCuota")).toString();
    tax.base = attributes.value(QLatin1String("Base")).toString();
    tax.amount = attributes.value(QLatin1String("Importe")).toString();
    return tax;
}

void readComprobante(StampedCfdi &cfdi, const QXmlStreamAttributes &a)
{
    const auto get = [&a](const char *name) { return a.value(QLatin1String(name)).toString(); };
    cfdi.version = get("Version");
    cfdi.type = get("TipoDeComprobante");
    cfdi.series = get("Serie");
    cfdi.folio = get("Folio");
    cfdi.date = get("Fecha");
    cfdi.paymentForm = get("FormaPago");
    cfdi.paymentMethod = get("MetodoPago");
    cfdi.conditions = get("CondicionesDePago");
    cfdi.currency = get("Moneda");
    cfdi.exchangeRate = get("TipoCambio");
    cfdi.subtotal = get("SubTotal");
    cfdi.discount = get("Descuento");
    cfdi.total = get("Total");
    cfdi.exportCode = get("Exportacion");
    cfdi.placeOfIssue = get("LugarExpedicion");
    cfdi.certificateNumber = get("NoCertificado");
    cfdi.certificate = get("Certificado");
    cfdi.seal = get("Sello");
}

StampedConcept readConcept(const QXmlStreamAttributes &a)
{
    const auto get = [&a](const char *name) { return a.value(QLatin1String(name)).toString(); };
    StampedConcept line;
    line.productKey = get("ClaveProdServ");
    line.sku = get("NoIdentificacion");
    line.quantity = get("Cantidad");
    line.unitKey = get("ClaveUnidad");
    line.unitName = get("Unidad");
    line.description = get("Descripcion");
    line.unitValue = get("ValorUnitario");
    line.amount = get("Importe");
    line.discount = get("Descuento");
    line.taxObject = get("ObjetoImp");
    return line;
}

FiscalStamp readStamp(const QXmlStreamAttributes &a)
{
    const auto get = [&a](const char *name) { return a.value(QLatin1String(name)).toString(); };
    FiscalStamp stamp;
    stamp.version = get("Version");
    stamp.uuid = get("UUID");
    stamp.stampedAt = get("FechaTimbrado");
    stamp.pacRfc = get("RfcProvCertif");
    stamp.legend = get("Leyenda");
    stamp.cfdSeal = get("SelloCFD");
    stamp.satCertificateNumber = get("NoCertificadoSAT");
    stamp.satSeal = get("SelloSAT");
    return stamp;
}

std::unexpected<Error> missing(const char *attribute)
{
    return fail(ErrorCode::InvalidInput, NX_ERR("The stamped CFDI has no valid %1."), { QLatin1String(attribute) },
        QLatin1String(attribute));
}

// The checks a printed representation depends on: what the QR, the cadena and the totals are made of.
Status checkStamped(const StampedCfdi &cfdi, bool hasStamp)
{
    if (cfdi.version != QLatin1String("4.0"))
        return fail(ErrorCode::InvalidInput, NX_ERR("The XML is a CFDI version \"%1\", not 4.0."), { cfdi.version },
            QStringLiteral("xml"));
    if (!hasStamp)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The CFDI has not been stamped: it has no TimbreFiscalDigital (folio fiscal)."), {},
            QStringLiteral("TimbreFiscalDigital"));
    if (!isDecimal(cfdi.total))
        return missing("Total");
    if (!isDecimal(cfdi.subtotal))
        return missing("SubTotal");
    if (cfdi.issuer.rfc.isEmpty())
        return missing("Rfc");
    if (cfdi.receiver.rfc.isEmpty())
        return missing("Rfc");
    if (cfdi.seal.size() < 8)
        return missing("Sello");
    const FiscalStamp &stamp = cfdi.stamp;
    if (!sat::isUuid(stamp.uuid))
        return missing("UUID");
    if (stamp.stampedAt.isEmpty())
        return missing("FechaTimbrado");
    if (stamp.pacRfc.isEmpty())
        return missing("RfcProvCertif");
    if (stamp.satCertificateNumber.isEmpty())
        return missing("NoCertificadoSAT");
    if (stamp.satSeal.isEmpty())
        return missing("SelloSAT");
    if (stamp.cfdSeal != cfdi.seal)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The stamp's SelloCFD is not this Comprobante's Sello: the timbre belongs to another document."), {},
            QStringLiteral("SelloCFD"));
    return {};
}

} // namespace

Result<Money> StampedCfdi::totalMoney() const
{
    const Currency money = currency == QLatin1String("USD") ? Currency::USD : Currency::MXN;
    return Money::parse(total, money);
}

Result<StampedCfdi> parseStampedCfdi(const QByteArray &xml)
{
    StampedCfdi cfdi;
    QXmlStreamReader reader(xml);
    QStringList path; // local names of the open cfdi: elements
    bool sawRoot = false;
    bool hasStamp = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (reader.namespaceUri() == kCfdiNamespace && !path.isEmpty())
                path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (!sawRoot) {
            sawRoot = true;
            if (reader.namespaceUri() != kCfdiNamespace || name != QLatin1String("Comprobante"))
                return fail(ErrorCode::InvalidInput, NX_ERR("The XML is not a CFDI 4.0 Comprobante"), {},
                    QStringLiteral("xml"));
            readComprobante(cfdi, attributes);
            path.append(name.toString());
            continue;
        }
        if (reader.namespaceUri() == kTfdNamespace && name == QLatin1String("TimbreFiscalDigital")) {
            cfdi.stamp = readStamp(attributes);
            hasStamp = true;
            continue;
        }
        if (reader.namespaceUri() == kPagosNamespace) {
            const auto get = [&attributes](const char *attribute) {
                return attributes.value(QLatin1String(attribute)).toString();
            };
            if (name == QLatin1String("Pago")) {
                cfdi.payments.push_back(
                    { get("FechaPago"), get("FormaDePagoP"), get("MonedaP"), get("Monto"), get("NumOperacion"), {} });
            } else if (name == QLatin1String("DoctoRelacionado") && !cfdi.payments.empty()) {
                cfdi.payments.back().documents.push_back(
                    { get("IdDocumento"), get("Serie"), get("Folio"), get("MonedaDR"), get("NumParcialidad"),
                        get("ImpSaldoAnt"), get("ImpPagado"), get("ImpSaldoInsoluto") });
            }
            continue;
        }
        if (reader.namespaceUri() != kCfdiNamespace)
            continue; // other complements and addenda: not part of the representation's data model
        const QString parent = path.isEmpty() ? QString() : path.constLast();
        const bool inConcept = path.contains(QLatin1String("Concepto"));
        path.append(name.toString());
        if (name == QLatin1String("InformacionGlobal")) {
            cfdi.globalPeriodicity = attributes.value(QLatin1String("Periodicidad")).toString();
            cfdi.globalMonths = attributes.value(QLatin1String("Meses")).toString();
            cfdi.globalYear = attributes.value(QStringLiteral("Año")).toString();
        } else if (name == QLatin1String("CfdiRelacionados")) {
            cfdi.related.push_back({ attributes.value(QLatin1String("TipoRelacion")).toString(), {} });
        } else if (name == QLatin1String("CfdiRelacionado") && !cfdi.related.empty()) {
            cfdi.related.back().uuids.append(attributes.value(QLatin1String("UUID")).toString());
        } else if (name == QLatin1String("Emisor")) {
            cfdi.issuer.rfc = attributes.value(QLatin1String("Rfc")).toString();
            cfdi.issuer.name = attributes.value(QLatin1String("Nombre")).toString();
            cfdi.issuer.taxSystem = attributes.value(QLatin1String("RegimenFiscal")).toString();
        } else if (name == QLatin1String("Receptor")) {
            cfdi.receiver.rfc = attributes.value(QLatin1String("Rfc")).toString();
            cfdi.receiver.name = attributes.value(QLatin1String("Nombre")).toString();
            cfdi.receiver.taxSystem = attributes.value(QLatin1String("RegimenFiscalReceptor")).toString();
            cfdi.receiver.zip = attributes.value(QLatin1String("DomicilioFiscalReceptor")).toString();
            cfdi.receiver.use = attributes.value(QLatin1String("UsoCFDI")).toString();
        } else if (name == QLatin1String("Concepto") && parent == QLatin1String("Conceptos")) {
            cfdi.concepts.push_back(readConcept(attributes));
        } else if (name == QLatin1String("Traslado") || name == QLatin1String("Retencion")) {
            const bool transfer = name == QLatin1String("Traslado");
            if (inConcept && !cfdi.concepts.empty()) {
                StampedConcept &line = cfdi.concepts.back();
                (transfer ? line.transfers : line.withholdings).push_back(readTax(attributes));
            } else if (!inConcept && path.size() == 4) { // Comprobante/Impuestos/Traslados/Traslado
                (transfer ? cfdi.transferSummary : cfdi.withholdingSummary).push_back(readTax(attributes));
            }
        } else if (name == QLatin1String("Impuestos") && parent == QLatin1String("Comprobante")) {
            cfdi.totalTransferred = attributes.value(QLatin1String("TotalImpuestosTrasladados")).toString();
            cfdi.totalWithheld = attributes.value(QLatin1String("TotalImpuestosRetenidos")).toString();
        }
    }
    if (reader.hasError())
        return fail(ErrorCode::InvalidInput, NX_ERR("The CFDI is not well-formed XML: %1 (line %2)"),
            { reader.errorString(), QString::number(reader.lineNumber()) }, QStringLiteral("xml"));
    if (!sawRoot)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The XML is not a CFDI 4.0 Comprobante"), {}, QStringLiteral("xml"));
    if (Status checked = checkStamped(cfdi, hasStamp); !checked)
        return std::unexpected(checked.error());
    return cfdi;
}

QString tfdCadenaOriginal(const FiscalStamp &stamp)
{
    // normalize-space() of every value, the optional Leyenda only when present: exactly the SAT's XSLT.
    QString cadena = QStringLiteral("||") + stamp.version.simplified() + u'|' + stamp.uuid.simplified() + u'|'
        + stamp.stampedAt.simplified() + u'|' + stamp.pacRfc.simplified() + u'|';
    if (!stamp.legend.simplified().isEmpty())
        cadena += stamp.legend.simplified() + u'|';
    cadena += stamp.cfdSeal.simplified() + u'|' + stamp.satCertificateNumber.simplified() + QStringLiteral("||");
    return cadena;
}

QString satVerificationTotal(const QString &total)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^\s*([0-9]*)(?:\.([0-9]*))?\s*$)"));
    const QRegularExpressionMatch match = decimal.match(total);
    if (!match.hasMatch())
        return QStringLiteral("0.0");
    const QString fraction = match.captured(2);
    // Six decimals exactly, then half up on the seventh (the Anexo's 18 integers and 6 decimals).
    QString digits = match.captured(1) + fraction.left(6).leftJustified(6, u'0');
    if (fraction.size() > 6 && fraction.at(6) >= u'5') {
        qsizetype i = digits.size() - 1;
        while (i >= 0 && digits.at(i) == u'9')
            digits[i--] = u'0';
        if (i < 0)
            digits.prepend(u'1');
        else
            digits[i] = QChar(digits.at(i).unicode() + 1);
    }
    QString integers = digits.left(digits.size() - 6);
    QString decimals = digits.right(6);
    while (integers.size() > 1 && integers.startsWith(u'0'))
        integers.remove(0, 1);
    if (integers.isEmpty())
        integers = QStringLiteral("0");
    while (decimals.size() > 1 && decimals.endsWith(u'0'))
        decimals.chop(1);
    return integers + u'.' + decimals;
}

QString satVerificationUrl(const StampedCfdi &cfdi)
{
    const auto rfc = [](const QString &value) { return QString(value).replace(u'&', QStringLiteral("&amp;")); };
    return kVerificationPrefix + QStringLiteral("?id=") + cfdi.stamp.uuid + QStringLiteral("&re=")
        + rfc(cfdi.issuer.rfc) + QStringLiteral("&rr=") + rfc(cfdi.receiver.rfc) + QStringLiteral("&tt=")
        + satVerificationTotal(cfdi.total) + QStringLiteral("&fe=") + cfdi.seal.right(8);
}

} // namespace nexus
