// The rules of quotes: a cart saved as a quote for a customer until a date (folio per branch, the fact in the outbox
// in the same transaction), the list, cancelling, and converting a quote into one sale: its lines go back on the
// ticket at the quoted prices while it is vigente, at today's prices once it expired, and the sale's own transaction
// marks it converted (a second conversion is refused and undoes that sale). A quote made from a service order
// (orderquote.h) goes back on the ticket as that order's charge: converting it charges the order once.
#pragma once

#include <functional>

#include "auth/role.h"
#include "common/error.h"
#include "quotes/quoterepository.h"
#include "sales/cart.h"

namespace nexus {

class Clock;
class Database;

struct QuoteContext
{
    QString deviceId;
    QString branchId;
};

struct NewQuote
{
    QuoteCustomer customer;
    QString vehicle;
    QDate validUntil; // the last day the prices hold (branch's local date)
    QString userId;
    QString userName;
    Role role = Role::Cashier;
};

// A quote on its way back to the ticket.
struct QuoteConversion
{
    Quote quote;
    std::vector<CartLine> lines; // with the quoted prices, or today's once it expired
    qint64 ticketDiscountPpm = 0;
    bool pricesHonoured = true; // false: the quote expired and the lines carry today's prices
    QStringList repriced; // SKUs whose price today differs from the quoted one (only when not honoured)
    // A quote of a service order: what changed on the order since the quote that the conversion follows the quote
    // on (orderChangesSinceQuote), one sentence each; empty when the order is as quoted or for a counter quote.
    QStringList orderChanges;
};

class QuoteService final
{
public:
    static constexpr int kDefaultValidityDays = 15;
    static constexpr int kMaxValidityDays = 365;

    QuoteService(Database &db, const Clock &clock, QuoteContext context);

    // The branch's local date now, and the default valid-until date for a new quote (today + 15 days).
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QDate defaultValidUntil() const { return today().addDays(kDefaultValidityDays); }

    // Writes the cart's lines with their prices and totals as priced now. Refused (nothing written) when the cart
    // is empty, the customer has no name, or the date is before today or more than a year away.
    [[nodiscard]] Result<Quote> save(const Cart &cart, const NewQuote &request);
    [[nodiscard]] Result<Quote> load(const QString &quoteId) const;
    [[nodiscard]] Result<std::optional<Quote>> findByFolio(const QString &folio) const;
    [[nodiscard]] Result<std::vector<Quote>> list(const QuoteFilter &filter) const;
    [[nodiscard]] Status cancel(const QString &quoteId);

    // A quote of a service order: what converting it finds on the order now (orderChangesSinceQuote: refused when
    // the order cannot be charged as quoted, else the labor differences the conversion follows the quote on); empty
    // for a counter quote.
    [[nodiscard]] Result<QStringList> orderChanges(const QString &quoteId) const;

    // Today's cart item for a quoted part (CartItemLookup at the quote's price list); used once a quote expired.
    using CurrentItem = std::function<Result<CartItem>(const QuoteLine &line)>;
    // The cart lines of an open quote. Refused for a converted or cancelled quote (field "quote"), and for a quote of
    // a service order that cannot charge the order now (field "service_order", see orderChangesSinceQuote).
    [[nodiscard]] Result<QuoteConversion> prepareConversion(const QString &quoteId, const CurrentItem &current) const;
    // Puts a conversion on a cart: its lines, its ticket discount, and the quote it came from. The lines of a quote
    // of a service order go on as that order's charge (Cart::loadServiceOrder), so the sale consumes its reservations.
    [[nodiscard]] static Status loadInto(Cart &cart, const QuoteConversion &conversion);
    // Inside the sale's transaction (CheckoutContext::inSale): the quote becomes converted with this sale, the sale
    // records the quote's folio, quote.converted goes to the outbox. Refused when it is not open any more, or when it
    // is a quote of a service order and the ticket does not charge that order with the quoted lines (the order's own
    // step comes first: chargeTicketInSale, ticketcharge.h).
    [[nodiscard]] Status convertInSale(const Cart &cart, const QString &saleId, const QString &saleFolio);

private:
    [[nodiscard]] QString nowUtc() const;
    [[nodiscard]] Status append(const char *type, const QJsonObject &payload, const QString &now);
    [[nodiscard]] static Status refuseClosed(const Quote &quote);
    [[nodiscard]] Result<QStringList> orderChangesOf(const Quote &quote) const;

    Database &m_db;
    const Clock &m_clock;
    QuoteContext m_context;
    QuoteRepository m_quotes;
};

} // namespace nexus
