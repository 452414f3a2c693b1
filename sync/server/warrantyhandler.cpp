// WarrantyHandler: envelope and branch checks, the type's change and its stock, then the fact in the event log.
#include "server/warrantyhandler.h"

#include "protocol/jsonreader.h"
#include "server/branchlocation.h"
#include "store/database.h"
#include "warranty/warrantyclaim.h"
#include "warranty/warrantypayload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexus {

namespace {

namespace type = warrantymutation;

struct Envelope
{
    QString eventId;
    QString branchId;
    QString userId;
    QString at;
};

// A missing optional field reads as a null QString, which would bind NULL: text columns take '' instead.
Status run(Database &db, const QString &sql, QVariantList values)
{
    for (QVariant &value : values)
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            value = QString(QLatin1String(""));
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status invalid(const char *text, const QStringList &args, const QString &field)
{
    return std::unexpected(Error(ErrorCode::InvalidInput, text, args, field));
}

Status readerError(const wire::JsonReader &reader)
{
    if (reader.error())
        return std::unexpected(*reader.error());
    return {};
}

// The row `table` has for `id` must be this branch's: NotFound-like refusals are InvalidInput (quarantine).
Status checkOwned(Database &db, const QString &table, const QString &id, const QString &branchId, const QString &field)
{
    Result<QVariant> owner = db.scalar(QStringLiteral("SELECT branch_id FROM %1 WHERE id = ?").arg(table), { id });
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid())
        return invalid(NX_ERR("The server knows no %1 %2"), { table, id }, field);
    if (owner->toString() != branchId)
        return invalid(NX_ERR("The %1 %2 belongs to another branch"), { table, id }, field);
    return {};
}

// A claim or RMA is opened once: the same id under another fact is malformed (InvalidInput → quarantine).
Status checkNew(Database &db, const QString &table, const QString &id, const char *message, const QString &field)
{
    Result<QVariant> existing = db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return invalid(message, { id }, field);
    return {};
}

// The movements a fact lists: each in the branch (or a defective location of it), appended to the ledger with the
// device's id (a replay under another mutation cannot add it twice: primary key), its balance kept.
Status applyMovements(const MutationContext &context, const QJsonArray &movements, const QString &refType,
    const QString &refId, const Envelope &fact)
{
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const QString path = QStringLiteral("payload.movements[%1]").arg(i);
        wire::JsonReader reader(movements.at(i).toObject(), path);
        const QString id = reader.string(QLatin1String("id"));
        const qint64 partId = reader.integer(QLatin1String("part_id"));
        const QString warehouseId = reader.string(QLatin1String("warehouse_id"));
        const QString kind = reader.string(QLatin1String("kind"));
        const qint64 quantity = reader.integer(QLatin1String("quantity"));
        if (Status ok = readerError(reader); !ok)
            return ok;
        if (kind != QLatin1String("adjustment") && kind != QLatin1String("return"))
            return invalid(NX_ERR("The field %1 has an unknown value \"%2\""), { path + QStringLiteral(".kind"), kind },
                path + QStringLiteral(".kind"));
        if (partId <= 0 || quantity == 0)
            return invalid(NX_ERR("A movement names its part and a quantity"), {}, path);
        if (Status ok = checkBranchLocation(context.db, warehouseId, fact.branchId, true,
                path + QStringLiteral(".warehouse_id"));
            !ok)
            return ok;
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, "
                               "ref_type, ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { id, partId, warehouseId, fact.branchId, kind, quantity, refType, refId, context.device.deviceId,
                    fact.userId, fact.at });
            !ok)
            return ok;
        Result<QVariant> balance = context.db.scalar(
            QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                           "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = stock_levels.quantity + "
                           "excluded.quantity RETURNING quantity"),
            { partId, warehouseId, quantity });
        if (!balance)
            return std::unexpected(balance.error());
        if (quantity < 0 && balance->toLongLong() < 0) {
            const QJsonObject details { { QStringLiteral("part_id"), partId },
                { QStringLiteral("warehouse_id"), warehouseId }, { QStringLiteral("quantity"), balance->toLongLong() },
                { QStringLiteral("ref_type"), refType } };
            if (Status opened = openException(context.db, QStringLiteral("negative_stock"), refId, details,
                    context.nowUtc);
                !opened)
                return opened;
        }
    }
    return {};
}

Result<QString> applyOpened(const MutationContext &context, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString claimId = reader.string(QLatin1String("claim_id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString saleId = reader.string(QLatin1String("sale_id"));
    const QString saleFolio = reader.string(QLatin1String("sale_folio"));
    const qint64 lineNo = reader.integer(QLatin1String("line_no"));
    const qint64 partId = reader.integer(QLatin1String("part_id"));
    const QString sku = reader.optionalString(QLatin1String("sku"));
    const QString description = reader.string(QLatin1String("description"));
    const QString warehouseId = reader.optionalString(QLatin1String("warehouse_id"));
    const qint64 quantity = reader.integer(QLatin1String("quantity"));
    const QString customerId = reader.optionalString(QLatin1String("customer_id"));
    const QString expiresOn = reader.string(QLatin1String("expires_on"));
    const QString reason = reader.string(QLatin1String("reason"));
    const bool received = reader.boolean(QLatin1String("part_received"));
    if (Status ok = readerError(reader); !ok)
        return std::unexpected(ok.error());
    if (quantity <= 0)
        return std::unexpected(Error(ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {},
            QStringLiteral("payload.quantity")));
    if (Status ok = checkNew(context.db, QStringLiteral("warranty_claims"), claimId,
            NX_ERR("The claim %1 exists already"), QStringLiteral("payload.claim_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("INSERT INTO warranty_claims(id, branch_id, device_id, folio, sale_id, sale_folio, line_no, "
                           "part_id, sku, description, warehouse_id, quantity, customer_id, expires_on, reason, "
                           "part_received, status, opened_by, opened_at, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
            { claimId, fact.branchId, context.device.deviceId, folio, saleId, saleFolio, lineNo, partId, sku,
                description, warehouseId, quantity, customerId, expiresOn, reason, received ? 1 : 0, fact.userId,
                fact.at, context.nowUtc });
        !ok)
        return std::unexpected(ok.error());
    return claimId;
}

Result<QString> applyResolved(const MutationContext &context, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString claimId = reader.string(QLatin1String("claim_id"));
    const QString resolutionCode = reader.string(QLatin1String("resolution"));
    const QString note = reader.optionalString(QLatin1String("note"));
    const qint64 refund = reader.integer(QLatin1String("refund_cents"));
    const QString returnId = reader.optionalString(QLatin1String("return_id"));
    const QString cashMovementId = reader.optionalString(QLatin1String("cash_movement_id"));
    const QJsonArray movements = reader.array(QLatin1String("movements"));
    if (Status ok = readerError(reader); !ok)
        return std::unexpected(ok.error());
    if (!claimResolutionFromCode(resolutionCode))
        return std::unexpected(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 has an unknown value \"%2\""),
            { QStringLiteral("payload.resolution"), resolutionCode }, QStringLiteral("payload.resolution")));
    if (Status ok = checkOwned(context.db, QStringLiteral("warranty_claims"), claimId, fact.branchId,
            QStringLiteral("payload.claim_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = applyMovements(context, movements, QStringLiteral("warranty_claim"), claimId, fact); !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("UPDATE warranty_claims SET status = CASE WHEN status = 'closed' THEN status ELSE "
                           "'resolved' END, resolution = ?, resolution_note = ?, refund_cents = ?, return_id = ?, "
                           "cash_movement_id = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"),
            { resolutionCode, note, refund, returnId, cashMovementId, fact.userId, fact.at, claimId });
        !ok)
        return std::unexpected(ok.error());
    return claimId;
}

Result<QString> applyClosed(const MutationContext &context, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString claimId = reader.string(QLatin1String("claim_id"));
    if (Status ok = readerError(reader); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkOwned(context.db, QStringLiteral("warranty_claims"), claimId, fact.branchId,
            QStringLiteral("payload.claim_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("UPDATE warranty_claims SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ?"),
            { fact.userId, fact.at, claimId });
        !ok)
        return std::unexpected(ok.error());
    return claimId;
}

Result<QString> applyRmaSent(const MutationContext &context, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString rmaId = reader.string(QLatin1String("rma_id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString claimId = reader.string(QLatin1String("claim_id"));
    const qint64 partId = reader.integer(QLatin1String("part_id"));
    const QString sku = reader.optionalString(QLatin1String("sku"));
    const QString description = reader.string(QLatin1String("description"));
    const QString warehouseId = reader.string(QLatin1String("warehouse_id"));
    const qint64 quantity = reader.integer(QLatin1String("quantity"));
    const QString supplierId = reader.optionalString(QLatin1String("supplier_id"));
    const QString supplierName = reader.string(QLatin1String("supplier_name"));
    const QString reference = reader.optionalString(QLatin1String("reference"));
    const QJsonArray movements = reader.array(QLatin1String("movements"));
    if (Status ok = readerError(reader); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkOwned(context.db, QStringLiteral("warranty_claims"), claimId, fact.branchId,
            QStringLiteral("payload.claim_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkNew(context.db, QStringLiteral("rmas"), rmaId, NX_ERR("The RMA %1 exists already"),
            QStringLiteral("payload.rma_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = applyMovements(context, movements, QStringLiteral("rma"), rmaId, fact); !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("INSERT INTO rmas(id, branch_id, device_id, folio, claim_id, part_id, sku, description, "
                           "warehouse_id, quantity, supplier_id, supplier_name, reference, status, sent_by, sent_at, "
                           "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?)"),
            { rmaId, fact.branchId, context.device.deviceId, folio, claimId, partId, sku, description, warehouseId,
                quantity, supplierId, supplierName, reference, fact.userId, fact.at, context.nowUtc });
        !ok)
        return std::unexpected(ok.error());
    return rmaId;
}

Result<QString> applyRmaSettled(const MutationContext &context, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString rmaId = reader.string(QLatin1String("rma_id"));
    const QString status = reader.string(QLatin1String("status"));
    const qint64 credit = reader.integer(QLatin1String("credit_cents"));
    const QString note = reader.optionalString(QLatin1String("note"));
    if (Status ok = readerError(reader); !ok)
        return std::unexpected(ok.error());
    if (status != QLatin1String("credited") && status != QLatin1String("rejected"))
        return std::unexpected(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 has an unknown value \"%2\""),
            { QStringLiteral("payload.status"), status }, QStringLiteral("payload.status")));
    if (Status ok
        = checkOwned(context.db, QStringLiteral("rmas"), rmaId, fact.branchId, QStringLiteral("payload.rma_id"));
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("UPDATE rmas SET status = ?, credit_cents = ?, note = ?, settled_by = ?, settled_at = ? "
                           "WHERE id = ?"),
            { status, credit, note, fact.userId, fact.at, rmaId });
        !ok)
        return std::unexpected(ok.error());
    return rmaId;
}

} // namespace

Result<QJsonObject> WarrantyHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    Envelope fact;
    fact.eventId = reader.string(QLatin1String("event_id"));
    fact.branchId = reader.string(QLatin1String("branch_id"));
    fact.userId = reader.string(QLatin1String("user_id"));
    fact.at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (fact.branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The warranty fact belongs to branch %1, not to this device's"),
            { fact.branchId }, QStringLiteral("payload.branch_id"));
    if (!QDateTime::fromString(fact.at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"),
            { QStringLiteral("payload.at"), QStringLiteral("a UTC ISO-8601 time") }, QStringLiteral("payload.at"));
    Result<QVariant> seen
        = context.db.scalar(QStringLiteral("SELECT 1 FROM warranty_events WHERE id = ?"), { fact.eventId });
    if (!seen)
        return std::unexpected(seen.error());
    if (seen->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The warranty fact %1 exists already under another mutation"),
            { fact.eventId }, QStringLiteral("payload.event_id"));

    Result<QString> ref;
    if (m_type == QLatin1String(type::kClaimOpened))
        ref = applyOpened(context, fact, payload);
    else if (m_type == QLatin1String(type::kClaimResolved))
        ref = applyResolved(context, fact, payload);
    else if (m_type == QLatin1String(type::kClaimClosed))
        ref = applyClosed(context, fact, payload);
    else if (m_type == QLatin1String(type::kRmaSent))
        ref = applyRmaSent(context, fact, payload);
    else if (m_type == QLatin1String(type::kRmaSettled))
        ref = applyRmaSettled(context, fact, payload);
    else
        return fail(ErrorCode::Internal, NX_ERR("No warranty handler for %1"), { m_type });
    if (!ref)
        return std::unexpected(ref.error());
    if (Status ok = run(context.db,
            QStringLiteral("INSERT INTO warranty_events(id, ref_id, branch_id, device_id, type, user_id, at, payload, "
                           "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { fact.eventId, *ref, fact.branchId, context.device.deviceId, m_type, fact.userId, fact.at,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), context.nowUtc });
        !ok)
        return std::unexpected(ok.error());
    return QJsonObject { { QStringLiteral("ref_id"), *ref }, { QStringLiteral("event_id"), fact.eventId } };
}

std::vector<std::unique_ptr<MutationHandler>> makeWarrantyHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    for (const QString &kind : warrantymutation::all())
        handlers.push_back(std::make_unique<WarrantyHandler>(kind));
    return handlers;
}

} // namespace nexus
