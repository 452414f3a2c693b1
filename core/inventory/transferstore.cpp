// TransferStore: five reads assemble the transfers of a filter; each write keeps the cached state column derived.
#include "inventory/transferstore.h"

#include "store/database.h"
#include "store/multirowinsert.h"

#include <QHash>

namespace nexus {

namespace {

QString marks(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// NOT NULL text columns bind '' for an empty value, never SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

Result<std::optional<Transfer>> TransferStore::find(const QString &id) const
{
    Result<std::vector<Transfer>> found = load(QStringLiteral("t.id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<Transfer>();
    return std::optional<Transfer>(std::move(found->front()));
}

Result<std::vector<Transfer>> TransferStore::list(const TransferFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.branchId.isEmpty()) {
        conditions << QStringLiteral("(t.from_branch_id = ? OR t.to_branch_id = ?)");
        values << filter.branchId << filter.branchId;
    }
    if (!filter.states.isEmpty()) {
        conditions << QStringLiteral("t.state IN (%1)").arg(marks(filter.states.size()));
        for (TransferState state : filter.states)
            values << transferStateCode(state);
    }
    if (filter.partId > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM transfer_lines pl WHERE pl.transfer_id = t.id AND "
                                     "pl.part_id = ?)");
        values << filter.partId;
    }
    QString where = conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
    where += QStringLiteral(" ORDER BY t.requested_at DESC, t.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    return load(where, values);
}

Result<std::vector<Transfer>> TransferStore::load(const QString &where, const QVariantList &values) const
{
    std::vector<Transfer> transfers;
    Result<QSqlQuery> headers = m_db.exec(
        QStringLiteral("SELECT t.id, t.folio, t.from_branch_id, t.to_branch_id, t.to_warehouse_id, t.note, "
                       "t.requested_by, t.requested_by_name, t.requested_at, t.cancelled_by, t.cancelled_by_name, "
                       "t.cancelled_branch_id, t.cancelled_at, t.cancel_reason, ")
            + (m_copy == Copy::Device ? QStringLiteral("t.server_state, t.server_version, t.synced_at")
                                      : QStringLiteral("t.state, t.version, t.updated_at"))
            + QStringLiteral(" FROM transfers t WHERE ") + where,
        values);
    if (!headers)
        return std::unexpected(headers.error());
    QHash<QString, size_t> byId;
    while (headers->next()) {
        Transfer t;
        t.id = headers->value(0).toString();
        t.folio = headers->value(1).toString();
        t.fromBranchId = headers->value(2).toString();
        t.toBranchId = headers->value(3).toString();
        t.toWarehouseId = headers->value(4).toString();
        t.note = headers->value(5).toString();
        t.requestedBy = headers->value(6).toString();
        t.requestedByName = headers->value(7).toString();
        t.requestedAtUtc = headers->value(8).toString();
        if (!headers->value(12).isNull())
            t.cancellation = TransferCancellation { headers->value(9).toString(), headers->value(10).toString(),
                headers->value(11).toString(), headers->value(12).toString(), headers->value(13).toString() };
        t.serverState = headers->value(14).toString();
        t.serverVersion = headers->value(15).toLongLong();
        t.syncedAtUtc = headers->value(16).toString();
        byId.insert(t.id, transfers.size());
        transfers.push_back(std::move(t));
    }
    headers->finish();
    if (transfers.empty())
        return transfers;
    QVariantList ids;
    for (const Transfer &t : transfers)
        ids << t.id;
    const QString in = marks(ids.size());

    Result<QSqlQuery> lines = m_db.exec(QStringLiteral("SELECT transfer_id, line_no, part_id, sku, description, "
                                                       "requested_qty FROM transfer_lines WHERE transfer_id IN (%1) "
                                                       "ORDER BY transfer_id, line_no")
                                            .arg(in),
        ids);
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next())
        transfers[byId.value(lines->value(0).toString())].lines.push_back(
            TransferLine { lines->value(1).toInt(), lines->value(2).toLongLong(), lines->value(3).toString(),
                lines->value(4).toString(), Quantity(lines->value(5).toLongLong()) });
    lines->finish();

    Result<QSqlQuery> shipped = m_db.exec(
        QStringLiteral("SELECT s.transfer_id, s.id, s.shipped_by, s.shipped_by_name, s.shipped_at, s.carrier, "
                       "s.tracking, s.note, l.line_no, l.quantity, l.warehouse_id FROM transfer_shipments s "
                       "JOIN transfer_shipment_lines l ON l.shipment_id = s.id WHERE s.transfer_id IN (%1) "
                       "ORDER BY s.transfer_id, s.shipped_at, s.id, l.line_no")
            .arg(in),
        ids);
    if (!shipped)
        return std::unexpected(shipped.error());
    while (shipped->next()) {
        Transfer &t = transfers[byId.value(shipped->value(0).toString())];
        if (t.shipments.empty() || t.shipments.back().id != shipped->value(1).toString())
            t.shipments.push_back(TransferShipment { shipped->value(1).toString(), shipped->value(2).toString(),
                shipped->value(3).toString(), shipped->value(4).toString(), shipped->value(5).toString(),
                shipped->value(6).toString(), shipped->value(7).toString(), {} });
        t.shipments.back().lines.push_back(TransferShipmentLine {
            shipped->value(8).toInt(), Quantity(shipped->value(9).toLongLong()), shipped->value(10).toString() });
    }
    shipped->finish();

    Result<QSqlQuery> received = m_db.exec(
        QStringLiteral("SELECT r.transfer_id, r.id, r.received_by, r.received_by_name, r.received_at, r.note, "
                       "l.line_no, l.quantity, l.shortage, l.reason, l.warehouse_id FROM transfer_receipts r "
                       "JOIN transfer_receipt_lines l ON l.receipt_id = r.id WHERE r.transfer_id IN (%1) "
                       "ORDER BY r.transfer_id, r.received_at, r.id, l.line_no")
            .arg(in),
        ids);
    if (!received)
        return std::unexpected(received.error());
    while (received->next()) {
        Transfer &t = transfers[byId.value(received->value(0).toString())];
        if (t.receipts.empty() || t.receipts.back().id != received->value(1).toString())
            t.receipts.push_back(TransferReceipt { received->value(1).toString(), received->value(2).toString(),
                received->value(3).toString(), received->value(4).toString(), received->value(5).toString(), {} });
        t.receipts.back().lines.push_back(TransferReceiptLine { received->value(6).toInt(),
            Quantity(received->value(7).toLongLong()), Quantity(received->value(8).toLongLong()),
            received->value(9).toString(), received->value(10).toString() });
    }
    return transfers;
}

Status TransferStore::insertRequest(const Transfer &transfer, const QString &nowUtc)
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral("INSERT INTO transfers(id, folio, from_branch_id, to_branch_id, to_warehouse_id, note, "
                       "requested_by, requested_by_name, requested_at, state, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        { transfer.id, transfer.folio, transfer.fromBranchId, transfer.toBranchId, transfer.toWarehouseId,
            text(transfer.note), transfer.requestedBy, text(transfer.requestedByName), transfer.requestedAtUtc,
            transferStateCode(TransferState::Requested), nowUtc });
    if (!header)
        return std::unexpected(header.error());
    QVariantList rows;
    for (const TransferLine &line : transfer.lines)
        rows << transfer.id << line.lineNo << line.partId << text(line.sku) << text(line.description)
             << line.requested.thousandths();
    return insertRows(m_db, QStringLiteral("transfer_lines"),
        { QStringLiteral("transfer_id"), QStringLiteral("line_no"), QStringLiteral("part_id"), QStringLiteral("sku"),
            QStringLiteral("description"), QStringLiteral("requested_qty") },
        rows, QStringLiteral("ON CONFLICT(transfer_id, line_no) DO NOTHING"));
}

Status TransferStore::insertShipmentRows(const QString &transferId, const TransferShipment &shipment)
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral("INSERT INTO transfer_shipments(id, transfer_id, shipped_by, shipped_by_name, shipped_at, "
                       "carrier, tracking, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        { shipment.id, transferId, shipment.shippedBy, text(shipment.shippedByName), shipment.shippedAtUtc,
            text(shipment.carrier), text(shipment.tracking), text(shipment.note) });
    if (!header)
        return std::unexpected(header.error());
    QVariantList rows;
    for (const TransferShipmentLine &line : shipment.lines)
        rows << shipment.id << line.lineNo << line.quantity.thousandths() << text(line.warehouseId);
    return insertRows(m_db, QStringLiteral("transfer_shipment_lines"),
        { QStringLiteral("shipment_id"), QStringLiteral("line_no"), QStringLiteral("quantity"),
            QStringLiteral("warehouse_id") },
        rows, QStringLiteral("ON CONFLICT(shipment_id, line_no) DO NOTHING"));
}

Status TransferStore::insertReceiptRows(const QString &transferId, const TransferReceipt &receipt)
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral("INSERT INTO transfer_receipts(id, transfer_id, received_by, received_by_name, received_at, "
                       "note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        { receipt.id, transferId, receipt.receivedBy, text(receipt.receivedByName), receipt.receivedAtUtc,
            text(receipt.note) });
    if (!header)
        return std::unexpected(header.error());
    QVariantList rows;
    for (const TransferReceiptLine &line : receipt.lines)
        rows << receipt.id << line.lineNo << line.quantity.thousandths() << line.shortage.thousandths()
             << text(line.reason) << text(line.warehouseId);
    return insertRows(m_db, QStringLiteral("transfer_receipt_lines"),
        { QStringLiteral("receipt_id"), QStringLiteral("line_no"), QStringLiteral("quantity"),
            QStringLiteral("shortage"), QStringLiteral("reason"), QStringLiteral("warehouse_id") },
        rows, QStringLiteral("ON CONFLICT(receipt_id, line_no) DO NOTHING"));
}

Status TransferStore::insertShipment(const QString &transferId, const TransferShipment &shipment, const QString &nowUtc)
{
    if (Status ok = insertShipmentRows(transferId, shipment); !ok)
        return ok;
    return refreshState(transferId, nowUtc);
}

Status TransferStore::insertReceipt(const QString &transferId, const TransferReceipt &receipt, const QString &nowUtc)
{
    if (Status ok = insertReceiptRows(transferId, receipt); !ok)
        return ok;
    return refreshState(transferId, nowUtc);
}

Status TransferStore::setCancellation(
    const QString &transferId, const TransferCancellation &cancellation, const QString &nowUtc)
{
    // The first cancellation stands (either branch may cancel; a second one changes nothing).
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE transfers SET cancelled_by = ?, cancelled_by_name = ?, cancelled_branch_id = ?, "
                       "cancelled_at = ?, cancel_reason = ? WHERE id = ? AND cancelled_at IS NULL"),
        { cancellation.by, text(cancellation.byName), cancellation.branchId, cancellation.atUtc,
            text(cancellation.reason), transferId });
    if (!updated)
        return std::unexpected(updated.error());
    return refreshState(transferId, nowUtc);
}

Status TransferStore::refreshState(const QString &transferId, const QString &nowUtc)
{
    Result<std::optional<Transfer>> transfer = find(transferId);
    if (!transfer)
        return std::unexpected(transfer.error());
    if (!*transfer)
        return fail(ErrorCode::NotFound, NX_ERR("There is no transfer %1 on this computer"), { transferId },
            QStringLiteral("transfer_id"));
    Result<QSqlQuery> updated = m_db.exec(QStringLiteral("UPDATE transfers SET state = ?, updated_at = ? WHERE id = ?"),
        { transferStateCode((*transfer)->state()), nowUtc, transferId });
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status TransferStore::merge(const Transfer &published, const QString &syncedAtUtc)
{
    Result<std::optional<Transfer>> local = find(published.id);
    if (!local)
        return std::unexpected(local.error());
    if (!*local) {
        if (Status ok = insertRequest(published, syncedAtUtc); !ok)
            return ok;
    }
    for (const TransferShipment &shipment : published.shipments)
        if (!*local || !(*local)->hasShipment(shipment.id))
            if (Status ok = insertShipmentRows(published.id, shipment); !ok)
                return ok;
    for (const TransferReceipt &receipt : published.receipts)
        if (!*local || !(*local)->hasReceipt(receipt.id))
            if (Status ok = insertReceiptRows(published.id, receipt); !ok)
                return ok;
    if (published.cancellation) {
        const TransferCancellation &c = *published.cancellation;
        Result<QSqlQuery> cancelled = m_db.exec(
            QStringLiteral("UPDATE transfers SET cancelled_by = ?, cancelled_by_name = ?, cancelled_branch_id = ?, "
                           "cancelled_at = ?, cancel_reason = ? WHERE id = ? AND cancelled_at IS NULL"),
            { c.by, text(c.byName), c.branchId, c.atUtc, text(c.reason), published.id });
        if (!cancelled)
            return std::unexpected(cancelled.error());
    }
    // The server's own view, never older than one already seen.
    Result<QSqlQuery> server
        = m_db.exec(QStringLiteral("UPDATE transfers SET server_state = ?, server_version = ?, synced_at = ? "
                                   "WHERE id = ? AND server_version <= ?"),
            { nullable(published.serverState), published.serverVersion, syncedAtUtc, published.id,
                published.serverVersion });
    if (!server)
        return std::unexpected(server.error());
    return refreshState(published.id, syncedAtUtc);
}

} // namespace nexus
