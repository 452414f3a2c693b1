// Loyalty points paid and given back at the counter: the customer's balance (what their tickets earned, less what
// returns took back, plus the ledger of points paid with and returned) and one move of points, written with its
// outbox fact "loyalty.points_moved" in the caller's transaction (a sale paid with points, a return of one).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include "common/error.h"
#include "common/money.h"

#include <optional>

namespace nexus {

class Database;

inline constexpr QLatin1String kLoyaltyPointsMovedMutation { "loyalty.points_moved" };
inline constexpr int kLoyaltyPointsSchema = 1;

// One move of a customer's points: negative when a sale is paid with them, positive when a return gives them back.
struct LoyaltyMove
{
    QString id; // UUID v7
    QString customerId;
    QString branchId;
    qint64 points = 0;
    Money value; // what the points paid (or paid back): |points| × kLoyaltyPointValueCentavos
    QString refType; // sale | return
    QString refId;
    QString refFolio;
    QString atUtc;
};

// {id, customer_id, branch_id, points, value_cents, ref_type, ref_id, ref_folio, at}
[[nodiscard]] QJsonObject loyaltyMovePayload(const LoyaltyMove &move);
// The payload read back (the server's handler); errors name the payload field.
[[nodiscard]] Result<LoyaltyMove> loyaltyMoveFromPayload(const QJsonObject &payload);

// Head office's loyalty figures for a customer (every branch), as the "customers" bucket brought them: they include
// this device's facts up to ackedSeq; the counter adds its own facts with a greater outbox seq.
// Head office's lifetime purchases of the customer (every branch), for the card's analytics (customeranalytics.h).
struct HeadOfficeLifetime
{
    int purchases = 0;
    Money gross; // their tickets' totals
    Money refunds; // returns of those tickets
    int purchaseDays = 0; // distinct UTC days with a purchase
    QString firstPurchaseUtc; // empty: never bought
    QString lastPurchaseUtc;
    std::optional<QHash<qint64, Money>> spendByPart; // their top parts (id → centavos); nullopt: not sent
};

struct HeadOfficeLoyalty
{
    qint64 points = 0;
    Money spend12Months; // sales − returns in the last 365 days, as of the server's last change
    qint64 ackedSeq = 0;
    std::optional<HeadOfficeLifetime> lifetime; // nullopt: a server that does not send them yet

    // The one rule that joins head office's figures and this counter's facts: a sale, return or points move whose
    // outbox seq is greater than ackedSeq is not in them yet (balance() applies it in SQL).
    [[nodiscard]] bool awaits(qint64 outboxSeq) const { return outboxSeq > ackedSeq; }
};

class LoyaltyLedger final
{
public:
    explicit LoyaltyLedger(Database &db) : m_db(db) {}

    // The server's figures, or nullopt while none has come (the counter's own facts are then the whole story).
    [[nodiscard]] Result<std::optional<HeadOfficeLoyalty>> headOffice(const QString &customerId) const;
    // Points the customer can pay with now (never below zero): head office's balance plus what this counter earned,
    // took back and moved that the server has not acknowledged yet; only this counter's facts when head office's
    // figure has not come.
    [[nodiscard]] Result<qint64> balance(const QString &customerId) const;
    // Writes the move and its outbox fact; call inside the caller's transaction.
    [[nodiscard]] Status record(const LoyaltyMove &move);

private:
    Database &m_db;
};

} // namespace nexus
