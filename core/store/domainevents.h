// Business events (an order became ready, a sale, a stock movement) handed to whoever listens on a database, inside
// the transaction that made them: core services publish without knowing who listens (notifications do).
#pragma once

#include <QString>
#include <QVariantMap>

namespace nexus {

class Database;

struct DomainEvent
{
    QString type; // domainevent::k…
    QString id;   // what makes this occurrence unique (the fact's id): listeners key their work on it
    QVariantMap data;
};

namespace domainevent {
inline constexpr char kServiceOrderReady[] = "service_order.ready"; // order_id, folio, customer_*, vehicle, total_cents
// Sent to the customer for approval: the same data, total_cents being the estimate.
inline constexpr char kServiceOrderEstimateReady[] = "service_order.estimate_ready";
inline constexpr char kSaleCompleted[] = "sale.completed";          // sale_id, folio, customer_id, total_cents
inline constexpr char kStockChanged[] = "stock.changed";            // changes: [{part_id, warehouse_id, delta}]
// The customer accepted a quote: it became a sale. quote_id, folio, customer_id, customer_name, total_cents
inline constexpr char kQuoteApproved[] = "quote.approved";
// Goods of a purchase order arrived. order_id, folio, receipt_id, total_cents (MXN)
inline constexpr char kPurchaseReceived[] = "purchase.received";
} // namespace domainevent

// Called inside the publisher's write transaction, on the publisher's connection. A listener must not fail the
// business write: it keeps its own errors (logs them) and leaves nothing half-written (savepoint).
class DomainEventSink
{
public:
    virtual ~DomainEventSink() = default;
    virtual void handle(Database &db, const DomainEvent &event) = 0;
};

// One sink per database connection; nullptr detaches. The caller keeps the sink alive while attached.
void attachEventSink(Database &db, DomainEventSink *sink);
// Hands the event to the sink attached to `db`, if any.
void publishEvent(Database &db, const DomainEvent &event);

} // namespace nexus
