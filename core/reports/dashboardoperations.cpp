// Operations figures: quotes by their state, service orders' stays per state from their append-only history, labor
// lines per mechanic, and the stock's open alerts. Indexed reads; the stays are walked in C++ (a few thousand rows).
#include "reports/dashboardoperations.h"

#include "store/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace nexus {

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

Status loadQuotes(Database &db, const QVariantList &window, DashboardOperations &out)
{
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("SELECT count(*), COALESCE(sum(state = 'converted'), 0), COALESCE(sum(total_cents), 0), "
                       "COALESCE(sum(CASE WHEN state = 'converted' THEN total_cents ELSE 0 END), 0), "
                       "COALESCE(sum(EXISTS (SELECT 1 FROM notification_messages m WHERE m.ref_type = 'quote' "
                       "AND m.ref_id = q.id AND m.event = 'quote_sent' AND m.channel <> 'in_app' "
                       "AND m.state <> 'skipped')), 0) "
                       "FROM quotes q WHERE created_at >= ? AND created_at < ? AND (? = '' OR branch_id = ?)"),
        window);
    if (!q)
        return std::unexpected(q.error());
    if (q->next()) {
        out.quotes = q->value(0).toLongLong();
        out.quotesConverted = q->value(1).toLongLong();
        out.quotesCents = q->value(2).toLongLong();
        out.quotesConvertedCents = q->value(3).toLongLong();
        out.quotesMessaged = q->value(4).toLongLong();
    }
    return {};
}

// The orders worked on in the period (opened in it, or still open) with their stays per state, and who did them.
Status loadWorkshop(Database &db, const QVariantList &window, const QDateTime &end, const QString &branchId,
    DashboardOperations &out)
{
    for (ServiceOrderStatus status : kServiceOrderStatuses)
        if (!isClosedStatus(status))
            out.orderStates.append({ status, 0, 0, 0 });
    const auto stateOf = [&out](const QString &code) -> DashboardOrderState * {
        Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(code);
        if (!status)
            return nullptr;
        for (DashboardOrderState &s : out.orderStates)
            if (s.status == *status)
                return &s;
        return nullptr;
    };
    Result<QSqlQuery> open = db.exec(
        QStringLiteral("SELECT status, count(*) FROM service_orders WHERE status NOT IN ('delivered', 'cancelled') "
                       "AND (? = '' OR branch_id = ?) GROUP BY status"),
        { branchId, branchId });
    if (!open)
        return std::unexpected(open.error());
    while (open->next())
        if (DashboardOrderState *s = stateOf(open->value(0).toString()))
            s->open = open->value(1).toLongLong();

    const QString orders = QStringLiteral(
        "SELECT id FROM service_orders WHERE ((opened_at >= ? AND opened_at < ?) "
        "OR status NOT IN ('delivered', 'cancelled')) AND (? = '' OR branch_id = ?)");
    Result<QSqlQuery> history = db.exec(QStringLiteral("SELECT h.order_id, h.to_status, h.at, o.mechanic_name "
                                                       "FROM service_order_history h "
                                                       "JOIN service_orders o ON o.id = h.order_id WHERE h.order_id IN (")
            + orders + QStringLiteral(") ORDER BY h.order_id, h.at, h.id"),
        window);
    if (!history)
        return std::unexpected(history.error());
    QHash<DashboardOrderState *, qint64> minutes;
    QHash<QString, DashboardMechanic> mechanics;
    QString order;
    QString state;
    QString mechanic;
    QDateTime since;
    const auto closeStay = [&](const QDateTime &until) {
        DashboardOrderState *s = state.isEmpty() ? nullptr : stateOf(state);
        if (!s || !since.isValid())
            return;
        const qint64 stay = std::max<qint64>(0, since.secsTo(std::min(until, end)) / 60);
        ++s->stays;
        minutes[s] += stay;
        if (s->status == ServiceOrderStatus::Repair && !mechanic.isEmpty())
            mechanics[mechanic].clockedMinutes += stay;
    };
    while (history->next()) {
        const QString id = history->value(0).toString();
        const QDateTime at = utc(history->value(2).toString());
        if (id != order) {
            if (!order.isEmpty())
                closeStay(end); // the last state of the previous order: still going (closed states are skipped)
            order = id;
            mechanic = history->value(3).toString();
        } else {
            closeStay(at);
        }
        state = history->value(1).toString();
        since = at;
    }
    if (!order.isEmpty())
        closeStay(end);
    for (DashboardOrderState &s : out.orderStates)
        s.averageMinutes = s.stays == 0 ? 0 : minutes.value(&s) / s.stays;

    Result<QSqlQuery> labor = db.exec(QStringLiteral("SELECT l.mechanic_name, count(DISTINCT l.order_id), "
                                                     "sum(l.hours) FROM service_order_labor l WHERE l.removed = 0 "
                                                     "AND l.mechanic_name <> '' AND l.order_id IN (")
            + orders + QStringLiteral(") GROUP BY l.mechanic_name"),
        window);
    if (!labor)
        return std::unexpected(labor.error());
    while (labor->next()) {
        DashboardMechanic &m = mechanics[labor->value(0).toString()];
        m.orders = labor->value(1).toLongLong();
        m.billedHoursThousandths = labor->value(2).toLongLong();
    }
    for (auto it = mechanics.begin(); it != mechanics.end(); ++it) {
        it->name = it.key();
        out.mechanics.append(*it);
    }
    std::sort(out.mechanics.begin(), out.mechanics.end(), [](const DashboardMechanic &a, const DashboardMechanic &b) {
        return a.billedHoursThousandths != b.billedHoursThousandths ? a.billedHoursThousandths > b.billedHoursThousandths
                                                                    : a.name < b.name;
    });
    return {};
}

Status loadStock(Database &db, DashboardOperations &out)
{
    Result<QSqlQuery> stock = db.exec(QStringLiteral(
        "SELECT (SELECT count(DISTINCT part_id) FROM stock_levels WHERE quantity <= 0), "
        "(SELECT count(*) FROM stock_alerts WHERE resolved_at IS NULL), "
        "(SELECT count(*) FROM stock_alerts WHERE resolved_at IS NULL AND acknowledged_at IS NULL)"));
    if (!stock)
        return std::unexpected(stock.error());
    if (stock->next()) {
        out.partsOutOfStock = stock->value(0).toLongLong();
        out.reorderAlerts = stock->value(1).toLongLong();
        out.reorderAlertsUnacknowledged = stock->value(2).toLongLong();
    }
    return {};
}

} // namespace

Result<DashboardOperations> loadDashboardOperations(Database &db, const QString &fromUtc, const QString &toUtc,
    const QDateTime &endUtc, const QString &branchId)
{
    DashboardOperations out;
    const QString branch = branchId.isNull() ? QStringLiteral("") : branchId;
    const QVariantList window { fromUtc, toUtc, branch, branch };
    if (Status quotes = loadQuotes(db, window, out); !quotes)
        return std::unexpected(quotes.error());
    if (Status workshop = loadWorkshop(db, window, endUtc, branch, out); !workshop)
        return std::unexpected(workshop.error());
    if (Status stock = loadStock(db, out); !stock)
        return std::unexpected(stock.error());
    return out;
}

} // namespace nexus
