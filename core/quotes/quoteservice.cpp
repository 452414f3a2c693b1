// Quotes: saved from a priced cart in one transaction with their outbox fact; converted once, inside the sale.
#include "quotes/quoteservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "quotes/orderquote.h"
#include "quotes/quotepayload.h"
#include "sales/cartsummary.h"
#include "store/database.h"
#include "store/domainevents.h"
#include "store/outbox.h"
#include "workshop/serviceorderrepository.h"

namespace nexus {

QuoteService::QuoteService(Database &db, const Clock &clock, QuoteContext context)
    : m_db(db), m_clock(clock), m_context(std::move(context)), m_quotes(db)
{
}

QDate QuoteService::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

QString QuoteService::nowUtc() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

Status QuoteService::append(const char *type, const QJsonObject &payload, const QString &now)
{
    Result<qint64> seq = Outbox(m_db).append(
        IdGenerator::instance().nextString(), QString::fromLatin1(type), quotemutation::kSchema, payload, now);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<Quote> QuoteService::save(const Cart &cart, const NewQuote &request)
{
    if (Status allowed = checkPermission(request.role, Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    if (cart.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The ticket is empty: there is nothing to quote"), {},
            QStringLiteral("cart"));
    if (request.customer.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("A quote needs the customer's name"), {},
            QStringLiteral("customer"));
    const QDate day = today();
    if (!request.validUntil.isValid() || request.validUntil < day)
        return fail(ErrorCode::InvalidInput, NX_ERR("The quote must be valid at least until today (%1)"),
            { day.toString(Qt::ISODate) }, QStringLiteral("valid_until"));
    if (request.validUntil > day.addDays(kMaxValidityDays))
        return fail(ErrorCode::InvalidInput, NX_ERR("A quote cannot be valid for more than %1 days"),
            { QString::number(kMaxValidityDays) }, QStringLiteral("valid_until"));

    const std::vector<PricedLine> priced = cart.priced();
    const CartSummary summary = summarizeLines(priced);
    Quote quote;
    quote.id = IdGenerator::instance().nextString();
    quote.branchId = m_context.branchId;
    quote.deviceId = m_context.deviceId;
    quote.customer = request.customer;
    quote.customer.name = quote.customer.name.trimmed();
    quote.vehicle = request.vehicle.trimmed();
    // A ticket that charges a service order (the order's own quote, orderquote.h, or Ctrl+O at the counter) makes a
    // quote of that order: converting it charges the order instead of selling its lines again.
    quote.serviceOrderId = cart.serviceOrderId();
    quote.serviceOrderFolio = cart.serviceOrderFolio();
    quote.priceList = cart.priceList();
    quote.ticketDiscountPpm = cart.ticketDiscountPpm();
    quote.totals = summary.totals;
    quote.discount = summary.discount;
    quote.validUntil = request.validUntil;
    quote.createdBy = request.userId;
    quote.createdByName = request.userName;
    quote.createdAt = nowUtc();
    int lineNo = 0;
    for (const PricedLine &p : priced) {
        const CartItem &item = p.line->item;
        quote.lines.push_back(QuoteLine { ++lineNo, item.partId, item.sku, item.description, item.warehouseId,
            item.service, p.line->quantity, item.unitPrice, p.line->discountPpm, p.discount, p.amounts, item.tax.code(),
            item.cost, item.retailPrice, item.priceVersion, item.satProductKey, item.satUnitKey,
            p.line->sourceLineId });
    }

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QString> folio = m_quotes.nextFolio(m_context.branchId);
    if (!folio)
        return std::unexpected(folio.error());
    quote.folio = *folio;
    if (Status ok = m_quotes.insert(quote); !ok)
        return std::unexpected(ok.error());
    if (Status ok = append(quotemutation::kSaved, quotemutation::savedPayload(quote), quote.createdAt); !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return quote;
}

Result<Quote> QuoteService::load(const QString &quoteId) const
{
    return m_quotes.load(quoteId);
}

Result<std::optional<Quote>> QuoteService::findByFolio(const QString &folio) const
{
    return m_quotes.findByFolio(folio.trimmed().toUpper());
}

Result<std::vector<Quote>> QuoteService::list(const QuoteFilter &filter) const
{
    return m_quotes.list(filter, today());
}

Status QuoteService::refuseClosed(const Quote &quote)
{
    if (quote.state == QuoteState::Converted)
        return fail(ErrorCode::Conflict, NX_ERR("The quote %1 was already converted (sale %2)"),
            { quote.folio, quote.saleFolio }, QStringLiteral("quote"));
    if (quote.state == QuoteState::Cancelled)
        return fail(ErrorCode::Conflict, NX_ERR("The quote %1 was cancelled"), { quote.folio }, QStringLiteral("quote"));
    return {};
}

Status QuoteService::cancel(const QString &quoteId)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Quote> quote = m_quotes.load(quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    if (Status open = refuseClosed(*quote); !open)
        return open;
    const QString now = nowUtc();
    Result<bool> cancelled = m_quotes.markCancelled(quoteId, now);
    if (!cancelled)
        return std::unexpected(cancelled.error());
    if (Status ok = append(quotemutation::kCancelled, quotemutation::cancelledPayload(*quote, now), now); !ok)
        return ok;
    return transaction.commit();
}

Result<QStringList> QuoteService::orderChanges(const QString &quoteId) const
{
    Result<Quote> quote = m_quotes.load(quoteId); // with its lines (the list's quotes have none)
    if (!quote)
        return std::unexpected(quote.error());
    return orderChangesOf(*quote);
}

Result<QStringList> QuoteService::orderChangesOf(const Quote &quote) const
{
    if (quote.serviceOrderId.isEmpty())
        return QStringList();
    Result<ServiceOrder> order = ServiceOrderRepository(m_db).load(quote.serviceOrderId);
    if (!order)
        return std::unexpected(order.error());
    return orderChangesSinceQuote(quote, *order);
}

Result<QuoteConversion> QuoteService::prepareConversion(const QString &quoteId, const CurrentItem &current) const
{
    Result<Quote> quote = m_quotes.load(quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    if (Status open = refuseClosed(*quote); !open)
        return std::unexpected(open.error());
    QuoteConversion conversion;
    Result<QStringList> changes = orderChangesOf(*quote);
    if (!changes)
        return std::unexpected(changes.error());
    conversion.orderChanges = std::move(*changes);
    // Once expired, the quote of an order follows the same rule: today's prices of its list for the parts (their
    // reservation is still consumed), the quoted amount for the labor.
    conversion.pricesHonoured = quote->pricesHoldOn(today());
    conversion.ticketDiscountPpm = quote->ticketDiscountPpm;
    for (const QuoteLine &line : quote->lines) {
        Result<TaxRate> tax = TaxRate::fromCode(line.taxCode);
        if (!tax)
            return std::unexpected(tax.error());
        CartItem item { line.partId, line.sku, line.description, line.warehouseId, line.unitPrice, line.retailPrice,
            line.cost, *tax, line.priceVersion, line.satProductKey, line.satUnitKey, line.service };
        // A service has no catalogue price: its quoted amount stands.
        if (!conversion.pricesHonoured && !line.service) {
            Result<CartItem> today = current(line);
            if (!today)
                return std::unexpected(today.error());
            if (today->unitPrice != line.unitPrice)
                conversion.repriced.append(line.sku);
            item = *today;
        }
        conversion.lines.push_back(CartLine { item, line.quantity, line.discountPpm, line.sourceLineId });
    }
    conversion.quote = std::move(*quote);
    return conversion;
}

Status QuoteService::loadInto(Cart &cart, const QuoteConversion &conversion)
{
    const Quote &quote = conversion.quote;
    if (!quote.serviceOrderId.isEmpty()) {
        std::vector<CartLine> orderLines;
        for (const CartLine &line : conversion.lines)
            if (!line.sourceLineId.isEmpty())
                orderLines.push_back(line);
        if (Status loaded = cart.loadServiceOrder(quote.serviceOrderId, quote.serviceOrderFolio, std::move(orderLines));
            !loaded)
            return loaded;
    }
    for (const CartLine &line : conversion.lines) {
        if (!line.sourceLineId.isEmpty() && !quote.serviceOrderId.isEmpty())
            continue; // on the ticket with the order, its discount with it
        if (Status added = cart.add(line.item, line.quantity); !added)
            return added;
        if (line.discountPpm != 0)
            if (Status discounted
                = cart.setLineDiscountPpm(static_cast<int>(cart.lines().size()) - 1, line.discountPpm);
                !discounted)
                return discounted;
    }
    if (conversion.ticketDiscountPpm != 0)
        if (Status discounted = cart.setTicketDiscountPpm(conversion.ticketDiscountPpm); !discounted)
            return discounted;
    cart.setQuote(conversion.quote.id, conversion.quote.folio);
    return {};
}

Status QuoteService::convertInSale(const Cart &cart, const QString &saleId, const QString &saleFolio)
{
    Result<Quote> quote = m_quotes.load(cart.quoteId());
    if (!quote)
        return std::unexpected(quote.error());
    if (Status open = refuseClosed(*quote); !open)
        return open;
    if (!quote->serviceOrderId.isEmpty())
        if (Status follows = checkTicketFollowsQuote(cart, *quote); !follows)
            return follows;
    const QString now = nowUtc();
    Result<bool> converted = m_quotes.markConverted(quote->id, saleId, saleFolio, now);
    if (!converted)
        return std::unexpected(converted.error());
    if (!*converted) // taken by another sale between the load and the update
        return fail(ErrorCode::Conflict, NX_ERR("The quote %1 was already converted"), { quote->folio },
            QStringLiteral("quote"));
    if (Status ok = m_quotes.setSaleQuote(saleId, quote->folio); !ok)
        return ok;
    // The customer said yes: whoever listens (notifications' quote_approved) hears it inside the sale.
    publishEvent(m_db, { QString::fromLatin1(domainevent::kQuoteApproved), quote->id,
                           { { QStringLiteral("quote_id"), quote->id }, { QStringLiteral("folio"), quote->folio },
                               { QStringLiteral("customer_id"), quote->customer.customerId },
                               { QStringLiteral("customer_name"), quote->customer.name },
                               { QStringLiteral("total_cents"), quote->totals.gross.centavos() } } });
    return append(quotemutation::kConverted, quotemutation::convertedPayload(*quote, saleId, saleFolio, now), now);
}

} // namespace nexus
