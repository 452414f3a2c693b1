// Customer timeline: one SELECT per source, merged and sorted by time in C++ (each source is indexed by customer).
#include "customers/customertimeline.h"

#include "store/database.h"

#include <QDateTime>

#include <algorithm>

namespace nexus {

namespace {

struct Source
{
    TimelineKind kind;
    // Columns: id, at, reference, amount_cents, status, detail, by. Every ? is the customer id but the last (the limit).
    const char *sql;
};

// Times are stored as ISO-8601 UTC; the query orders each source by its own column and the merge re-sorts by the
// parsed instant (sources write with or without milliseconds).
const Source kSources[] = {
    { TimelineKind::Sale,
        "SELECT s.id, s.sold_at, s.folio, s.total_cents, s.status, "
        "(SELECT CAST(count(*) AS TEXT) FROM sale_lines l WHERE l.sale_id = s.id), "
        "coalesce((SELECT display_name FROM users WHERE id = s.cashier_id), s.cashier_id) "
        "FROM sales s WHERE s.customer_id = ? ORDER BY s.sold_at DESC LIMIT ?" },
    { TimelineKind::Return,
        "SELECT r.id, r.returned_at, r.folio, r.total_cents, r.refund_method, s.folio || ': ' || r.reason, "
        "coalesce((SELECT display_name FROM users WHERE id = r.cashier_id), r.cashier_id) "
        "FROM returns r JOIN sales s ON s.id = r.sale_id "
        "WHERE s.customer_id = ? OR r.customer_id = ? ORDER BY r.returned_at DESC LIMIT ?" },
    { TimelineKind::Payment,
        "SELECT id, at, folio, -amount_cents, 'applied', '', '' FROM customer_account_ledger "
        "WHERE customer_id = ? AND kind = 'payment' ORDER BY at DESC LIMIT ?" },
    { TimelineKind::ServiceOrder,
        "SELECT id, opened_at, folio, coalesce(estimate_cents, 0), status, "
        "trim(vehicle_make || ' ' || vehicle_model || ' ' || CASE WHEN vehicle_year > 0 THEN vehicle_year ELSE '' END) "
        "|| CASE WHEN complaint <> '' THEN ': ' || complaint ELSE '' END, "
        "coalesce((SELECT display_name FROM users WHERE id = opened_by), opened_by) "
        "FROM service_orders WHERE customer_id = ? ORDER BY opened_at DESC LIMIT ?" },
    { TimelineKind::Quote,
        "SELECT id, created_at, folio, total_cents, "
        "CASE WHEN state = 'open' AND valid_until < date('now', 'localtime') THEN 'expired' ELSE state END, "
        "trim(vehicle || CASE WHEN sale_folio IS NOT NULL THEN ' → ' || sale_folio ELSE '' END), "
        "CASE WHEN created_by_name <> '' THEN created_by_name ELSE created_by END "
        "FROM quotes WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?" },
    { TimelineKind::Warranty,
        "SELECT c.id, c.opened_at, c.folio, c.refund_cents, coalesce(c.resolution, c.status), "
        "c.description || ': ' || c.reason, "
        "coalesce((SELECT display_name FROM users WHERE id = c.opened_by), c.opened_by) "
        "FROM warranty_claims c JOIN sales s ON s.id = c.sale_id "
        "WHERE s.customer_id = ? ORDER BY c.opened_at DESC LIMIT ?" },
    { TimelineKind::Invoice,
        "SELECT id, created_at, CASE WHEN folio_number IS NOT NULL THEN coalesce(series, '') || folio_number "
        "ELSE coalesce(uuid, '') END, total_cents, state, receiver_rfc, "
        "coalesce((SELECT display_name FROM users WHERE id = created_by), created_by) "
        "FROM invoices WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?" },
    { TimelineKind::Message,
        "SELECT id, coalesce(sent_at, created_at), channel, 0, state, "
        "CASE WHEN subject <> '' THEN subject ELSE body END, recipient "
        "FROM notification_messages WHERE customer_id = ? AND channel <> 'in_app' "
        "ORDER BY created_at DESC LIMIT ?" },
    { TimelineKind::Note,
        "SELECT id, at, '', 0, kind, text, user_name FROM customer_notes WHERE customer_id = ? "
        "ORDER BY at DESC LIMIT ?" },
};

qint64 instant(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

} // namespace

const char *timelineKindCode(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Sale: return "sale";
    case TimelineKind::Return: return "return";
    case TimelineKind::Payment: return "payment";
    case TimelineKind::ServiceOrder: return "service_order";
    case TimelineKind::Invoice: return "invoice";
    case TimelineKind::Message: return "message";
    case TimelineKind::Note: return "note";
    case TimelineKind::Call: return "call";
    case TimelineKind::Quote: return "quote";
    case TimelineKind::Warranty: return "warranty";
    }
    return "note";
}

Result<QList<TimelineEntry>> customerTimeline(Database &db, const QString &customerId, int limit)
{
    QList<std::pair<qint64, TimelineEntry>> merged;
    for (const Source &source : kSources) {
        const QString sql = QString::fromUtf8(source.sql); // UTF-8: a converted quote's arrow
        QVariantList values;
        for (qsizetype i = sql.count(QLatin1Char('?')); i > 1; --i)
            values << customerId;
        values << limit;
        Result<QSqlQuery> rows = db.exec(sql, values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next()) {
            TimelineEntry e;
            e.kind = source.kind;
            e.refId = rows->value(0).toString();
            e.atUtc = rows->value(1).toString();
            e.reference = rows->value(2).toString();
            e.amount = Money(rows->value(3).toLongLong());
            e.status = rows->value(4).toString();
            e.detail = rows->value(5).toString();
            e.by = rows->value(6).toString();
            if (e.kind == TimelineKind::Note && e.status == QLatin1String("call"))
                e.kind = TimelineKind::Call;
            merged.append({ instant(e.atUtc), e });
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.refId > b.second.refId;
    });
    QList<TimelineEntry> entries;
    for (qsizetype i = 0; i < merged.size() && i < limit; ++i)
        entries << merged.at(i).second;
    return entries;
}

} // namespace nexus
