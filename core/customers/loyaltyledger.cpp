// The points balance (head office's figure plus three aggregate statements over what it does not include yet) and
// the move with its outbox row.
#include "customers/loyaltyledger.h"

#include "customers/loyalty.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace nexus {

QJsonObject loyaltyMovePayload(const LoyaltyMove &move)
{
    return QJsonObject { { QStringLiteral("id"), move.id }, { QStringLiteral("customer_id"), move.customerId },
        { QStringLiteral("branch_id"), move.branchId }, { QStringLiteral("points"), move.points },
        { QStringLiteral("value_cents"), move.value.centavos() }, { QStringLiteral("ref_type"), move.refType },
        { QStringLiteral("ref_id"), move.refId }, { QStringLiteral("ref_folio"), move.refFolio },
        { QStringLiteral("at"), move.atUtc } };
}

Result<LoyaltyMove> loyaltyMoveFromPayload(const QJsonObject &payload)
{
    LoyaltyMove move;
    for (const char *key : { "id", "customer_id", "branch_id", "ref_type", "ref_id", "at" })
        if (!payload.value(QLatin1String(key)).isString() || payload.value(QLatin1String(key)).toString().isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is missing"), { QString::fromLatin1(key) },
                QStringLiteral("payload.") + QString::fromLatin1(key));
    for (const char *key : { "points", "value_cents" })
        if (!payload.value(QLatin1String(key)).isDouble())
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 must be a whole number"), { QString::fromLatin1(key) },
                QStringLiteral("payload.") + QString::fromLatin1(key));
    move.id = payload.value(QLatin1String("id")).toString();
    move.customerId = payload.value(QLatin1String("customer_id")).toString();
    move.branchId = payload.value(QLatin1String("branch_id")).toString();
    move.points = payload.value(QLatin1String("points")).toInteger();
    move.value = Money(payload.value(QLatin1String("value_cents")).toInteger());
    move.refType = payload.value(QLatin1String("ref_type")).toString();
    move.refId = payload.value(QLatin1String("ref_id")).toString();
    move.refFolio = payload.value(QLatin1String("ref_folio")).toString();
    move.atUtc = payload.value(QLatin1String("at")).toString();
    if (move.refType != QLatin1String("sale") && move.refType != QLatin1String("return"))
        return fail(ErrorCode::InvalidInput, NX_ERR("Unknown reference type %1"), { move.refType },
            QStringLiteral("payload.ref_type"));
    // A sale takes points, a return gives them back; either moves a value that matches the points exactly.
    if ((move.refType == QLatin1String("sale")) != (move.points < 0) || move.points == 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("A sale takes points and a return gives them back"), {},
            QStringLiteral("payload.points"));
    if (move.value != loyaltyPointsWorth(move.points < 0 ? -move.points : move.points))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 points are not worth %2"),
            { QString::number(move.points), move.value.toPlainString() }, QStringLiteral("payload.value_cents"));
    if (!QDateTime::fromString(move.atUtc, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { move.atUtc },
            QStringLiteral("payload.at"));
    return move;
}

Result<std::optional<HeadOfficeLoyalty>> LoyaltyLedger::headOffice(const QString &customerId) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT loyalty_points, loyalty_spend_cents, server_acked_seq, lifetime_purchases, "
                       "lifetime_gross_cents, lifetime_refunds_cents, lifetime_purchase_days, first_purchase_at, "
                       "last_purchase_at, part_spend FROM customers WHERE id = ? "
                       "AND loyalty_points IS NOT NULL AND server_acked_seq IS NOT NULL"),
        { customerId });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<HeadOfficeLoyalty> {};
    HeadOfficeLoyalty head { query->value(0).toLongLong(), Money(query->value(1).toLongLong()),
        query->value(2).toLongLong(), {} };
    if (!query->isNull(3))
        head.lifetime = HeadOfficeLifetime { query->value(3).toInt(), Money(query->value(4).toLongLong()),
            Money(query->value(5).toLongLong()), query->value(6).toInt(), query->value(7).toString(),
            query->value(8).toString(), {} };
    if (head.lifetime && !query->isNull(9)) {
        QHash<qint64, Money> parts;
        const QJsonObject spent = QJsonDocument::fromJson(query->value(9).toString().toUtf8()).object();
        for (auto it = spent.constBegin(); it != spent.constEnd(); ++it)
            parts.insert(it.key().toLongLong(), Money(it.value().toInteger()));
        head.lifetime->spendByPart = parts;
    }
    return std::optional<HeadOfficeLoyalty> { head };
}

Result<qint64> LoyaltyLedger::balance(const QString &customerId) const
{
    Result<std::optional<HeadOfficeLoyalty>> head = headOffice(customerId);
    if (!head)
        return std::unexpected(head.error());
    // With head office's figure, only the facts it does not include yet (a greater outbox seq) are added here.
    const int counted = *head ? 1 : 0;
    const qint64 after = *head ? (*head)->ackedSeq : 0;
    const qint64 centsPerPoint = kLoyaltyPesosPerPoint * 100;
    // Points are earned per ticket on what was not paid with points, and taken back per return on what was not
    // given back as points: integer division per row, as loyaltyPoints() does per ticket.
    Result<QVariant> earned = m_db.scalar(
        QStringLiteral("SELECT coalesce(sum(max(s.total_cents - coalesce((SELECT sum(p.amount_cents) FROM "
                       "sale_payments p WHERE p.sale_id = s.id AND p.method = 'loyalty_points'), 0), 0) / ?), 0) "
                       "FROM sales s WHERE s.customer_id = ? AND s.status = 'completed' "
                       "AND (? = 0 OR s.outbox_seq > ?)"),
        { centsPerPoint, customerId, counted, after });
    if (!earned)
        return std::unexpected(earned.error());
    Result<QVariant> takenBack = m_db.scalar(
        QStringLiteral("SELECT coalesce(sum(max(r.total_cents - r.points_cents, 0) / ?), 0) FROM returns r "
                       "JOIN sales s ON s.id = r.sale_id WHERE s.customer_id = ? AND s.status = 'completed' "
                       "AND (? = 0 OR r.outbox_seq > ?)"),
        { centsPerPoint, customerId, counted, after });
    if (!takenBack)
        return std::unexpected(takenBack.error());
    Result<QVariant> moved = m_db.scalar(
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ? "
                       "AND (? = 0 OR outbox_seq > ?)"),
        { customerId, counted, after });
    if (!moved)
        return std::unexpected(moved.error());
    const qint64 base = *head ? (*head)->points : 0;
    return std::max<qint64>(0, base + earned->toLongLong() - takenBack->toLongLong() + moved->toLongLong());
}

Status LoyaltyLedger::record(const LoyaltyMove &move)
{
    Result<qint64> seq = Outbox(m_db).append(move.id, QString(kLoyaltyPointsMovedMutation), kLoyaltyPointsSchema,
        loyaltyMovePayload(move), move.atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    Result<QSqlQuery> written = m_db.exec(
        QStringLiteral("INSERT INTO loyalty_ledger(id, customer_id, points, value_cents, ref_type, ref_id, ref_folio, "
                       "at, outbox_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { move.id, move.customerId, move.points, move.value.centavos(), move.refType, move.refId, move.refFolio,
            move.atUtc, *seq });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace nexus
