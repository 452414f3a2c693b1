// GET /v1/sync/pull: one page of a bucket's change log (server-authoritative state going down to the counters).
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus::wire {

// GET kPullPath?bucket=B&after=CURSOR&limit=N → PullResponse. CURSOR: empty (from the start) or a next_cursor.
inline constexpr QLatin1String kPullPath { "/v1/sync/pull" };
inline constexpr QLatin1String kBucketStock { "stock" }; // stock_levels of every warehouse of the tenant
inline constexpr QLatin1String kBucketUsers { "users" }; // the device's branch users plus branch-less admin/hq
inline constexpr QLatin1String kBucketPrices { "prices" }; // HQ's price changes since the catalogue snapshot
inline constexpr QLatin1String kBucketBranches { "branches" }; // every branch of the tenant (id, code, name)
inline constexpr QLatin1String kBucketTransfers { "transfers" }; // transfers the device's branch sends or receives
inline constexpr QLatin1String kBucketCustomers { "customers" }; // the tenant's customers with their credit balance
// The tenant's warranty policies, fleets, maintenance plan lines and services done (keys "policy/…", "fleet/…",
// "plan/…", "record/…"; each row has its "kind").
inline constexpr QLatin1String kBucketWorkshop { "workshop" };
// The tenant's customers' cards: vehicles "v/<id>", notes and calls "n/<id>", tag sets "t/<customer id>", channel
// preferences and opt-out "p/<customer id>".
inline constexpr QLatin1String kBucketCustomerCards { "customer_cards" };
// WhatsApp's delivery reports the tenant's webhook received (key: the report id; row {id, received_at, body} with the
// statuses in Meta's webhook shape): each counter applies those of the messages it sent.
inline constexpr QLatin1String kBucketWhatsAppStatuses { "whatsapp_statuses" };
// The service orders of the device's branch, each whole (key: the order id; header, history, parts, labor,
// checklist, notes; never the inspection photos): a second counter or the workshop kiosk sees every order.
inline constexpr QLatin1String kBucketServiceOrders { "service_orders" };
// The purchase suggestions of the device's branch (key: the suggestion id; row with its status open, ordered with
// the purchase order's id and folio, or withdrawn): purchasing drafts them at any device of the branch, once.
inline constexpr QLatin1String kBucketPurchaseSuggestions { "purchase_suggestions" };
inline constexpr int kPullDefaultLimit = 1000;
inline constexpr int kPullMaxLimit = 5000;

namespace errorcode {
inline constexpr QLatin1String kUnknownBucket { "unknown_bucket" }; // 400
} // namespace errorcode

// One entry of the log: the latest state of `key` (a change moves the key to a new, higher seq), or its deletion.
struct PullRow
{
    qint64 seq = 0;
    QString key; // stock: "<warehouse_id>/<part_id>", users: the user id
    bool deleted = false;
    QJsonObject row; // the columns; empty when deleted

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PullRow> fromJson(const QJsonObject &json, const QString &path);
};

// What the device's copy of the bucket must add up to once it has applied everything up to `seq`:
// `count` live keys and `checksum` = Σ checksumTerm(seq of each live key).
struct PullCheckpoint
{
    qint64 seq = 0;
    qint64 count = 0;
    qint64 checksum = 0;

    // Order-independent, cheap to keep in SQL on both sides: (seq × 2654435761) mod 2³² (Knuth's multiplier, so
    // a missed update or a stale version changes the sum even when counts agree). Exact in SQLite's int64.
    [[nodiscard]] static constexpr qint64 checksumTerm(qint64 seq) { return (seq * 2654435761LL) % 4294967296LL; }
    friend bool operator==(const PullCheckpoint &, const PullCheckpoint &) = default;
};

struct PullResponse
{
    QString bucket;
    QList<PullRow> rows; // ascending seq
    QString nextCursor; // pass as `after` next time (also when has_more is false: the place to continue later)
    bool hasMore = false;
    // The cursor is from another log (restored server) or older than the pruned tombstones: start over from an
    // empty cursor. Never a reason to delete anything locally by itself.
    bool reset = false;
    PullCheckpoint checkpoint; // the whole bucket as the device sees it, at the time of this answer

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PullResponse> fromJson(const QJsonObject &json);
};

} // namespace nexus::wire
