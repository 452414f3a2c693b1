// Pulls server-authoritative buckets (other branches' stock, users, price changes, branch names) into nexus.db: each page applied in one
// transaction together with its cursor, the bucket's checkpoint verified at the end, re-pulled on a mismatch.
#pragma once

#include <QString>

#include "common/error.h"
#include "protocol/pullmessages.h"

namespace nexus {

class Clock;
class Database;
class TransportSession;

struct PullOutcome
{
    int pages = 0;
    qint64 rows = 0; // entries applied (tombstones included)
    int fullPasses = 0; // passes from an empty cursor (first pull, reset, checkpoint mismatch)
    bool reset = false; // the server answered "reset" at least once
    wire::PullCheckpoint checkpoint; // the one that matched
};

class PullClient final
{
public:
    static constexpr int kMaxFullPasses = 3;

    // db: this thread's nexus.db connection; session: authenticated requests of this device.
    PullClient(Database &db, TransportSession &session, const Clock &clock)
        : m_db(db), m_session(session), m_clock(clock)
    {
    }

    // Pulls `bucket` until caught up and verified. The own branch's stock_levels are never touched: the "stock"
    // bucket lands in remote_stock_levels. Errors: Network (try later; cursor and applied pages are kept),
    // Protocol (the server's answer or checkpoint cannot be trusted after several full passes).
    [[nodiscard]] Result<PullOutcome> pull(const QString &bucket, int limit = wire::kPullDefaultLimit);

    // stock → remote_stock_levels, users → users, prices → price_overrides, branches → remote_branches,
    // customers → customers (CustomerReplica), customer_cards → customer_vehicles, customer_notes and customer_tags
    // (CustomerCardReplica), whatsapp_statuses → notification_messages' delivery states (whatsappstatusreplica.h).
    [[nodiscard]] static bool isKnownBucket(const QString &bucket);

    // The device's copy of `bucket` summed as the server sums it.
    [[nodiscard]] Result<wire::PullCheckpoint> localCheckpoint(const QString &bucket);

private:
    struct State
    {
        QString cursor;
        qint64 pass = 0;
        bool fullPass = true;
    };
    [[nodiscard]] Result<State> loadState(const QString &bucket);
    [[nodiscard]] Status applyPage(const QString &bucket, const wire::PullResponse &page, const State &state);
    [[nodiscard]] Status startFullPass(const QString &bucket, State &state);
    [[nodiscard]] Result<bool> finishFullPass(
        const QString &bucket, const State &state, const wire::PullCheckpoint &server);
    [[nodiscard]] Status applyRow(
        const QString &bucket, const wire::PullRow &row, const State &state, const QString &now);

    Database &m_db;
    TransportSession &m_session;
    const Clock &m_clock;
};

} // namespace nexus
