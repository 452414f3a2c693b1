// PullClient: pages → one transaction each (rows + cursor), then count/checksum against the server's checkpoint.
// A reset or a mismatch starts a full pass from an empty cursor; rows the server no longer has are removed only at
// the end of a complete pass whose size equals the server's count, never because an answer was empty.
#include "client/pullclient.h"

#include "client/notifications/whatsappstatusreplica.h"
#include "client/transferreplica.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "customers/customercardreplica.h"
#include "customers/customerreplica.h"
#include "protocol/apierror.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "purchasing/purchasesuggestionreplica.h"
#include "store/database.h"
#include "workshop/serviceorderreplica.h"
#include "workshop/workshopreplica.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <optional>

namespace nexus {

namespace {

QString nowIso(const Clock &clock)
{
    return clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

// One prepared statement per page and kind of row: a stock pull brings hundreds of thousands of rows.
class Prepared final
{
public:
    Prepared(Database &db, const QString &sql) : m_query(db.connection()), m_sql(sql)
    {
        m_prepared = m_query.prepare(sql);
    }
    Status run(const QVariantList &values)
    {
        if (!m_prepared)
            return std::unexpected(storageError(m_query.lastError(), m_sql));
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(static_cast<int>(i), values.at(i));
        if (!m_query.exec())
            return std::unexpected(storageError(m_query.lastError(), m_sql));
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// For NOT NULL text columns: an empty (or absent) value must bind as '', not as SQL NULL.
QString text(const QJsonValue &value)
{
    const QString string = value.toString();
    return string.isEmpty() ? QString(QLatin1String("")) : string;
}

QVariant nullable(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : QVariant(value.toString());
}

} // namespace

bool PullClient::isKnownBucket(const QString &bucket)
{
    if (bucket == wire::kBucketTransfers || bucket == wire::kBucketServiceOrders
        || bucket == wire::kBucketPurchaseSuggestions)
        return true;
    return bucket == wire::kBucketStock || bucket == wire::kBucketUsers || bucket == wire::kBucketPrices
        || bucket == wire::kBucketBranches || bucket == wire::kBucketCustomers || bucket == wire::kBucketWorkshop
        || bucket == wire::kBucketCustomerCards || bucket == wire::kBucketWhatsAppStatuses;
}

Result<PullClient::State> PullClient::loadState(const QString &bucket)
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT cursor, pass, full_pass FROM pull_state WHERE bucket = ?"), { bucket });
    if (!query)
        return std::unexpected(query.error());
    State state;
    if (query->next()) {
        state.cursor = query->value(0).toString();
        state.pass = query->value(1).toLongLong();
        state.fullPass = query->value(2).toInt() != 0;
        return state;
    }
    // First pull of this bucket: a full pass (rows written by enrollment are reconciled at its end).
    state.pass = 1;
    state.fullPass = true;
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO pull_state(bucket, cursor, pass, full_pass) VALUES (?, '', 1, 1)"), { bucket });
    if (!inserted)
        return std::unexpected(inserted.error());
    return state;
}

Status PullClient::startFullPass(const QString &bucket, State &state)
{
    state.cursor.clear();
    state.pass += 1;
    state.fullPass = true;
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("UPDATE pull_state SET cursor = '', pass = ?, full_pass = 1 WHERE bucket = ?"),
            { state.pass, bucket });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<wire::PullCheckpoint> PullClient::localCheckpoint(const QString &bucket)
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT coalesce(max(seq), 0), count(*), "
                                                       "coalesce(sum((seq * 2654435761) % 4294967296), 0) "
                                                       "FROM pull_rows WHERE bucket = ?"),
        { bucket });
    if (!query)
        return std::unexpected(query.error());
    wire::PullCheckpoint checkpoint;
    if (query->next()) {
        checkpoint.seq = query->value(0).toLongLong();
        checkpoint.count = query->value(1).toLongLong();
        checkpoint.checksum = query->value(2).toLongLong();
    }
    return checkpoint;
}

Status PullClient::applyPage(const QString &bucket, const wire::PullResponse &page, const State &state)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString now = nowIso(m_clock);
    const bool stock = bucket == wire::kBucketStock;
    const bool prices = bucket == wire::kBucketPrices;
    const bool branches = bucket == wire::kBucketBranches;
    const bool transfers = bucket == wire::kBucketTransfers;
    const bool customers = bucket == wire::kBucketCustomers;
    const bool workshop = bucket == wire::kBucketWorkshop;
    std::optional<CustomerReplica> customerReplica; // core/customers keeps the customer rules and SQL
    if (customers)
        customerReplica.emplace(m_db);
    WorkshopReplica workshopReplica(m_db); // core/workshop: policies, fleets, plans, services done
    const bool whatsappStatuses = bucket == wire::kBucketWhatsAppStatuses;
    const bool cards = bucket == wire::kBucketCustomerCards;
    std::optional<CustomerCardReplica> cardReplica;
    if (cards)
        cardReplica.emplace(m_db);
    const bool serviceOrders = bucket == wire::kBucketServiceOrders;
    std::optional<ServiceOrderReplica> orderReplica; // core/workshop: the branch's orders from its other devices
    if (serviceOrders)
        orderReplica.emplace(m_db);
    const bool purchaseSuggestions = bucket == wire::kBucketPurchaseSuggestions;
    Prepared upsertStock(m_db,
        QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, branch_id, quantity, min_quantity, "
                       "max_quantity, pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET branch_id = excluded.branch_id, "
                       "quantity = excluded.quantity, min_quantity = excluded.min_quantity, "
                       "max_quantity = excluded.max_quantity, pulled_at = excluded.pulled_at"));
    Prepared deleteStock(
        m_db, QStringLiteral("DELETE FROM remote_stock_levels WHERE warehouse_id = ? AND part_id = ?"));
    Prepared upsertUser(m_db,
        QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, password_hash, pin_hash, "
                       "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET username = excluded.username, "
                       "display_name = excluded.display_name, role = excluded.role, branch_id = excluded.branch_id, "
                       "password_hash = excluded.password_hash, pin_hash = excluded.pin_hash, "
                       "active = excluded.active, updated_at = excluded.updated_at"));
    // A user removed at HQ (or moved to another branch) stops logging in here; the row stays for the audit log.
    Prepared retireUser(m_db, QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
    Prepared upsertPrice(m_db,
        QStringLiteral("INSERT INTO price_overrides(part_id, price_list, price_cents, price_version, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(part_id, price_list) DO UPDATE SET "
                       "price_cents = excluded.price_cents, price_version = excluded.price_version, "
                       "updated_at = excluded.updated_at"));
    // HQ dropped its change: the catalogue's own price applies again.
    Prepared deletePrice(m_db, QStringLiteral("DELETE FROM price_overrides WHERE part_id = ? AND price_list = ?"));
    Prepared upsertBranch(m_db,
        QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES (?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name"));
    Prepared deleteBranch(m_db, QStringLiteral("DELETE FROM remote_branches WHERE id = ?"));
    Prepared upsertKey(m_db,
        QStringLiteral("INSERT INTO pull_rows(bucket, key, seq, pass) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(bucket, key) DO UPDATE SET seq = excluded.seq, pass = excluded.pass"));
    Prepared deleteKey(m_db, QStringLiteral("DELETE FROM pull_rows WHERE bucket = ? AND key = ?"));

    for (const wire::PullRow &row : page.rows) {
        Status applied;
        const QJsonObject &r = row.row;
        if (stock) {
            if (row.deleted) {
                const qsizetype slash = row.key.lastIndexOf(QLatin1Char('/'));
                applied = deleteStock.run({ row.key.left(slash), row.key.mid(slash + 1).toLongLong() });
            } else {
                applied = upsertStock.run({ r.value(QLatin1String("part_id")).toInteger(),
                    r.value(QLatin1String("warehouse_id")).toString(), r.value(QLatin1String("branch_id")).toString(),
                    r.value(QLatin1String("quantity")).toInteger(), r.value(QLatin1String("min_quantity")).toInteger(),
                    r.value(QLatin1String("max_quantity")).toInteger(), now });
            }
        } else if (prices) {
            if (row.deleted) {
                // "<part_id>/<price_list>": the list code never holds a slash, the part id is digits.
                const qsizetype slash = row.key.indexOf(QLatin1Char('/'));
                applied = deletePrice.run({ row.key.left(slash).toLongLong(), text(QJsonValue(row.key.mid(slash + 1))) });
            } else {
                const qint64 cents = r.value(QLatin1String("price_cents")).toInteger(-1);
                if (cents < 0)
                    return fail(ErrorCode::Protocol, NX_ERR("The server sent the price %1 without a valid amount"),
                        { row.key }, QStringLiteral("price_cents"));
                applied = upsertPrice.run({ r.value(QLatin1String("part_id")).toInteger(),
                    text(r.value(QLatin1String("price_list"))), cents,
                    r.value(QLatin1String("price_version")).toInteger(),
                    text(r.value(QLatin1String("updated_at"))) });
            }
        } else if (customers) {
            applied = row.deleted ? customerReplica->retire(row.key) : customerReplica->apply(r, now);
        } else if (workshop) {
            applied = row.deleted ? workshopReplica.remove(row.key) : workshopReplica.apply(r);
        } else if (cards) {
            applied = row.deleted ? cardReplica->remove(row.key) : cardReplica->apply(r);
        } else if (serviceOrders) {
            applied = row.deleted ? Status() : orderReplica->apply(r); // the server never deletes an order
        } else if (purchaseSuggestions) {
            // core/purchasing: the branch's list; the server never deletes a suggestion (withdrawn is a status)
            applied = row.deleted ? Status() : applyPulledPurchaseSuggestion(m_db, r);
        } else if (whatsappStatuses) {
            applied = row.deleted ? Status() : applyWhatsAppStatusReport(m_db, r); // facts: never deleted here
        } else if (transfers) {
            applied = row.deleted ? Status() : applyTransferRow(m_db, r, now); // facts: never deleted here
        } else if (branches) {
            applied = row.deleted ? deleteBranch.run({ row.key })
                                  : upsertBranch.run({ r.value(QLatin1String("id")).toString(),
                                        text(r.value(QLatin1String("code"))),
                                        text(r.value(QLatin1String("name"))) });
        } else if (row.deleted) {
            applied = retireUser.run({ row.key });
        } else {
            applied = upsertUser.run({ r.value(QLatin1String("id")).toString(),
                r.value(QLatin1String("username")).toString(), r.value(QLatin1String("display_name")).toString(),
                r.value(QLatin1String("role")).toString(), nullable(r.value(QLatin1String("branch_id"))),
                r.value(QLatin1String("password_hash")).toString(), nullable(r.value(QLatin1String("pin_hash"))),
                r.value(QLatin1String("active")).toInteger() != 0 ? 1 : 0,
                r.value(QLatin1String("updated_at")).toString() });
        }
        if (!applied)
            return applied;
        Status keyed = row.deleted ? deleteKey.run({ bucket, row.key })
                                   : upsertKey.run({ bucket, row.key, row.seq, state.pass });
        if (!keyed)
            return keyed;
    }
    Result<QSqlQuery> saved
        = m_db.exec(QStringLiteral("UPDATE pull_state SET cursor = ?, checkpoint_seq = ? WHERE bucket = ?"),
            { page.nextCursor, page.checkpoint.seq, bucket });
    if (!saved)
        return std::unexpected(saved.error());
    return transaction.commit();
}

Result<bool> PullClient::finishFullPass(const QString &bucket, const State &state, const wire::PullCheckpoint &server)
{
    // Only a complete pass may remove anything: every live key the server counts must have come in this pass.
    Result<QVariant> seen = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM pull_rows WHERE bucket = ? AND pass = ?"), { bucket, state.pass });
    if (!seen)
        return std::unexpected(seen.error());
    if (seen->toLongLong() != server.count)
        return false;
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    QList<std::pair<QString, QVariantList>> statements;
    if (bucket == wire::kBucketStock)
        statements.append(
            { QStringLiteral("DELETE FROM remote_stock_levels WHERE NOT EXISTS (SELECT 1 FROM pull_rows p "
                             "WHERE p.bucket = 'stock' AND p.pass = ? AND p.key = "
                             "remote_stock_levels.warehouse_id || '/' || remote_stock_levels.part_id)"),
                { state.pass } });
    else if (bucket == wire::kBucketPrices)
        statements.append(
            { QStringLiteral("DELETE FROM price_overrides WHERE NOT EXISTS (SELECT 1 FROM pull_rows p "
                             "WHERE p.bucket = 'prices' AND p.pass = ? AND p.key = "
                             "price_overrides.part_id || '/' || price_overrides.price_list)"),
                { state.pass } });
    else if (bucket == wire::kBucketBranches)
        statements.append({ QStringLiteral("DELETE FROM remote_branches WHERE id NOT IN "
                                           "(SELECT key FROM pull_rows WHERE bucket = 'branches' AND pass = ?)"),
            { state.pass } });
    else if (bucket == wire::kBucketCustomers) {
        if (Status retired = CustomerReplica::retireMissing(m_db, state.pass); !retired)
            return std::unexpected(retired.error());
    } else
        statements.append({ QStringLiteral("UPDATE users SET active = 0 WHERE active = 1 AND id NOT IN "
                                           "(SELECT key FROM pull_rows WHERE bucket = 'users' AND pass = ?)"),
            { state.pass } });
    // Transfers are facts: a full pass removes none of them. The workshop's rows, the service orders and the
    // customers' cards are the counters' own work (a plan, an order or a vehicle saved here may not be on the server
    // yet), so a full pass removes none either; a removed policy or vehicle comes down as its tombstone. Nor do the
    // purchase suggestions: one made here may not be on the server yet, and a withdrawn one comes down as a status.
    if (bucket == wire::kBucketTransfers || bucket == wire::kBucketWorkshop || bucket == wire::kBucketCustomerCards
        || bucket == wire::kBucketWhatsAppStatuses || bucket == wire::kBucketServiceOrders
        || bucket == wire::kBucketPurchaseSuggestions)
        statements.clear();
    statements.append(
        { QStringLiteral("DELETE FROM pull_rows WHERE bucket = ? AND pass <> ?"), { bucket, state.pass } });
    statements.append({ QStringLiteral("UPDATE pull_state SET full_pass = 0 WHERE bucket = ?"), { bucket } });
    for (const auto &[sql, values] : statements) {
        Result<QSqlQuery> query = m_db.exec(sql, values);
        if (!query)
            return std::unexpected(query.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return true;
}

Result<PullOutcome> PullClient::pull(const QString &bucket, int limit)
{
    if (!isKnownBucket(bucket))
        return fail(ErrorCode::InvalidInput, NX_ERR("This device cannot keep a \"%1\" bucket"), { bucket },
            QStringLiteral("bucket"));
    Result<State> loaded = loadState(bucket);
    if (!loaded)
        return std::unexpected(loaded.error());
    State state = *loaded;
    PullOutcome outcome;
    if (state.fullPass)
        outcome.fullPasses = 1;
    while (true) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("bucket"), bucket);
        query.addQueryItem(QStringLiteral("after"), state.cursor); // hex and digits only
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        Result<HttpResponse> response
            = m_session.get(QString(wire::kPullPath) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
        if (!response)
            return std::unexpected(response.error());
        if (response->status != 200) {
            const wire::ApiError error = wire::ApiError::fromBody(response->status, response->body);
            return fail(ErrorCode::Protocol, NX_ERR("The server refused the %1 pull (HTTP %2): %3"),
                { bucket, QString::number(response->status), error.message });
        }
        Result<QJsonObject> json = wire::parseJsonObject(response->body, QStringLiteral("pull answer"));
        if (!json)
            return std::unexpected(json.error());
        Result<wire::PullResponse> page = wire::PullResponse::fromJson(*json);
        if (!page)
            return std::unexpected(page.error());
        ++outcome.pages;

        if (page->reset) {
            // Never a mass delete: start a full pass; what the server no longer has goes only at its verified end.
            qCInfo(lcSyncEngine) << "pull" << bucket << "reset by the server; full pass" << state.pass + 1;
            outcome.reset = true;
            if (outcome.fullPasses >= kMaxFullPasses)
                return fail(ErrorCode::Protocol, NX_ERR("The server keeps resetting the %1 pull"), { bucket });
            if (Status started = startFullPass(bucket, state); !started)
                return std::unexpected(started.error());
            ++outcome.fullPasses;
            continue;
        }
        if (Status applied = applyPage(bucket, *page, state); !applied)
            return std::unexpected(applied.error());
        outcome.rows += page->rows.size();
        state.cursor = page->nextCursor;
        if (page->hasMore)
            continue;

        if (state.fullPass) {
            Result<bool> finished = finishFullPass(bucket, state, page->checkpoint);
            if (!finished)
                return std::unexpected(finished.error());
            if (*finished)
                state.fullPass = false;
        }
        Result<wire::PullCheckpoint> local = localCheckpoint(bucket);
        if (!local)
            return std::unexpected(local.error());
        if (!state.fullPass && local->count == page->checkpoint.count && local->checksum == page->checkpoint.checksum) {
            Result<QSqlQuery> verified = m_db.exec(
                QStringLiteral("UPDATE pull_state SET verified_at = ? WHERE bucket = ?"), { nowIso(m_clock), bucket });
            if (!verified)
                return std::unexpected(verified.error());
            outcome.checkpoint = page->checkpoint;
            return outcome;
        }
        qCWarning(lcSyncEngine) << "pull" << bucket << "checkpoint mismatch: local" << local->count << local->checksum
                                << "server" << page->checkpoint.count << page->checkpoint.checksum << "; full pass";
        if (outcome.fullPasses >= kMaxFullPasses)
            return fail(ErrorCode::Protocol,
                NX_ERR("The %1 data of this device does not match the server's after %2 full pulls"),
                { bucket, QString::number(outcome.fullPasses) });
        if (Status started = startFullPass(bucket, state); !started)
            return std::unexpected(started.error());
        ++outcome.fullPasses;
    }
}

} // namespace nexus
