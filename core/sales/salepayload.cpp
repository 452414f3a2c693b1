// Serialises a sale for the outbox; integers only (centavos, thousandths), never floating point.
#include "sales/salepayload.h"

#include <QJsonArray>

namespace nexus {

QJsonObject salePayload(const SaleHeader &header, const Cart &cart, const std::vector<PricedLine> &lines,
                        const PaymentPlan &payment)
{
    QJsonArray lineArray;
    for (const PricedLine &priced : lines) {
        const CartItem &item = priced.line->item;
        QJsonObject line{{QStringLiteral("kind"), QLatin1String(item.service ? kSaleLineService : kSaleLinePart)},
                                     {QStringLiteral("part_id"), item.partId},
                                     {QStringLiteral("sku"), item.sku},
                                     {QStringLiteral("warehouse_id"), item.warehouseId},
                                     {QStringLiteral("quantity"), priced.line->quantity.thousandths()},
                                     {QStringLiteral("unit_price_cents"), item.unitPrice.centavos()},
                                     {QStringLiteral("discount_cents"), priced.discount.centavos()},
                                     {QStringLiteral("base_cents"), priced.amounts.base.centavos()},
                                     {QStringLiteral("tax_cents"), priced.amounts.tax.centavos()},
                                     {QStringLiteral("cost_cents"), item.cost.centavos()},
                                     {QStringLiteral("retail_price_cents"), item.retailPrice.centavos()},
                                     {QStringLiteral("price_version"), item.priceVersion},
                                     {QStringLiteral("tax_code"), cart.effectiveTax(item).code()},
                                     {QStringLiteral("sat_product_key"), item.satProductKey},
                                     {QStringLiteral("sat_unit_key"), item.satUnitKey},
                                     {QStringLiteral("description"), item.description}};
        if (!priced.line->sourceLineId.isEmpty())
            line.insert(QStringLiteral("source_line_id"), priced.line->sourceLineId);
        lineArray.append(line);
    }
    QJsonArray paymentArray;
    for (const AppliedTender &applied : payment.tenders)
        paymentArray.append(QJsonObject{{QStringLiteral("method"), tenderCode(applied.tender.method)},
                                        {QStringLiteral("amount_cents"), applied.applied.centavos()},
                                        {QStringLiteral("tendered_cents"), applied.tender.tendered.centavos()},
                                        {QStringLiteral("exchange_rate_ppm"), applied.tender.exchangeRatePpm},
                                        {QStringLiteral("reference"), applied.tender.reference}});
    QJsonObject sale{{QStringLiteral("id"), header.id},
                       {QStringLiteral("folio"), header.folio},
                       {QStringLiteral("branch_id"), header.branchId},
                       {QStringLiteral("device_id"), header.deviceId},
                       {QStringLiteral("cash_session_id"), header.cashSessionId},
                       {QStringLiteral("cashier_id"), header.cashierId},
                       {QStringLiteral("customer_id"), header.customerId},
                       {QStringLiteral("price_list"), header.priceList},
                       {QStringLiteral("currency"), QStringLiteral("MXN")},
                       {QStringLiteral("sold_at"), header.soldAtUtc},
                       {QStringLiteral("subtotal_cents"), header.totals.base.centavos()},
                       {QStringLiteral("tax_cents"), header.totals.tax.centavos()},
                       {QStringLiteral("total_cents"), header.totals.gross.centavos()},
                       {QStringLiteral("discount_cents"), header.discount.centavos()},
                       {QStringLiteral("change_cents"), header.change.centavos()},
                       {QStringLiteral("lines"), lineArray},
                       {QStringLiteral("payments"), paymentArray}};
    if (!cart.serviceOrderId().isEmpty()) {
        sale.insert(QStringLiteral("service_order_id"), cart.serviceOrderId());
        sale.insert(QStringLiteral("service_order_folio"), cart.serviceOrderFolio());
    }
    if (!header.vehicleId.isEmpty())
        sale.insert(QStringLiteral("vehicle_id"), header.vehicleId);
    if (header.credit)
        sale.insert(QStringLiteral("customer_credit"),
                    QJsonObject{{QStringLiteral("store_credit_cents"), header.credit->fromStoreCredit.centavos()},
                                {QStringLiteral("account_cents"), header.credit->onAccount.centavos()},
                                {QStringLiteral("due_on"), header.credit->dueOn},
                                {QStringLiteral("authorized_by"), header.credit->authorizedBy}});
    return sale;
}

} // namespace nexus
