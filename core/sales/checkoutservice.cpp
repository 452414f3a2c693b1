// Checkout in one transaction and a handful of statements, whatever the number of lines.
#include "sales/checkoutservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/creditaccount.h"
#include "customers/customerrepository.h"
#include "customers/loyalty.h"
#include "customers/loyaltyledger.h"
#include "inventory/stockledger.h"
#include "sales/cartsummary.h"
#include "sales/salepayload.h"
#include "store/database.h"
#include "store/domainevents.h"
#include "store/multirowinsert.h"
#include "store/outbox.h"

namespace nexus {

namespace {

const QString kSaleMutation = QStringLiteral("sale.completed");

Status checkDiscounts(const Cart &cart, const CheckoutContext &context)
{
    const qint64 discount = cart.maxEffectiveDiscountPpm();
    if (discount == 0)
        return {};
    Status allowed = checkDiscount(context.cashierRole, discount);
    if (!allowed && allowed.error().code() == ErrorCode::PermissionDenied && context.discountAuthorized)
        return {};
    return allowed;
}

// A sale's vehicle is one of its customer's vehicles on this counter (a fleet's truck): the vehicle's cost counts it.
Status checkVehicle(Database &db, const Cart &cart)
{
    if (cart.vehicleId().isEmpty())
        return {};
    if (cart.customerId().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the customer whose vehicle this sale is for"), {},
            QStringLiteral("customer"));
    Result<QVariant> owner = db.scalar(
        QStringLiteral("SELECT customer_id FROM customer_vehicles WHERE id = ?"), { cart.vehicleId() });
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid() || owner->toString() != cart.customerId())
        return fail(ErrorCode::InvalidInput, NX_ERR("The vehicle %1 is not one of this customer's vehicles"),
            { cart.vehicleId() }, QStringLiteral("vehicle"));
    return {};
}

// Next folio of the series: "MTZ1-000123".
Result<QString> nextFolio(Database &db, const QString &series)
{
    Result<qint64> number = nextFolioNumber(db, series);
    if (!number)
        return std::unexpected(number.error());
    return series + QLatin1Char('-') + QStringLiteral("%1").arg(*number, 6, 10, QLatin1Char('0'));
}

Status insertLines(Database &db, const QString &saleId, const std::vector<PricedLine> &lines, const Cart &cart)
{
    QVariantList values;
    int lineNo = 0;
    for (const PricedLine &priced : lines) {
        const CartItem &item = priced.line->item;
        values << saleId << ++lineNo << item.partId << item.sku << item.description
               << (item.warehouseId.isNull() ? QStringLiteral("") : item.warehouseId) // a service: '' (NOT NULL)
               << priced.line->quantity.thousandths() << item.unitPrice.centavos() << priced.discount.centavos()
               << priced.amounts.base.centavos() << priced.amounts.tax.centavos() << cart.effectiveTax(item).code()
               << item.cost.centavos() << item.retailPrice.centavos() << item.priceVersion << item.satProductKey
               << item.satUnitKey;
    }
    return insertRows(db, QStringLiteral("sale_lines"),
                      {QStringLiteral("sale_id"), QStringLiteral("line_no"), QStringLiteral("part_id"),
                       QStringLiteral("sku"), QStringLiteral("description"), QStringLiteral("warehouse_id"),
                       QStringLiteral("quantity"), QStringLiteral("unit_price_cents"), QStringLiteral("discount_cents"),
                       QStringLiteral("base_cents"), QStringLiteral("tax_cents"), QStringLiteral("tax_code"),
                       QStringLiteral("cost_cents"), QStringLiteral("retail_price_cents"),
                       QStringLiteral("price_version"), QStringLiteral("sat_product_key"),
                       QStringLiteral("sat_unit_key")},
                      values);
}

Status insertPayments(Database &db, const QString &saleId, const PaymentPlan &plan)
{
    QVariantList values;
    int lineNo = 0;
    for (const AppliedTender &applied : plan.tenders)
        values << saleId << ++lineNo << tenderCode(applied.tender.method) << applied.applied.centavos()
               << applied.tender.tendered.centavos()
               << (applied.tender.method == TenderMethod::CashUsd ? QVariant(applied.tender.exchangeRatePpm)
                                                                  : QVariant())
               << (applied.tender.reference.isNull() ? QStringLiteral("") : applied.tender.reference); // NOT NULL
    return insertRows(db, QStringLiteral("sale_payments"),
                      {QStringLiteral("sale_id"), QStringLiteral("line_no"), QStringLiteral("method"),
                       QStringLiteral("amount_cents"), QStringLiteral("tendered_cents"),
                       QStringLiteral("exchange_rate_ppm"), QStringLiteral("reference")},
                      values);
}

Result<std::vector<qint64>> negativeBalances(Database &db, const std::vector<PricedLine> &lines)
{
    QString pairs;
    QVariantList values;
    for (const PricedLine &priced : lines) {
        if (priced.line->item.service)
            continue;
        pairs += pairs.isEmpty() ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
        values << priced.line->item.partId << priced.line->item.warehouseId;
    }
    if (pairs.isEmpty()) // services only
        return std::vector<qint64>();
    // The sold pairs drive the lookup (one primary-key search each): "(part_id, warehouse_id) IN (VALUES …)" made
    // SQLite scan the whole stock_levels table on every checkout, which grows with the catalogue.
    Result<QSqlQuery> query = db.exec(QStringLiteral("WITH sold(part_id, warehouse_id) AS (VALUES ") + pairs
                                          + QStringLiteral(") SELECT DISTINCT s.part_id FROM sold JOIN stock_levels s "
                                                           "ON s.part_id = sold.part_id AND s.warehouse_id = "
                                                           "sold.warehouse_id WHERE s.quantity < 0"),
                                      values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<qint64> parts;
    while (query->next())
        parts.push_back(query->value(0).toLongLong());
    return parts;
}

Money storeCreditTendered(const PaymentPlan &plan)
{
    Money total;
    for (const AppliedTender &applied : plan.tenders)
        if (applied.tender.method == TenderMethod::StoreCredit)
            total += applied.applied;
    return total;
}

// How a store-credit tender is taken from the customer's account (creditaccount.h), checked against their available
// credit as this counter knows it; nullopt when the sale has no store-credit tender.
Result<std::optional<SaleCredit>> takeCredit(Database &db, const Cart &cart, Money amount,
                                             const CheckoutContext &context, const QDateTime &now)
{
    if (amount.isZero())
        return std::optional<SaleCredit>();
    Result<CreditPosition> position = CustomerRepository(db).creditPosition(cart.customerId());
    if (!position)
        return std::unexpected(position.error());
    if (Status allowed = checkCreditCharge(*position, amount, context.cashierRole, context.creditAuthorizedBy);
        !allowed)
        return std::unexpected(allowed.error());
    const CreditCharge split = splitCreditTender(*position, amount);
    QString authorizedBy;
    if (amount > position->available())
        authorizedBy = context.creditAuthorizedBy.trimmed().isEmpty() ? context.cashierId
                                                                       : context.creditAuthorizedBy.trimmed();
    return std::optional<SaleCredit>(SaleCredit{split.fromStoreCredit, split.onAccount,
                                                creditDueDate(now.toLocalTime().date(), position->creditDays).toString(Qt::ISODate),
                                                authorizedBy});
}

Status writeCredit(Database &db, const SaleHeader &header, qint64 outboxSeq)
{
    CustomerRepository customers(db);
    if (header.credit->fromStoreCredit > Money())
        if (Status used = customers.useStoreCredit(header.customerId, header.credit->fromStoreCredit, header.id,
                                                   header.soldAtUtc, outboxSeq);
            !used)
            return used;
    if (header.credit->onAccount > Money())
        return customers.addAccountEntry({header.id + QStringLiteral(":account"), header.customerId,
                                          QStringLiteral("charge"), header.credit->onAccount, QStringLiteral("sale"),
                                          header.id, header.folio, header.credit->dueOn, header.credit->authorizedBy,
                                          header.soldAtUtc, outboxSeq, {}, {}, {}});
    return {};
}

// The customer's points must cover a points tender (checked inside the sale's transaction, so two counters' sales
// on this database cannot both spend the same points).
Status checkPoints(Database &db, const QString &customerId, Money paid)
{
    if (paid.isZero())
        return {};
    Result<qint64> balance = LoyaltyLedger(db).balance(customerId);
    if (!balance)
        return std::unexpected(balance.error());
    if (loyaltyPointsFor(paid) > *balance)
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer has %1 points (worth %2): not enough to pay %3"),
            { QString::number(*balance), loyaltyPointsWorth(*balance).toPlainString(), paid.toPlainString() },
            QStringLiteral("loyalty_points"));
    return {};
}

} // namespace

Result<qint64> nextFolioNumber(Database &db, const QString &counter)
{
    Result<QVariant> number = db.scalar(
        QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, 2) ON CONFLICT(series) "
                       "DO UPDATE SET next_number = next_number + 1 RETURNING next_number - 1"),
        {counter});
    if (!number)
        return std::unexpected(number.error());
    return number->toLongLong();
}

CheckoutService::CheckoutService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<SaleReceipt> CheckoutService::checkout(const Cart &cart, const std::vector<Tender> &tenders,
                                              const CheckoutContext &context)
{
    if (cart.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The cart is empty"), {}, QStringLiteral("cart"));
    if (Status allowed = checkPermission(context.cashierRole, Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    if (Status allowed = checkDiscounts(cart, context); !allowed)
        return std::unexpected(allowed.error());
    if (Status vehicle = checkVehicle(m_db, cart); !vehicle)
        return std::unexpected(vehicle.error());
    if (!cart.serviceOrderId().isEmpty() && !context.inSale)
        return fail(ErrorCode::InvalidInput, NX_ERR("The service order %1 is charged through the workshop's step"),
                    {cart.serviceOrderFolio()}, QStringLiteral("service_order"));
    const std::vector<PricedLine> lines = cart.priced();
    const CartSummary summary = summarizeLines(lines);
    const LineAmounts &totals = summary.totals;
    const Money &discount = summary.discount;
    Result<PaymentPlan> plan = planPayment(totals.gross, tenders, !cart.customerId().isEmpty());
    if (!plan)
        return std::unexpected(plan.error());

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> session = m_db.scalar(
        QStringLiteral("SELECT id FROM cash_sessions WHERE device_id = ? AND status = 'open'"), {context.deviceId});
    if (!session)
        return std::unexpected(session.error());
    if (!session->isValid())
        return fail(ErrorCode::Conflict, NX_ERR("Open the till before selling"), {}, QStringLiteral("cash_session"));
    Result<QString> folio = nextFolio(m_db, context.folioSeries);
    if (!folio)
        return std::unexpected(folio.error());

    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = nowUtc.toString(Qt::ISODateWithMs);
    const Money paidWithPoints = pointsTendered(*plan);
    if (Status enough = checkPoints(m_db, cart.customerId(), paidWithPoints); !enough)
        return std::unexpected(enough.error());
    Result<std::optional<SaleCredit>> credit = takeCredit(m_db, cart, storeCreditTendered(*plan), context, nowUtc);
    if (!credit)
        return std::unexpected(credit.error());
    const SaleHeader header{IdGenerator::instance().nextString(),
                            *folio,
                            context.branchId,
                            context.deviceId,
                            session->toString(),
                            context.cashierId,
                            cart.customerId(),
                            cart.vehicleId(),
                            cart.priceList(),
                            now,
                            totals,
                            discount,
                            plan->change,
                            *credit};
    Result<QSqlQuery> sale = m_db.exec(
        QStringLiteral("INSERT INTO sales(id, folio, branch_id, device_id, cash_session_id, cashier_id, customer_id, "
                       "vehicle_id, price_list, subtotal_cents, tax_cents, total_cents, discount_cents, change_cents, "
                       "sold_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {header.id, header.folio, header.branchId, header.deviceId, header.cashSessionId, header.cashierId,
         header.customerId.isEmpty() ? QVariant() : QVariant(header.customerId),
         header.vehicleId.isEmpty() ? QVariant() : QVariant(header.vehicleId), header.priceList,
         totals.base.centavos(), totals.tax.centavos(), totals.gross.centavos(), discount.centavos(),
         plan->change.centavos(), now});
    if (!sale)
        return std::unexpected(sale.error());
    if (Status ok = insertLines(m_db, header.id, lines, cart); !ok)
        return std::unexpected(ok.error());
    if (Status ok = insertPayments(m_db, header.id, *plan); !ok)
        return std::unexpected(ok.error());

    std::vector<StockMovement> movements;
    movements.reserve(lines.size());
    for (const PricedLine &line : lines)
        if (!line.line->item.service) // a service moves no stock
            movements.push_back({IdGenerator::instance().nextString(), line.line->item.partId, line.line->item.warehouseId,
                             QStringLiteral("sale"), -line.line->quantity, QStringLiteral("sale"), header.id,
                             context.cashierId, now});
    if (Status ok = StockLedger(m_db).post(movements); !ok)
        return std::unexpected(ok.error());
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), kSaleMutation, kSalePayloadSchema,
                                             salePayload(header, cart, lines, *plan), now);
    if (!seq)
        return std::unexpected(seq.error());
    if (header.credit)
        if (Status ok = writeCredit(m_db, header, *seq); !ok)
            return std::unexpected(ok.error());
    if (!paidWithPoints.isZero())
        if (Status ok = LoyaltyLedger(m_db).record({ IdGenerator::instance().nextString(), header.customerId,
                header.branchId, -loyaltyPointsFor(paidWithPoints), paidWithPoints, QStringLiteral("sale"), header.id,
                header.folio, now });
            !ok)
            return std::unexpected(ok.error());
    if (context.inSale)
        if (Status ok = context.inSale(header.id, header.folio); !ok)
            return std::unexpected(ok.error());
    Result<std::vector<qint64>> negative = negativeBalances(m_db, lines);
    if (!negative)
        return std::unexpected(negative.error());
    publishEvent(m_db, {QString::fromLatin1(domainevent::kSaleCompleted), header.id,
                        {{QStringLiteral("sale_id"), header.id}, {QStringLiteral("folio"), header.folio},
                         {QStringLiteral("customer_id"), header.customerId},
                         {QStringLiteral("total_cents"), totals.gross.centavos()}}});
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return SaleReceipt{header.id, header.folio, totals, plan->change, *seq, std::move(*negative)};
}

} // namespace nexus
