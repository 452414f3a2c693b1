// SaleCompletedHandler: reads and checks the payload (shape, branch, warehouses); salewriter.cpp writes it.
#include "server/salecompletedhandler.h"

#include "protocol/jsonreader.h"
#include "sales/salepayload.h"
#include "server/salewriter.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace nexus {

namespace {

// A missing optional text is bound as "" (NOT NULL columns), not as SQL NULL.
QString text(QString value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error invalid(const char *message, QStringList args, const QString &field)
{
    return Error(ErrorCode::InvalidInput, message, std::move(args), field);
}

} // namespace

Result<CompletedSale> SaleCompletedHandler::read(
    const MutationContext &context, int schemaVersion, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString cashSessionId = text(reader.optionalString(QLatin1String("cash_session_id")));
    const QString cashierId = reader.string(QLatin1String("cashier_id"));
    const QString customerId = reader.optionalString(QLatin1String("customer_id"));
    const QString vehicleId = schemaVersion >= 5 ? reader.optionalString(QLatin1String("vehicle_id")) : QString();
    const QString priceList = reader.string(QLatin1String("price_list"));
    QString currency = reader.optionalString(QLatin1String("currency"));
    const QString soldAt = reader.string(QLatin1String("sold_at"));
    const qint64 subtotal = reader.integer(QLatin1String("subtotal_cents"));
    const qint64 tax = reader.integer(QLatin1String("tax_cents"));
    const qint64 total = reader.integer(QLatin1String("total_cents"));
    const qint64 discount = payload.contains(QStringLiteral("discount_cents"))
        ? reader.integer(QLatin1String("discount_cents")) : 0;
    const qint64 change = payload.contains(QStringLiteral("change_cents"))
        ? reader.integer(QLatin1String("change_cents")) : 0;
    const QJsonArray lineArray = reader.array(QLatin1String("lines"));
    const QJsonArray paymentArray = reader.array(QLatin1String("payments"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (currency.isEmpty())
        currency = QStringLiteral("MXN");
    // A device posts facts for its own branch only (DESIGN.md "Server").
    if (branchId != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The sale belongs to branch %1, not to this device's branch"),
            { branchId }, QStringLiteral("payload.branch_id")));
    if (lineArray.isEmpty())
        return std::unexpected(invalid(NX_ERR("The sale has no lines"), {}, QStringLiteral("payload.lines")));

    std::vector<CompletedSaleLine> lines;
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        if (!lineArray.at(i).isObject())
            return std::unexpected(invalid(NX_ERR("A sale line is not a JSON object"), {},
                reader.pathOf(QLatin1String("lines"), i)));
        const QJsonObject object = lineArray.at(i).toObject();
        wire::JsonReader item(object, reader.pathOf(QLatin1String("lines"), i));
        CompletedSaleLine line;
        // Schema 4 names each line's kind; before it every line was a part.
        if (schemaVersion >= 4) {
            const QString kind = item.string(QLatin1String("kind"));
            if (kind == QLatin1String(kSaleLineService))
                line.service = true;
            else if (kind != QLatin1String(kSaleLinePart) && !item.error())
                return std::unexpected(invalid(NX_ERR("Unknown sale line kind %1"), { kind },
                    item.pathOf(QLatin1String("kind"))));
        }
        line.partId = item.integer(QLatin1String("part_id"));
        line.sku = text(item.optionalString(QLatin1String("sku")));
        line.warehouseId = line.service ? text(item.optionalString(QLatin1String("warehouse_id")))
                                        : item.string(QLatin1String("warehouse_id"));
        line.quantity = item.integer(QLatin1String("quantity"));
        line.unitPrice = item.integer(QLatin1String("unit_price_cents"));
        line.discount = item.integer(QLatin1String("discount_cents"));
        line.base = item.integer(QLatin1String("base_cents"));
        line.tax = item.integer(QLatin1String("tax_cents"));
        // Schema 1 payloads do not carry the tax code nor the SAT keys; the columns are NOT NULL, so "" means
        // "not sent". Schema 2 must carry them: head office invoices from them.
        if (schemaVersion >= 2) {
            line.taxCode = item.string(QLatin1String("tax_code"));
            line.satProductKey = item.string(QLatin1String("sat_product_key"));
            line.satUnitKey = item.string(QLatin1String("sat_unit_key"));
            line.description = item.string(QLatin1String("description"));
        } else {
            line.taxCode = text(item.optionalString(QLatin1String("tax_code")));
        }
        line.description = text(line.description);
        line.satProductKey = text(line.satProductKey);
        line.satUnitKey = text(line.satUnitKey);
        line.cost = item.integer(QLatin1String("cost_cents"));
        line.retailPrice = item.integer(QLatin1String("retail_price_cents"));
        line.priceVersion = item.integer(QLatin1String("price_version"));
        if (item.error())
            return std::unexpected(*item.error());
        if (line.quantity <= 0)
            return std::unexpected(invalid(NX_ERR("The quantity must be positive"), {},
                item.pathOf(QLatin1String("quantity"))));
        if (line.service && (line.partId != 0 || !line.warehouseId.isEmpty()))
            return std::unexpected(invalid(NX_ERR("A service line has no part and no warehouse"), {},
                item.pathOf(QLatin1String("part_id"))));
        lines.push_back(line);
    }
    std::vector<CompletedSalePayment> payments;
    for (qsizetype i = 0; i < paymentArray.size(); ++i) {
        const QJsonObject object = paymentArray.at(i).toObject();
        wire::JsonReader item(object, reader.pathOf(QLatin1String("payments"), i));
        CompletedSalePayment payment;
        payment.method = item.string(QLatin1String("method"));
        payment.amount = item.integer(QLatin1String("amount_cents"));
        payment.tendered = object.contains(QStringLiteral("tendered_cents"))
            ? item.integer(QLatin1String("tendered_cents")) : payment.amount;
        const QJsonValue rate = object.value(QStringLiteral("exchange_rate_ppm"));
        if (rate.isDouble() && rate.toInteger() > 0)
            payment.exchangeRatePpm = rate.toInteger();
        payment.reference = text(item.optionalString(QLatin1String("reference")));
        if (item.error())
            return std::unexpected(*item.error());
        payments.push_back(payment);
    }

    // Every warehouse must be one of this branch's: a stock movement never lands in another branch.
    for (const CompletedSaleLine &line : lines) {
        if (line.service)
            continue;
        Result<QString> owner = context.warehouseBranch(line.warehouseId);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The warehouse %1 is not a warehouse of this device's branch"),
                { line.warehouseId }, QStringLiteral("payload.lines.warehouse_id")));
    }

    CompletedSale sale;
    sale.schemaVersion = schemaVersion;
    sale.payload = payload;
    sale.id = id;
    sale.folio = folio;
    sale.branchId = branchId;
    sale.cashSessionId = cashSessionId;
    sale.cashierId = cashierId;
    sale.customerId = customerId;
    sale.vehicleId = vehicleId;
    sale.priceList = priceList;
    sale.currency = currency;
    sale.soldAt = soldAt;
    sale.subtotal = subtotal;
    sale.tax = tax;
    sale.total = total;
    sale.discount = discount;
    sale.change = change;
    sale.storeCredit = std::any_of(payments.cbegin(), payments.cend(),
        [](const CompletedSalePayment &payment) { return payment.method == QLatin1String("store_credit"); });
    sale.lines = std::move(lines);
    sale.payments = std::move(payments);
    return sale;
}

Result<QJsonObject> SaleCompletedHandler::apply(
    const MutationContext &context, int schemaVersion, const QJsonObject &payload)
{
    Result<CompletedSale> sale = read(context, schemaVersion, payload);
    if (!sale)
        return std::unexpected(sale.error());
    std::vector<CompletedSale> one;
    one.push_back(std::move(*sale));
    Result<QList<QJsonObject>> written = writeCompletedSales(context, one);
    if (!written)
        return std::unexpected(written.error());
    return written->constFirst();
}

} // namespace nexus
