// Facturapi invoice JSON ⇄ InvoiceRequest: shape, types and decimals; Facturapi's defaults where a field is absent.
#include "cfdi/invoicerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace nexus {

QString cfdiTypeCode(CfdiType type)
{
    switch (type) {
    case CfdiType::Ingreso:
        return QStringLiteral("I");
    case CfdiType::Egreso:
        return QStringLiteral("E");
    case CfdiType::Pago:
        return QStringLiteral("P");
    }
    return {};
}

QString taxTypeName(TaxType type)
{
    switch (type) {
    case TaxType::Iva:
        return QStringLiteral("IVA");
    case TaxType::Isr:
        return QStringLiteral("ISR");
    case TaxType::Ieps:
        return QStringLiteral("IEPS");
    }
    return {};
}

QString taxTypeSatCode(TaxType type)
{
    switch (type) {
    case TaxType::Iva:
        return QStringLiteral("002");
    case TaxType::Isr:
        return QStringLiteral("001");
    case TaxType::Ieps:
        return QStringLiteral("003");
    }
    return {};
}

QString taxFactorName(TaxFactor factor)
{
    switch (factor) {
    case TaxFactor::Tasa:
        return QStringLiteral("Tasa");
    case TaxFactor::Cuota:
        return QStringLiteral("Cuota");
    case TaxFactor::Exento:
        return QStringLiteral("Exento");
    }
    return {};
}

namespace {

std::unexpected<Error> bad(const char *text, const QString &path, QStringList more = {})
{
    return fail(ErrorCode::InvalidInput, text, QStringList { path } + more, path);
}

QString at(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool present(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

// Text field: absent/null gives fallback (or an error when required); trimmed; at most maxLength characters.
Result<QString> text(const QJsonObject &object, const char *key, const QString &path, bool required,
    const QString &fallback = {}, qsizetype maxLength = 1000)
{
    const QString field = at(path, key);
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return bad(NX_ERR("%1 is required"), field);
        return fallback;
    }
    QString result;
    if (value.isString())
        result = value.toString().trimmed();
    else if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble() && std::abs(value.toDouble()) < 1e15)
        result = QString::number(static_cast<qint64>(value.toDouble())); // keys such as "01010101" sent as numbers
    else
        return bad(NX_ERR("%1 must be text"), field);
    if (required && result.isEmpty())
        return bad(NX_ERR("%1 is required"), field);
    if (result.size() > maxLength)
        return bad(NX_ERR("%1 is longer than %2 characters"), field, { QString::number(maxLength) });
    if (result.contains(QLatin1Char('|')))
        return bad(
            NX_ERR("%1 must not contain the character |: the SAT's cadena original uses it as separator"), field);
    return result;
}

// A decimal as an integer scaled by 10^decimals: 12.5 with 2 decimals → 1250. Numbers or numeric strings.
Result<qint64> scaled(const QJsonValue &value, int decimals, const QString &field)
{
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    if (value.isString()) {
        static const QRegularExpression pattern(QStringLiteral(R"(^(-?)(\d{1,13})(?:\.(\d+))?$)"));
        const QRegularExpressionMatch match = pattern.match(value.toString().trimmed());
        if (!match.hasMatch())
            return bad(NX_ERR("%1 must be a number"), field);
        QString fraction = match.captured(3);
        if (fraction.size() > decimals)
            return bad(NX_ERR("%1 has more than %2 decimals"), field, { QString::number(decimals) });
        while (fraction.size() < decimals)
            fraction.append(QLatin1Char('0'));
        const qint64 magnitude = match.captured(2).toLongLong() * factor + (decimals > 0 ? fraction.toLongLong() : 0);
        return match.captured(1).isEmpty() ? magnitude : -magnitude;
    }
    if (!value.isDouble())
        return bad(NX_ERR("%1 must be a number"), field);
    const double exact = value.toDouble() * static_cast<double>(factor);
    if (!std::isfinite(exact) || std::abs(exact) > 9e15 / 10)
        return bad(NX_ERR("%1 is too large"), field);
    const double rounded = std::round(exact);
    if (std::abs(exact - rounded) > 1e-3)
        return bad(NX_ERR("%1 has more than %2 decimals"), field, { QString::number(decimals) });
    return static_cast<qint64>(rounded);
}

Result<qint64> number(
    const QJsonObject &object, const char *key, const QString &path, int decimals, std::optional<qint64> fallback)
{
    if (!present(object, key)) {
        if (fallback)
            return *fallback;
        return bad(NX_ERR("%1 is required"), at(path, key));
    }
    return scaled(object.value(QLatin1String(key)), decimals, at(path, key));
}

Result<bool> boolean(const QJsonObject &object, const char *key, const QString &path, bool fallback)
{
    if (!present(object, key))
        return fallback;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isBool())
        return bad(NX_ERR("%1 must be true or false"), at(path, key));
    return value.toBool();
}

Result<QJsonObject> object(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isObject())
        return bad(present(parent, key) ? NX_ERR("%1 must be an object") : NX_ERR("%1 is required"), at(path, key));
    return value.toObject();
}

Result<QJsonArray> array(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return bad(NX_ERR("%1 is required"), at(path, key));
        return QJsonArray();
    }
    if (!value.isArray())
        return bad(NX_ERR("%1 must be a list"), at(path, key));
    return value.toArray();
}

Result<QDateTime> dateTime(const QJsonObject &object, const char *key, const QString &path)
{
    if (!present(object, key))
        return QDateTime();
    const QJsonValue value = object.value(QLatin1String(key));
    const QDateTime parsed
        = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!parsed.isValid())
        return bad(NX_ERR("%1 must be a date and time in ISO 8601 (2025-01-15T10:30:00 or with Z / an offset)"),
            at(path, key));
    return parsed;
}

Result<Currency> currency(const QJsonObject &object, const QString &path)
{
    Result<QString> code = text(object, "currency", path, false, QStringLiteral("MXN"), 3);
    if (!code)
        return std::unexpected(code.error());
    if (code->compare(QLatin1String("MXN"), Qt::CaseInsensitive) == 0)
        return Currency::MXN;
    if (code->compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0)
        return Currency::USD;
    return bad(NX_ERR("%1: the currency \"%2\" is not supported: use MXN or USD"), at(path, "currency"), { *code });
}

Result<qint64> exchange(const QJsonObject &object, const QString &path)
{
    Result<qint64> ppm = number(object, "exchange", path, 6, 1'000'000);
    if (ppm && *ppm <= 0)
        return bad(NX_ERR("%1 must be greater than zero"), at(path, "exchange"));
    return ppm;
}

Result<InvoiceTax> parseTax(const QJsonValue &value, const QString &path, Currency money, bool baseRequired)
{
    if (!value.isObject())
        return bad(NX_ERR("%1 must be an object"), path);
    const QJsonObject json = value.toObject();
    InvoiceTax tax;
    Result<QString> type = text(json, "type", path, false, QStringLiteral("IVA"), 4);
    if (!type)
        return std::unexpected(type.error());
    if (*type == QLatin1String("IVA"))
        tax.type = TaxType::Iva;
    else if (*type == QLatin1String("ISR"))
        tax.type = TaxType::Isr;
    else if (*type == QLatin1String("IEPS"))
        tax.type = TaxType::Ieps;
    else
        return bad(NX_ERR("%1: unknown tax \"%2\": use IVA, ISR or IEPS"), at(path, "type"), { *type });
    Result<QString> factor = text(json, "factor", path, false, QStringLiteral("Tasa"), 6);
    if (!factor)
        return std::unexpected(factor.error());
    if (*factor == QLatin1String("Tasa"))
        tax.factor = TaxFactor::Tasa;
    else if (*factor == QLatin1String("Cuota"))
        tax.factor = TaxFactor::Cuota;
    else if (*factor == QLatin1String("Exento"))
        tax.factor = TaxFactor::Exento;
    else
        return bad(NX_ERR("%1: unknown tax factor \"%2\": use Tasa, Cuota or Exento"), at(path, "factor"), { *factor });
    Result<qint64> rate
        = number(json, "rate", path, 6, tax.factor == TaxFactor::Exento ? std::optional<qint64>(0) : std::nullopt);
    if (!rate)
        return std::unexpected(rate.error());
    if (*rate < 0)
        return bad(NX_ERR("%1 must not be negative"), at(path, "rate"));
    tax.ratePpm = *rate;
    Result<bool> withholding = boolean(json, "withholding", path, false);
    if (!withholding)
        return std::unexpected(withholding.error());
    tax.withholding = *withholding;
    if (present(json, "base") || baseRequired) {
        Result<qint64> base = number(json, "base", path, 2, std::nullopt);
        if (!base)
            return std::unexpected(base.error());
        if (*base < 0)
            return bad(NX_ERR("%1 must not be negative"), at(path, "base"));
        tax.base = Money(*base, money);
    }
    return tax;
}

Result<std::vector<InvoiceTax>> parseTaxes(
    const QJsonObject &json, const QString &path, Currency money, bool baseRequired)
{
    Result<QJsonArray> list = array(json, "taxes", path, false);
    if (!list)
        return std::unexpected(list.error());
    std::vector<InvoiceTax> taxes;
    for (qsizetype i = 0; i < list->size(); ++i) {
        Result<InvoiceTax> tax = parseTax(list->at(i), index(at(path, "taxes"), i), money, baseRequired);
        if (!tax)
            return std::unexpected(tax.error());
        taxes.push_back(*tax);
    }
    return taxes;
}

Result<InvoiceItem> parseItem(const QJsonValue &value, const QString &path, CfdiType type, Currency money)
{
    if (!value.isObject())
        return bad(NX_ERR("%1 must be an object"), path);
    const QJsonObject json = value.toObject();
    InvoiceItem item;
    Result<qint64> quantity = number(json, "quantity", path, 3, Quantity::kScale);
    if (!quantity)
        return std::unexpected(quantity.error());
    if (*quantity <= 0)
        return bad(NX_ERR("%1 must be greater than zero"), at(path, "quantity"));
    item.quantity = Quantity(*quantity);
    Result<qint64> discount = number(json, "discount", path, 2, 0);
    if (!discount)
        return std::unexpected(discount.error());
    if (*discount < 0)
        return bad(NX_ERR("%1 must not be negative"), at(path, "discount"));
    item.discount = Money(*discount, money);
    if (json.value(QLatin1String("product")).isString())
        return bad(NX_ERR("%1: a Facturapi product id cannot be invoiced offline: send the product's data"),
            at(path, "product"));
    Result<QJsonObject> productJson = object(json, "product", path);
    if (!productJson)
        return std::unexpected(productJson.error());
    const QString productPath = at(path, "product");
    InvoiceProduct &product = item.product;
    const bool egreso = type == CfdiType::Egreso;
    Result<QString> description = text(*productJson, "description", productPath, true);
    Result<QString> productKey
        = text(*productJson, "product_key", productPath, !egreso, egreso ? QStringLiteral("84111506") : QString(), 8);
    Result<QString> unitKey
        = text(*productJson, "unit_key", productPath, false, egreso ? QStringLiteral("ACT") : QStringLiteral("H87"), 3);
    Result<QString> unitName = text(*productJson, "unit_name", productPath, false,
        egreso ? QStringLiteral("Actividad") : QStringLiteral("Elemento"), 20);
    Result<QString> taxability = text(*productJson, "taxability", productPath, false, QStringLiteral("02"), 2);
    Result<QString> sku = text(*productJson, "sku", productPath, false, {}, 100);
    for (const Result<QString> *field : { &description, &productKey, &unitKey, &unitName, &taxability, &sku })
        if (!*field)
            return std::unexpected(field->error());
    product.description = *description;
    product.productKey = *productKey;
    product.unitKey = *unitKey;
    product.unitName = *unitName;
    product.taxability = *taxability;
    product.sku = *sku;
    Result<qint64> price = number(*productJson, "price", productPath, 2, std::nullopt);
    if (!price)
        return std::unexpected(price.error());
    if (*price < 0)
        return bad(NX_ERR("%1 must not be negative"), at(productPath, "price"));
    product.price = Money(*price, money);
    Result<bool> taxIncluded = boolean(*productJson, "tax_included", productPath, true);
    if (!taxIncluded)
        return std::unexpected(taxIncluded.error());
    product.taxIncluded = *taxIncluded;
    if (present(*productJson, "taxes")) {
        Result<std::vector<InvoiceTax>> taxes = parseTaxes(*productJson, productPath, money, false);
        if (!taxes)
            return std::unexpected(taxes.error());
        product.taxes = *taxes;
    } else if (product.taxability == QLatin1String("02")) {
        product.taxes = { InvoiceTax {} }; // Facturapi: IVA 16 % trasladado unless told otherwise
    }
    return item;
}

Result<InvoiceCustomer> parseCustomer(const QJsonObject &json)
{
    if (json.value(QLatin1String("customer")).isString())
        return bad(NX_ERR("%1: a Facturapi customer id cannot be invoiced offline: send the customer's data"),
            QStringLiteral("customer"));
    Result<QJsonObject> customerJson = object(json, "customer", {});
    if (!customerJson)
        return std::unexpected(customerJson.error());
    const QString path = QStringLiteral("customer");
    InvoiceCustomer customer;
    Result<QString> legalName = text(*customerJson, "legal_name", path, true, {}, 300);
    Result<QString> taxId = text(*customerJson, "tax_id", path, true, {}, 13);
    Result<QString> taxSystem = text(*customerJson, "tax_system", path, true, {}, 3);
    for (const Result<QString> *field : { &legalName, &taxId, &taxSystem })
        if (!*field)
            return std::unexpected(field->error());
    Result<QJsonObject> address = object(*customerJson, "address", path);
    if (!address)
        return std::unexpected(address.error());
    Result<QString> zip = text(*address, "zip", at(path, "address"), true, {}, 5);
    if (!zip)
        return std::unexpected(zip.error());
    customer.legalName = *legalName;
    customer.taxId = taxId->toUpper();
    customer.taxSystem = *taxSystem;
    customer.zip = *zip;
    return customer;
}

Result<std::vector<RelatedDocuments>> parseRelated(const QJsonObject &json)
{
    Result<QJsonArray> list = array(json, "related_documents", {}, false);
    if (!list)
        return std::unexpected(list.error());
    std::vector<RelatedDocuments> related;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = index(QStringLiteral("related_documents"), i);
        if (!list->at(i).isObject())
            return bad(NX_ERR("%1 must be an object"), path);
        const QJsonObject entry = list->at(i).toObject();
        RelatedDocuments documents;
        Result<QString> relationship = text(entry, "relationship", path, true, {}, 2);
        if (!relationship)
            return std::unexpected(relationship.error());
        documents.relationship = *relationship;
        Result<QJsonArray> uuids = array(entry, "documents", path, true);
        if (!uuids)
            return std::unexpected(uuids.error());
        for (qsizetype j = 0; j < uuids->size(); ++j) {
            if (!uuids->at(j).isString())
                return bad(NX_ERR("%1 must be text"), index(at(path, "documents"), j));
            documents.uuids.append(uuids->at(j).toString().trimmed().toUpper());
        }
        related.push_back(documents);
    }
    return related;
}

Result<PaymentRelatedDocument> parsePaymentDocument(const QJsonValue &value, const QString &path, Currency money)
{
    if (!value.isObject())
        return bad(NX_ERR("%1 must be an object"), path);
    const QJsonObject json = value.toObject();
    PaymentRelatedDocument document;
    Result<QString> uuid = text(json, "uuid", path, true, {}, 36);
    Result<QString> series = text(json, "series", path, false, {}, 25);
    Result<QString> folio = text(json, "folio_number", path, false, {}, 40);
    Result<QString> taxability = text(json, "taxability", path, false, {}, 2);
    for (const Result<QString> *field : { &uuid, &series, &folio, &taxability })
        if (!*field)
            return std::unexpected(field->error());
    document.uuid = uuid->toUpper();
    document.series = *series;
    document.folioNumber = *folio;
    document.taxability = *taxability;
    Result<Currency> documentCurrency = currency(json, path);
    if (!documentCurrency)
        return std::unexpected(documentCurrency.error());
    if (*documentCurrency != money)
        return bad(NX_ERR("%1: a payment in one currency for an invoice in another is not supported yet"),
            at(path, "currency"));
    Result<qint64> amount = number(json, "amount", path, 2, std::nullopt);
    Result<qint64> lastBalance = number(json, "last_balance", path, 2, std::nullopt);
    Result<qint64> installment = number(json, "installment", path, 0, std::nullopt);
    for (const Result<qint64> *field : { &amount, &lastBalance, &installment })
        if (!*field)
            return std::unexpected(field->error());
    if (*amount <= 0)
        return bad(NX_ERR("%1 must be greater than zero"), at(path, "amount"));
    if (*lastBalance <= 0)
        return bad(NX_ERR("%1 must be greater than zero"), at(path, "last_balance"));
    if (*installment < 1 || *installment > 999)
        return bad(NX_ERR("%1 must be a whole number from 1 to 999"), at(path, "installment"));
    document.amount = Money(*amount, money);
    document.lastBalance = Money(*lastBalance, money);
    document.installment = static_cast<int>(*installment);
    Result<std::vector<InvoiceTax>> taxes = parseTaxes(json, path, money, true);
    if (!taxes)
        return std::unexpected(taxes.error());
    document.taxes = *taxes;
    return document;
}

Result<Payment> parsePayment(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return bad(NX_ERR("%1 must be an object"), path);
    const QJsonObject json = value.toObject();
    Payment payment;
    Result<QString> form = text(json, "payment_form", path, true, {}, 2);
    Result<QString> operation = text(json, "numOperacion", path, false, {}, 100);
    for (const Result<QString> *field : { &form, &operation })
        if (!*field)
            return std::unexpected(field->error());
    payment.paymentForm = *form;
    payment.operationNumber = *operation;
    Result<QDateTime> date = dateTime(json, "date", path);
    if (!date)
        return std::unexpected(date.error());
    payment.date = *date;
    Result<Currency> money = currency(json, path);
    if (!money)
        return std::unexpected(money.error());
    payment.currency = *money;
    Result<qint64> rate = exchange(json, path);
    if (!rate)
        return std::unexpected(rate.error());
    payment.exchangePpm = *rate;
    Result<QJsonArray> documents = array(json, "related_documents", path, true);
    if (!documents)
        return std::unexpected(documents.error());
    if (documents->isEmpty())
        return bad(NX_ERR("%1 must list at least one invoice"), at(path, "related_documents"));
    for (qsizetype i = 0; i < documents->size(); ++i) {
        Result<PaymentRelatedDocument> document
            = parsePaymentDocument(documents->at(i), index(at(path, "related_documents"), i), payment.currency);
        if (!document)
            return std::unexpected(document.error());
        payment.relatedDocuments.push_back(*document);
    }
    return payment;
}

Result<std::vector<Payment>> parsePayments(const QJsonObject &json)
{
    Result<QJsonArray> complements = array(json, "complements", {}, true);
    if (!complements)
        return std::unexpected(complements.error());
    std::vector<Payment> payments;
    for (qsizetype i = 0; i < complements->size(); ++i) {
        const QString path = index(QStringLiteral("complements"), i);
        if (!complements->at(i).isObject())
            return bad(NX_ERR("%1 must be an object"), path);
        const QJsonObject complement = complements->at(i).toObject();
        if (complement.value(QLatin1String("type")).toString() != QLatin1String("pago"))
            return bad(NX_ERR("%1: only complements of type \"pago\" are supported"), at(path, "type"));
        // Facturapi's data is a list of payments; the older single-object form is accepted too.
        const QJsonValue data = complement.value(QLatin1String("data"));
        const QJsonArray list = data.isObject() ? QJsonArray { data } : data.toArray();
        if (!data.isObject() && !data.isArray())
            return bad(NX_ERR("%1 is required"), at(path, "data"));
        for (qsizetype j = 0; j < list.size(); ++j) {
            Result<Payment> payment = parsePayment(list.at(j), index(at(path, "data"), j));
            if (!payment)
                return std::unexpected(payment.error());
            payments.push_back(*payment);
        }
    }
    if (payments.empty())
        return bad(
            NX_ERR("%1 must hold a \"pago\" complement with at least one payment"), QStringLiteral("complements"));
    return payments;
}

} // namespace

Result<InvoiceRequest> parseInvoiceRequest(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, NX_ERR("The invoice is not valid JSON: %1 (at byte %2)"),
            { error.errorString(), QString::number(error.offset) }, QStringLiteral("json"));
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput, NX_ERR("The invoice must be a JSON object"), {}, QStringLiteral("json"));
    return parseInvoiceRequest(document.object());
}

Result<InvoiceRequest> parseInvoiceRequest(const QJsonObject &json)
{
    InvoiceRequest request;
    Result<QString> type = text(json, "type", {}, false, QStringLiteral("I"), 1);
    if (!type)
        return std::unexpected(type.error());
    if (*type == QLatin1String("I"))
        request.type = CfdiType::Ingreso;
    else if (*type == QLatin1String("E"))
        request.type = CfdiType::Egreso;
    else if (*type == QLatin1String("P"))
        request.type = CfdiType::Pago;
    else
        return bad(NX_ERR("%1: the invoice type \"%2\" is not supported: use I (ingreso), E (egreso) or P (pago)"),
            QStringLiteral("type"), { *type });
    const bool pago = request.type == CfdiType::Pago;

    Result<InvoiceCustomer> customer = parseCustomer(json);
    if (!customer)
        return std::unexpected(customer.error());
    request.customer = *customer;

    Result<QString> paymentForm = text(json, "payment_form", {}, !pago, {}, 2);
    Result<QString> paymentMethod
        = text(json, "payment_method", {}, false, pago ? QString() : QStringLiteral("PUE"), 3);
    Result<QString> use = text(json, "use", {}, false, pago ? QStringLiteral("CP01") : QStringLiteral("G01"), 4);
    Result<QString> series = text(json, "series", {}, false, {}, 25);
    Result<QString> conditions = text(json, "conditions", {}, false, {}, 1000);
    Result<QString> exportCode = text(json, "export", {}, false, QStringLiteral("01"), 2);
    for (const Result<QString> *field : { &paymentForm, &paymentMethod, &use, &series, &conditions, &exportCode })
        if (!*field)
            return std::unexpected(field->error());
    request.paymentForm = *paymentForm;
    request.paymentMethod = *paymentMethod;
    request.use = *use;
    request.series = *series;
    request.conditions = *conditions;
    request.exportCode = *exportCode;

    if (present(json, "folio_number")) {
        Result<qint64> folio = number(json, "folio_number", {}, 0, std::nullopt);
        if (!folio)
            return std::unexpected(folio.error());
        if (*folio <= 0)
            return bad(NX_ERR("%1 must be greater than zero"), QStringLiteral("folio_number"));
        request.folioNumber = *folio;
    }
    Result<QDateTime> date = dateTime(json, "date", {});
    if (!date)
        return std::unexpected(date.error());
    request.date = *date;
    Result<Currency> money = currency(json, {});
    if (!money)
        return std::unexpected(money.error());
    request.currency = *money;
    Result<qint64> rate = exchange(json, {});
    if (!rate)
        return std::unexpected(rate.error());
    request.exchangePpm = *rate;

    if (present(json, "global")) {
        Result<QJsonObject> global = object(json, "global", {});
        if (!global)
            return std::unexpected(global.error());
        GlobalInformation information;
        Result<QString> periodicity = text(*global, "periodicity", QStringLiteral("global"), true, {}, 10);
        Result<QString> months = text(*global, "months", QStringLiteral("global"), true, {}, 2);
        for (const Result<QString> *field : { &periodicity, &months })
            if (!*field)
                return std::unexpected(field->error());
        Result<qint64> year = number(*global, "year", QStringLiteral("global"), 0, std::nullopt);
        if (!year)
            return std::unexpected(year.error());
        information.periodicity = *periodicity;
        information.months = *months;
        information.year = static_cast<int>(*year);
        request.global = information;
    }

    Result<std::vector<RelatedDocuments>> related = parseRelated(json);
    if (!related)
        return std::unexpected(related.error());
    request.relatedDocuments = *related;

    if (pago) {
        if (present(json, "items"))
            return bad(
                NX_ERR("%1: a payment (type P) has no items; the payments go in complements"), QStringLiteral("items"));
        Result<std::vector<Payment>> payments = parsePayments(json);
        if (!payments)
            return std::unexpected(payments.error());
        request.payments = *payments;
        return request;
    }
    Result<QJsonArray> items = array(json, "items", {}, true);
    if (!items)
        return std::unexpected(items.error());
    if (items->isEmpty())
        return bad(NX_ERR("%1 must list at least one item"), QStringLiteral("items"));
    if (items->size() > 5000)
        return bad(NX_ERR("%1 has more than 5,000 items: split the invoice"), QStringLiteral("items"));
    for (qsizetype i = 0; i < items->size(); ++i) {
        Result<InvoiceItem> item
            = parseItem(items->at(i), index(QStringLiteral("items"), i), request.type, request.currency);
        if (!item)
            return std::unexpected(item.error());
        request.items.push_back(*item);
    }
    return request;
}

namespace {

QJsonValue amount(Money money)
{
    return static_cast<double>(money.centavos()) / 100.0;
}

QJsonValue ppm(qint64 value)
{
    return static_cast<double>(value) / 1'000'000.0;
}

QJsonArray taxesToJson(const std::vector<InvoiceTax> &taxes)
{
    QJsonArray list;
    for (const InvoiceTax &tax : taxes) {
        QJsonObject json { { QStringLiteral("type"), taxTypeName(tax.type) },
            { QStringLiteral("rate"), ppm(tax.ratePpm) }, { QStringLiteral("factor"), taxFactorName(tax.factor) },
            { QStringLiteral("withholding"), tax.withholding } };
        if (tax.base)
            json.insert(QStringLiteral("base"), amount(*tax.base));
        list.append(json);
    }
    return list;
}

QString isoDate(const QDateTime &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QJsonObject invoiceRequestToJson(const InvoiceRequest &request)
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), cfdiTypeCode(request.type));
    json.insert(QStringLiteral("customer"),
        QJsonObject { { QStringLiteral("legal_name"), request.customer.legalName },
            { QStringLiteral("tax_id"), request.customer.taxId },
            { QStringLiteral("tax_system"), request.customer.taxSystem },
            { QStringLiteral("address"), QJsonObject { { QStringLiteral("zip"), request.customer.zip } } } });
    if (!request.paymentForm.isEmpty())
        json.insert(QStringLiteral("payment_form"), request.paymentForm);
    if (!request.paymentMethod.isEmpty())
        json.insert(QStringLiteral("payment_method"), request.paymentMethod);
    json.insert(QStringLiteral("use"), request.use);
    json.insert(QStringLiteral("currency"), currencyCode(request.currency));
    if (request.currency != Currency::MXN)
        json.insert(QStringLiteral("exchange"), ppm(request.exchangePpm));
    if (!request.series.isEmpty())
        json.insert(QStringLiteral("series"), request.series);
    if (request.folioNumber)
        json.insert(QStringLiteral("folio_number"), static_cast<double>(*request.folioNumber));
    if (request.date.isValid())
        json.insert(QStringLiteral("date"), isoDate(request.date));
    if (!request.conditions.isEmpty())
        json.insert(QStringLiteral("conditions"), request.conditions);
    json.insert(QStringLiteral("export"), request.exportCode);
    if (request.global)
        json.insert(QStringLiteral("global"),
            QJsonObject { { QStringLiteral("periodicity"), request.global->periodicity },
                { QStringLiteral("months"), request.global->months },
                { QStringLiteral("year"), request.global->year } });
    if (!request.relatedDocuments.empty()) {
        QJsonArray related;
        for (const RelatedDocuments &documents : request.relatedDocuments)
            related.append(QJsonObject { { QStringLiteral("relationship"), documents.relationship },
                { QStringLiteral("documents"), QJsonArray::fromStringList(documents.uuids) } });
        json.insert(QStringLiteral("related_documents"), related);
    }
    if (request.type == CfdiType::Pago) {
        QJsonArray data;
        for (const Payment &payment : request.payments) {
            QJsonArray documents;
            for (const PaymentRelatedDocument &document : payment.relatedDocuments) {
                QJsonObject entry { { QStringLiteral("uuid"), document.uuid },
                    { QStringLiteral("amount"), amount(document.amount) },
                    { QStringLiteral("installment"), document.installment },
                    { QStringLiteral("last_balance"), amount(document.lastBalance) },
                    { QStringLiteral("currency"), currencyCode(document.amount.currency()) },
                    { QStringLiteral("taxes"), taxesToJson(document.taxes) } };
                if (!document.series.isEmpty())
                    entry.insert(QStringLiteral("series"), document.series);
                if (!document.folioNumber.isEmpty())
                    entry.insert(QStringLiteral("folio_number"), document.folioNumber);
                if (!document.taxability.isEmpty())
                    entry.insert(QStringLiteral("taxability"), document.taxability);
                documents.append(entry);
            }
            QJsonObject entry { { QStringLiteral("payment_form"), payment.paymentForm },
                { QStringLiteral("currency"), currencyCode(payment.currency) },
                { QStringLiteral("related_documents"), documents } };
            if (payment.currency != Currency::MXN)
                entry.insert(QStringLiteral("exchange"), ppm(payment.exchangePpm));
            if (payment.date.isValid())
                entry.insert(QStringLiteral("date"), isoDate(payment.date));
            if (!payment.operationNumber.isEmpty())
                entry.insert(QStringLiteral("numOperacion"), payment.operationNumber);
            data.append(entry);
        }
        json.insert(QStringLiteral("complements"),
            QJsonArray {
                QJsonObject { { QStringLiteral("type"), QStringLiteral("pago") }, { QStringLiteral("data"), data } } });
        return json;
    }
    QJsonArray items;
    for (const InvoiceItem &item : request.items) {
        const InvoiceProduct &product = item.product;
        QJsonObject productJson { { QStringLiteral("description"), product.description },
            { QStringLiteral("product_key"), product.productKey }, { QStringLiteral("unit_key"), product.unitKey },
            { QStringLiteral("unit_name"), product.unitName }, { QStringLiteral("price"), amount(product.price) },
            { QStringLiteral("tax_included"), product.taxIncluded },
            { QStringLiteral("taxability"), product.taxability },
            { QStringLiteral("taxes"), taxesToJson(product.taxes) } };
        if (!product.sku.isEmpty())
            productJson.insert(QStringLiteral("sku"), product.sku);
        items.append(QJsonObject {
            { QStringLiteral("quantity"), static_cast<double>(item.quantity.thousandths()) / Quantity::kScale },
            { QStringLiteral("discount"), amount(item.discount) }, { QStringLiteral("product"), productJson } });
    }
    json.insert(QStringLiteral("items"), items);
    return json;
}

Result<CfdiIssuer> parseIssuer(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, NX_ERR("The issuer's fiscal data is not a JSON object: %1"),
            { error.errorString() }, QStringLiteral("issuer"));
    const QJsonObject object = document.object();
    const QString path = QStringLiteral("issuer");
    CfdiIssuer issuer;
    Result<QString> taxId = text(object, "tax_id", path, true, {}, 13);
    Result<QString> legalName = text(object, "legal_name", path, true, {}, 300);
    Result<QString> taxSystem = text(object, "tax_system", path, true, {}, 3);
    Result<QString> zip = text(object, "zip", path, true, {}, 5);
    Result<QString> timeZone = text(object, "time_zone", path, false, issuer.timeZone, 64);
    for (const Result<QString> *field : { &taxId, &legalName, &taxSystem, &zip, &timeZone })
        if (!*field)
            return std::unexpected(field->error());
    issuer.taxId = taxId->toUpper();
    issuer.legalName = *legalName;
    issuer.taxSystem = *taxSystem;
    issuer.zip = *zip;
    issuer.timeZone = *timeZone;
    return issuer;
}

} // namespace nexus
