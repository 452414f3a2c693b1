// ServiceOrderReplica: a pulled order merged into the local one, row by row through the repository.
#include "workshop/serviceorderreplica.h"

#include "store/database.h"
#include "workshop/pulledserviceorder.h"

#include <algorithm>

namespace nexus {

namespace {

template <typename Row> const Row *findById(const std::vector<Row> &rows, const QString &id)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const Row &row) { return row.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

// `pulled` without its list price, cost and version (a schema-1 line) says nothing new about them.
bool sameLine(const ServiceOrderPart &mine, const ServiceOrderPart &pulled)
{
    return mine.status == pulled.status && mine.partId == pulled.partId && mine.warehouseId == pulled.warehouseId
        && mine.quantity == pulled.quantity && mine.unitPrice == pulled.unitPrice
        && mine.description == pulled.description
        && (!pulled.priced
            || (mine.priced && mine.retailPrice == pulled.retailPrice && mine.cost == pulled.cost
                && mine.priceVersion == pulled.priceVersion));
}

} // namespace

Status ServiceOrderReplica::apply(const QJsonObject &row)
{
    Result<PulledServiceOrder> pulled = pulledServiceOrder(row);
    if (!pulled)
        return std::unexpected(pulled.error());
    Result<ServiceOrder> local = m_orders.load(pulled->order.id);
    if (!local && local.error().code() != ErrorCode::NotFound)
        return std::unexpected(local.error());
    if (!local)
        return insert(*pulled);
    if (Status appended = appendHistoryAndNotes(*pulled, *local); !appended)
        return appended;
    Result<bool> pending = hasUnacknowledgedFacts(local->id);
    if (!pending)
        return std::unexpected(pending.error());
    if (*pending)
        return {}; // the local change stands; the server publishes the order again once it has applied it
    if (Status header = m_orders.replaceHeader(pulled->order, pulled->chargedAt); !header)
        return header;
    return updateLines(*pulled, *local);
}

Result<bool> ServiceOrderReplica::hasUnacknowledgedFacts(const QString &orderId) const
{
    Result<QVariant> found = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE acked_at IS NULL AND type LIKE 'service_order.%' "
                       "AND json_extract(payload, '$.order_id') = ?)"),
        { orderId });
    if (!found)
        return std::unexpected(found.error());
    return found->toInt() != 0;
}

Result<QString> ServiceOrderReplica::freeFolio(const PulledServiceOrder &pulled) const
{
    Result<QVariant> taken = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM service_orders WHERE branch_id = ? AND folio = ? AND id <> ?)"),
        { pulled.order.branchId, pulled.order.folio, pulled.order.id });
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toInt() == 0)
        return pulled.order.folio;
    QString tag = pulled.deviceId;
    tag.remove(QLatin1Char('-'));
    return pulled.order.folio + QLatin1Char('/') + tag.right(4).toUpper();
}

Status ServiceOrderReplica::insert(const PulledServiceOrder &pulled)
{
    ServiceOrder order = pulled.order;
    Result<QString> folio = freeFolio(pulled);
    if (!folio)
        return std::unexpected(folio.error());
    order.folio = *folio;
    if (Status ok = m_orders.insertOrder(order, pulled.deviceId); !ok)
        return ok;
    if (Status ok = m_orders.replaceHeader(order, pulled.chargedAt); !ok)
        return ok;
    if (Status ok = appendHistoryAndNotes(pulled, ServiceOrder {}); !ok)
        return ok;
    return updateLines(pulled, ServiceOrder {});
}

Status ServiceOrderReplica::appendHistoryAndNotes(const PulledServiceOrder &pulled, const ServiceOrder &local)
{
    // An order opened here before its opening row took the order's id has it under another id: one opening only.
    const bool openedHere = std::any_of(
        local.history.begin(), local.history.end(), [](const StatusChange &change) { return !change.from; });
    for (const StatusChange &change : pulled.order.history)
        if (!findById(local.history, change.id) && (change.from || !openedHere))
            if (Status ok = m_orders.insertHistory(pulled.order.id, change); !ok)
                return ok;
    for (const ServiceOrderNote &note : pulled.order.notes)
        if (!findById(local.notes, note.id))
            if (Status ok = m_orders.insertNote(pulled.order.id, note); !ok)
                return ok;
    return {};
}

Status ServiceOrderReplica::reserve(const ServiceOrderPart &part, int sign)
{
    if (part.status != PartLineStatus::Reserved)
        return {};
    return m_reservations.change(part.partId, part.warehouseId, sign > 0 ? part.quantity : -part.quantity);
}

Status ServiceOrderReplica::updateLines(const PulledServiceOrder &pulled, const ServiceOrder &local)
{
    const ServiceOrder &remote = pulled.order;
    for (const ServiceOrderPart &line : remote.parts) {
        const ServiceOrderPart *mine = findById(local.parts, line.id);
        if (!mine) {
            if (Status ok = m_orders.insertPart(remote.id, line, line.addedAt); !ok)
                return ok;
            if (Status ok = reserve(line, +1); !ok)
                return ok;
            continue;
        }
        if (sameLine(*mine, line))
            continue;
        // What the server knows of the line replaces ours. Its list price, cost and price version too, unless the
        // server does not know them (a schema-1 line): then ours stay while the line is still the same part.
        ServiceOrderPart merged = *mine;
        if (line.priced || line.partId != mine->partId) {
            merged.retailPrice = line.retailPrice;
            merged.cost = line.cost;
            merged.priceVersion = line.priceVersion;
            merged.priced = line.priced;
        }
        merged.partId = line.partId;
        merged.sku = line.sku;
        merged.description = line.description;
        merged.warehouseId = line.warehouseId;
        merged.quantity = line.quantity;
        merged.unitPrice = line.unitPrice;
        merged.tax = line.tax;
        merged.satProductKey = line.satProductKey;
        merged.satUnitKey = line.satUnitKey;
        merged.status = line.status;
        if (Status ok = reserve(*mine, -1); !ok)
            return ok;
        if (Status ok = m_orders.updatePart(merged, line.addedAt); !ok)
            return ok;
        if (Status ok = reserve(merged, +1); !ok)
            return ok;
    }
    for (const ServiceOrderLabor &line : remote.labor) {
        Result<QVariant> known
            = m_db.scalar(QStringLiteral("SELECT count(*) FROM service_order_labor WHERE id = ?"), { line.id });
        if (!known)
            return std::unexpected(known.error());
        if (known->toInt() == 0)
            if (Status ok = m_orders.insertLabor(remote.id, line); !ok)
                return ok;
    }
    for (const QString &lineId : pulled.removedLaborIds)
        if (Status ok = m_orders.removeLabor(lineId); !ok)
            return ok;
    for (const ChecklistItem &item : remote.checklist) {
        const auto mine = std::find_if(local.checklist.begin(), local.checklist.end(),
            [&](const ChecklistItem &have) { return have.itemNo == item.itemNo; });
        if (mine != local.checklist.end() && mine->state == item.state && mine->note == item.note)
            continue;
        if (Status ok = m_orders.setChecklistItem(
                remote.id, item, QStringLiteral(""), pulled.checklistUpdatedAt.value(item.itemNo));
            !ok)
            return ok;
    }
    return {};
}

} // namespace nexus
