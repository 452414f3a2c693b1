// The purchase suggestion handlers: core's payload reader, then portable SQL (SQLite and PostgreSQL).
#include "server/purchasesuggestionhandlers.h"

#include "purchasing/purchasesuggestionfact.h"
#include "store/database.h"

#include <QJsonArray>

namespace nexus {

namespace {

Status run(Database &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> done = db.exec(sql, values);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

struct StoredState
{
    bool exists = false;
    QString branchId;
    QString purchaseOrderId;
    QString purchaseOrderFolio;
    QString withdrawnAt;
};

Result<StoredState> stored(Database &db, const QString &id)
{
    Result<QSqlQuery> row = db.exec(QStringLiteral("SELECT branch_id, purchase_order_id, purchase_order_folio, "
                                                   "withdrawn_at FROM purchase_suggestions WHERE id = ?"),
        { id });
    if (!row)
        return std::unexpected(row.error());
    StoredState state;
    if (row->next())
        state = { true, row->value(0).toString(), row->value(1).toString(), row->value(2).toString(),
            row->value(3).toString() };
    return state;
}

class PurchaseSuggestionHandler final : public MutationHandler
{
public:
    explicit PurchaseSuggestionHandler(const char *type) : m_type(QLatin1String(type)) { }

    [[nodiscard]] QString type() const override { return m_type; }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override
    {
        return schemaVersion == kPurchaseSuggestionSchema;
    }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<PurchaseSuggestionFact> parsed = purchaseSuggestionFromPayload(m_type, payload);
        if (!parsed)
            return std::unexpected(Error(ErrorCode::InvalidInput, parsed.error().sourceText(), parsed.error().args(),
                QStringLiteral("payload.") + parsed.error().field()));
        const PurchaseSuggestionFact &fact = *parsed;
        const PurchaseNeed &n = fact.need;
        Result<QString> warehouseBranch = context.warehouseBranch(n.warehouseId);
        if (!warehouseBranch)
            return std::unexpected(warehouseBranch.error());
        if (*warehouseBranch != context.device.branchId)
            return std::unexpected(Error(ErrorCode::InvalidInput,
                NX_ERR("The warehouse %1 is not a warehouse of this device's branch"), { n.warehouseId },
                QStringLiteral("payload.warehouse_id")));
        Result<StoredState> before = stored(context.db, n.id);
        if (!before)
            return std::unexpected(before.error());
        if (before->exists && before->branchId != context.device.branchId)
            return std::unexpected(Error(ErrorCode::InvalidInput,
                NX_ERR("The purchase suggestion %1 belongs to branch %2"), { n.id, before->branchId },
                QStringLiteral("payload.id")));
        if (!before->exists)
            if (Status ok = run(context.db,
                    QStringLiteral("INSERT INTO purchase_suggestions(id, branch_id, device_id, part_id, sku, "
                                   "description, warehouse_id, quantity, order_id, line_id, reason, created_by, "
                                   "created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { n.id, context.device.branchId, context.device.deviceId, n.partId, n.sku, n.description,
                        n.warehouseId, n.quantity.thousandths(), n.orderId, n.lineId, n.reason, n.createdBy,
                        fact.createdAtUtc, context.nowUtc });
                !ok)
                return std::unexpected(ok.error());
        // An order the server holds as cancelled needs nothing bought for it any more.
        if (Status ok = run(context.db,
                QStringLiteral("UPDATE purchase_suggestions SET withdrawn_at = (SELECT o.status_at FROM service_orders "
                               "o WHERE o.id = purchase_suggestions.order_id) WHERE id = ? AND purchase_order_id = '' "
                               "AND withdrawn_at = '' AND EXISTS (SELECT 1 FROM service_orders o WHERE o.id = "
                               "purchase_suggestions.order_id AND o.status = 'cancelled')"),
                { n.id });
            !ok)
            return std::unexpected(ok.error());

        if (m_type == QLatin1String(kPurchaseSuggestionWithdrawn)) {
            if (Status ok = withdraw(context, fact, *before); !ok)
                return std::unexpected(ok.error());
        } else if (m_type == QLatin1String(kPurchaseSuggestionOrdered)) {
            if (Status ok = order(context, fact); !ok)
                return std::unexpected(ok.error());
        }
        Result<StoredState> after = stored(context.db, n.id);
        if (!after)
            return std::unexpected(after.error());
        const QString status = !after->purchaseOrderId.isEmpty() ? QStringLiteral("ordered")
            : !after->withdrawnAt.isEmpty()                      ? QStringLiteral("withdrawn")
                                                                 : QStringLiteral("open");
        return QJsonObject { { QStringLiteral("suggestion_id"), n.id }, { QStringLiteral("status"), status },
            { QStringLiteral("purchase_order_id"), after->purchaseOrderId } };
    }

private:
    static QJsonObject details(const PurchaseSuggestionFact &fact)
    {
        return QJsonObject { { QStringLiteral("suggestion_id"), fact.need.id }, { QStringLiteral("sku"), fact.need.sku },
            { QStringLiteral("reason"), fact.need.reason } };
    }

    // Withdrawn once, at its first withdrawal; an ordered suggestion keeps its draft.
    static Status withdraw(const MutationContext &context, const PurchaseSuggestionFact &fact, const StoredState &before)
    {
        Result<QSqlQuery> done = context.db.exec(
            QStringLiteral("UPDATE purchase_suggestions SET withdrawn_at = ? WHERE id = ? AND withdrawn_at = ''"),
            { fact.atUtc, fact.need.id });
        if (!done)
            return std::unexpected(done.error());
        Result<StoredState> now = stored(context.db, fact.need.id);
        if (!now)
            return std::unexpected(now.error());
        if (before.withdrawnAt.isEmpty() && !now->purchaseOrderId.isEmpty()) {
            QJsonObject d = details(fact);
            d.insert(QStringLiteral("purchase_order_folio"), now->purchaseOrderFolio);
            d.insert(QStringLiteral("withdrawn_at"), fact.atUtc);
            return openException(
                context.db, QStringLiteral("purchase_suggestion_ordered_withdrawn"), fact.need.id, d, context.nowUtc);
        }
        return {};
    }

    // Every draft is kept; the suggestion is ordered by the earliest (ordered_at, purchase_order_id).
    static Status order(const MutationContext &context, const PurchaseSuggestionFact &fact)
    {
        Result<QVariant> known = context.db.scalar(
            QStringLiteral("SELECT count(*) FROM purchase_suggestion_drafts WHERE suggestion_id = ? AND "
                           "purchase_order_id = ?"),
            { fact.need.id, fact.purchaseOrderId });
        if (!known)
            return std::unexpected(known.error());
        if (known->toLongLong() > 0)
            return {}; // the same draft again (another mutation id): nothing new
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO purchase_suggestion_drafts(suggestion_id, purchase_order_id, "
                               "purchase_order_folio, device_id, ordered_at, received_at) VALUES (?, ?, ?, ?, ?, ?)"),
                { fact.need.id, fact.purchaseOrderId, fact.purchaseOrderFolio, context.device.deviceId, fact.atUtc,
                    context.nowUtc });
            !ok)
            return ok;
        Result<QSqlQuery> drafts = context.db.exec(
            QStringLiteral("SELECT purchase_order_id, purchase_order_folio, ordered_at FROM purchase_suggestion_drafts "
                           "WHERE suggestion_id = ? ORDER BY ordered_at, purchase_order_id"),
            { fact.need.id });
        if (!drafts)
            return std::unexpected(drafts.error());
        QString winnerId;
        QString winnerFolio;
        QString winnerAt;
        QJsonArray folios;
        while (drafts->next()) {
            if (winnerId.isEmpty()) {
                winnerId = drafts->value(0).toString();
                winnerFolio = drafts->value(1).toString();
                winnerAt = drafts->value(2).toString();
            }
            folios.append(drafts->value(1).toString());
        }
        if (Status ok = run(context.db,
                QStringLiteral("UPDATE purchase_suggestions SET purchase_order_id = ?, purchase_order_folio = ?, "
                               "ordered_at = ? WHERE id = ? AND purchase_order_id <> ?"),
                { winnerId, winnerFolio, winnerAt, fact.need.id, winnerId });
            !ok)
            return ok;
        Result<StoredState> now = stored(context.db, fact.need.id);
        if (!now)
            return std::unexpected(now.error());
        if (folios.size() > 1) {
            QJsonObject d = details(fact);
            d.insert(QStringLiteral("purchase_order_folio"), winnerFolio);
            d.insert(QStringLiteral("drafts"), folios);
            if (Status ok = openException(
                    context.db, QStringLiteral("purchase_suggestion_ordered_twice"), fact.need.id, d, context.nowUtc);
                !ok)
                return ok;
        }
        if (!now->withdrawnAt.isEmpty() && folios.size() == 1) {
            QJsonObject d = details(fact);
            d.insert(QStringLiteral("purchase_order_folio"), winnerFolio);
            d.insert(QStringLiteral("withdrawn_at"), now->withdrawnAt);
            return openException(
                context.db, QStringLiteral("purchase_suggestion_ordered_withdrawn"), fact.need.id, d, context.nowUtc);
        }
        return {};
    }

    QString m_type;
};

} // namespace

std::vector<std::unique_ptr<MutationHandler>> makePurchaseSuggestionHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    for (const char *type : { kPurchaseSuggestionAdded, kPurchaseSuggestionOrdered, kPurchaseSuggestionWithdrawn })
        handlers.push_back(std::make_unique<PurchaseSuggestionHandler>(type));
    return handlers;
}

} // namespace nexus
