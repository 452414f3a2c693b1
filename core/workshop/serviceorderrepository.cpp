// Service order rows: one statement per write, a handful of reads for a whole order.
#include "workshop/serviceorderrepository.h"

#include "store/database.h"
#include "store/foliocounter.h"
#include "store/multirowinsert.h"

namespace nexus {

namespace {

// A null QString binds as NULL; the NOT NULL text columns take '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDateTime utc(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

TaxRate taxOf(const QString &code)
{
    Result<TaxRate> rate = TaxRate::fromCode(code);
    return rate ? *rate : TaxRate::iva16();
}

} // namespace

Status ServiceOrderRepository::run(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = m_db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<ServiceOrder> ServiceOrderRepository::load(const QString &orderId) const
{
    Result<QSqlQuery> head = m_db.exec(
        QStringLiteral("SELECT folio, branch_id, status, customer_id, customer_name, customer_phone, vehicle_id, "
                       "vehicle_plates, vehicle_vin, vehicle_make, vehicle_model, vehicle_year, mileage_km, complaint, "
                       "diagnosis, mechanic_id, mechanic_name, promised_at, estimate_cents, estimate_note, "
                       "estimate_recorded_by, estimate_at, sale_id, sale_folio, opened_by, opened_at, updated_at "
                       "FROM service_orders WHERE id = ?"),
        { orderId });
    if (!head)
        return std::unexpected(head.error());
    if (!head->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no service order %1"), { orderId }, QStringLiteral("order"));
    ServiceOrder order;
    order.id = orderId;
    order.folio = head->value(0).toString();
    order.branchId = head->value(1).toString();
    Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(head->value(2).toString());
    if (!status)
        return std::unexpected(status.error());
    order.status = *status;
    order.customer = { head->value(3).toString(), head->value(4).toString(), head->value(5).toString() };
    order.vehicle = { head->value(6).toString(), head->value(7).toString(), head->value(8).toString(),
        head->value(9).toString(), head->value(10).toString(), head->value(11).toInt(), head->value(12).toLongLong() };
    order.complaint = head->value(13).toString();
    order.diagnosis = head->value(14).toString();
    order.mechanicId = head->value(15).toString();
    order.mechanicName = head->value(16).toString();
    order.promisedAt = utc(head->value(17).toString());
    if (!head->value(18).isNull())
        order.estimate = EstimateApproval { Money(head->value(18).toLongLong()), head->value(19).toString(),
            head->value(20).toString(), head->value(21).toString() };
    order.saleId = head->value(22).toString();
    order.saleFolio = head->value(23).toString();
    order.openedBy = head->value(24).toString();
    order.openedAt = head->value(25).toString();
    order.updatedAt = head->value(26).toString();
    head->finish();

    Result<QSqlQuery> parts = m_db.exec(
        QStringLiteral(
            "SELECT p.id, p.line_no, p.part_id, p.sku, p.description, p.warehouse_id, p.quantity, p.unit_price_cents, "
            "p.retail_price_cents, p.cost_cents, p.price_version, p.tax_code, p.sat_product_key, p.sat_unit_key, "
            "p.status, p.note, p.added_by, p.added_at, coalesce(s.kind, ''), coalesce(s.ref_id, ''), "
            "coalesce(t.folio, po.folio, nullif(ps.purchase_order_folio, ''), ''), "
            "coalesce(b.name, t.from_branch_id, ''), "
            "t.cancelled_at IS NOT NULL OR ps.cancelled_at IS NOT NULL OR coalesce(po.status, '') = 'cancelled', "
            "p.priced "
            "FROM service_order_parts p LEFT JOIN service_order_part_sources s ON s.line_id = p.id "
            "LEFT JOIN transfers t ON s.kind = 'transfer' AND t.id = s.ref_id "
            "LEFT JOIN remote_branches b ON b.id = t.from_branch_id "
            "LEFT JOIN purchase_suggestions ps ON s.kind = 'purchase' AND ps.id = s.ref_id "
            "LEFT JOIN purchase_orders po ON po.id = ps.purchase_order_id "
            "WHERE p.order_id = ? ORDER BY p.line_no"),
        { orderId });
    if (!parts)
        return std::unexpected(parts.error());
    while (parts->next()) {
        ServiceOrderPart part;
        part.id = parts->value(0).toString();
        part.lineNo = parts->value(1).toInt();
        part.partId = parts->value(2).toLongLong();
        part.sku = parts->value(3).toString();
        part.description = parts->value(4).toString();
        part.warehouseId = parts->value(5).toString();
        part.quantity = Quantity(parts->value(6).toLongLong());
        part.unitPrice = Money(parts->value(7).toLongLong());
        part.retailPrice = Money(parts->value(8).toLongLong());
        part.cost = Money(parts->value(9).toLongLong());
        part.priceVersion = parts->value(10).toInt();
        part.tax = taxOf(parts->value(11).toString());
        part.satProductKey = parts->value(12).toString();
        part.satUnitKey = parts->value(13).toString();
        Result<PartLineStatus> lineStatus = partLineStatusFromCode(parts->value(14).toString());
        if (!lineStatus)
            return std::unexpected(lineStatus.error());
        part.status = *lineStatus;
        part.note = parts->value(15).toString();
        part.addedBy = parts->value(16).toString();
        part.addedAt = parts->value(17).toString();
        part.priced = parts->value(23).toInt() != 0;
        const QString sourceKind = parts->value(18).toString();
        if (!sourceKind.isEmpty()) {
            part.source.kind
                = sourceKind == QLatin1String("transfer") ? PartSourceKind::Transfer : PartSourceKind::Purchase;
            part.source.refId = parts->value(19).toString();
            part.source.folio = parts->value(20).toString();
            part.source.fromBranch = parts->value(21).toString();
            part.source.withdrawn = parts->value(22).toBool();
        }
        order.parts.push_back(std::move(part));
    }

    Result<QSqlQuery> labor = m_db.exec(
        QStringLiteral("SELECT id, line_no, description, mechanic_id, mechanic_name, pricing, hours, rate_cents, "
                       "amount_cents, tax_code, added_by, added_at FROM service_order_labor "
                       "WHERE order_id = ? AND removed = 0 ORDER BY line_no"),
        { orderId });
    if (!labor)
        return std::unexpected(labor.error());
    while (labor->next()) {
        ServiceOrderLabor line;
        line.id = labor->value(0).toString();
        line.lineNo = labor->value(1).toInt();
        line.description = labor->value(2).toString();
        line.mechanicId = labor->value(3).toString();
        line.mechanicName = labor->value(4).toString();
        Result<LaborPricing> pricing = laborPricingFromCode(labor->value(5).toString());
        if (!pricing)
            return std::unexpected(pricing.error());
        line.pricing = *pricing;
        line.hours = Quantity(labor->value(6).toLongLong());
        line.rate = Money(labor->value(7).toLongLong());
        line.amount = Money(labor->value(8).toLongLong());
        line.tax = taxOf(labor->value(9).toString());
        line.addedBy = labor->value(10).toString();
        line.addedAt = labor->value(11).toString();
        order.labor.push_back(std::move(line));
    }

    Result<QSqlQuery> checklist = m_db.exec(
        QStringLiteral("SELECT item_no, code, label, state, note FROM service_order_checklist WHERE order_id = ? "
                       "ORDER BY item_no"),
        { orderId });
    if (!checklist)
        return std::unexpected(checklist.error());
    while (checklist->next()) {
        Result<ChecklistState> state = checklistStateFromCode(checklist->value(3).toString());
        if (!state)
            return std::unexpected(state.error());
        order.checklist.push_back({ checklist->value(0).toInt(), checklist->value(1).toString(),
            checklist->value(2).toString(), *state, checklist->value(4).toString() });
    }

    Result<QSqlQuery> history = m_db.exec(
        QStringLiteral(
            "SELECT id, from_status, to_status, user_id, user_name, authorized_by_id, authorized_by, note, at "
            "FROM service_order_history WHERE order_id = ? ORDER BY at, id"),
        { orderId });
    if (!history)
        return std::unexpected(history.error());
    while (history->next()) {
        StatusChange change;
        change.id = history->value(0).toString();
        if (!history->value(1).isNull()) {
            Result<ServiceOrderStatus> from = serviceOrderStatusFromCode(history->value(1).toString());
            if (!from)
                return std::unexpected(from.error());
            change.from = *from;
        }
        Result<ServiceOrderStatus> to = serviceOrderStatusFromCode(history->value(2).toString());
        if (!to)
            return std::unexpected(to.error());
        change.to = *to;
        change.userId = history->value(3).toString();
        change.userName = history->value(4).toString();
        change.authorizedById = history->value(5).toString();
        change.authorizedBy = history->value(6).toString();
        change.note = history->value(7).toString();
        change.at = history->value(8).toString();
        order.history.push_back(std::move(change));
    }

    Result<QSqlQuery> notes = m_db.exec(
        QStringLiteral("SELECT id, user_id, user_name, text, at FROM service_order_notes WHERE order_id = ? "
                       "ORDER BY at, id"),
        { orderId });
    if (!notes)
        return std::unexpected(notes.error());
    while (notes->next())
        order.notes.push_back({ notes->value(0).toString(), notes->value(1).toString(), notes->value(2).toString(),
            notes->value(3).toString(), notes->value(4).toString() });
    return order;
}

Result<std::vector<ServiceOrderCard>> ServiceOrderRepository::cards(const BoardFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT o.id, o.folio, o.status, o.customer_name, o.vehicle_make, o.vehicle_model, o.vehicle_year, "
        "o.vehicle_plates, o.mechanic_id, o.mechanic_name, o.promised_at, o.updated_at, "
        "(SELECT count(*) FROM service_order_parts p WHERE p.order_id = o.id AND p.status = 'requested') "
        "FROM service_orders o WHERE (o.status NOT IN ('delivered', 'cancelled')");
    QVariantList values;
    if (filter.closedSinceUtc.isValid()) {
        sql += QStringLiteral(" OR o.updated_at >= ?");
        values << iso(filter.closedSinceUtc);
    }
    sql += QLatin1Char(')');
    if (!filter.mechanicId.isEmpty()) {
        sql += QStringLiteral(" AND o.mechanic_id = ?");
        values << filter.mechanicId;
    }
    // Nothing promised sorts last ('' would sort first).
    sql += QStringLiteral(" ORDER BY o.promised_at = '', o.promised_at, o.folio");
    Result<QSqlQuery> query = m_db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<ServiceOrderCard> cards;
    while (query->next()) {
        ServiceOrderCard card;
        card.id = query->value(0).toString();
        card.folio = query->value(1).toString();
        Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(query->value(2).toString());
        if (!status)
            return std::unexpected(status.error());
        card.status = *status;
        card.customerName = query->value(3).toString();
        VehicleSnapshot vehicle;
        vehicle.make = query->value(4).toString();
        vehicle.model = query->value(5).toString();
        vehicle.year = query->value(6).toInt();
        card.vehicle = vehicleTitle(vehicle);
        card.plates = query->value(7).toString();
        card.mechanicId = query->value(8).toString();
        card.mechanicName = query->value(9).toString();
        card.promisedAt = utc(query->value(10).toString());
        card.updatedAt = query->value(11).toString();
        card.requestedParts = query->value(12).toInt();
        cards.push_back(std::move(card));
    }
    return cards;
}

Result<QString> ServiceOrderRepository::nextFolio(const QString &branchId, const QString &series)
{
    if (!series.isEmpty())
        return drawFolio(m_db, series + QStringLiteral("-OS"));
    // Counted per branch on this device, in the folio_counters table the tickets use ("OS:" keeps the series apart).
    Result<QVariant> number = m_db.scalar(
        QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, 2) ON CONFLICT(series) "
                       "DO UPDATE SET next_number = next_number + 1 RETURNING next_number - 1"),
        { QString(QStringLiteral("OS:") + branchId) });
    if (!number)
        return std::unexpected(number.error());
    return QStringLiteral("OS-%1").arg(number->toLongLong(), 6, 10, QLatin1Char('0'));
}

Status ServiceOrderRepository::insertOrder(const ServiceOrder &order, const QString &deviceId)
{
    return run(QStringLiteral(
                   "INSERT INTO service_orders(id, folio, branch_id, device_id, status, customer_id, customer_name, "
                   "customer_phone, vehicle_id, vehicle_plates, vehicle_vin, vehicle_make, vehicle_model, "
                   "vehicle_year, mileage_km, complaint, mechanic_id, mechanic_name, promised_at, opened_by, "
                   "opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { order.id, order.folio, order.branchId, deviceId, serviceOrderStatusCode(order.status),
            text(order.customer.customerId), order.customer.name, text(order.customer.phone),
            text(order.vehicle.vehicleId), text(order.vehicle.plates), text(order.vehicle.vin),
            text(order.vehicle.make), text(order.vehicle.model), order.vehicle.year, order.vehicle.mileageKm,
            text(order.complaint), text(order.mechanicId), text(order.mechanicName), iso(order.promisedAt),
            order.openedBy, order.openedAt, order.updatedAt });
}

Status ServiceOrderRepository::insertChecklist(const QString &orderId, const std::vector<ChecklistItem> &items)
{
    QVariantList values;
    for (const ChecklistItem &item : items)
        values << orderId << item.itemNo << item.code << text(item.label) << checklistStateCode(item.state)
               << text(item.note);
    return insertRows(m_db, QStringLiteral("service_order_checklist"),
        { QStringLiteral("order_id"), QStringLiteral("item_no"), QStringLiteral("code"), QStringLiteral("label"),
            QStringLiteral("state"), QStringLiteral("note") },
        values);
}

Status ServiceOrderRepository::insertHistory(const QString &orderId, const StatusChange &change)
{
    return run(QStringLiteral("INSERT INTO service_order_history(id, order_id, from_status, to_status, user_id, "
                              "user_name, authorized_by_id, authorized_by, note, at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { change.id, orderId, change.from ? QVariant(serviceOrderStatusCode(*change.from)) : QVariant(),
            serviceOrderStatusCode(change.to), change.userId, text(change.userName), text(change.authorizedById),
            text(change.authorizedBy), text(change.note), change.at });
}

Status ServiceOrderRepository::insertNote(const QString &orderId, const ServiceOrderNote &note)
{
    return run(QStringLiteral("INSERT INTO service_order_notes(id, order_id, user_id, user_name, text, at) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
        { note.id, orderId, note.userId, text(note.userName), note.text, note.at });
}

Status ServiceOrderRepository::insertPart(const QString &orderId, const ServiceOrderPart &part, const QString &now)
{
    return run(QStringLiteral(
                   "INSERT INTO service_order_parts(id, order_id, line_no, part_id, sku, description, warehouse_id, "
                   "quantity, unit_price_cents, retail_price_cents, cost_cents, price_version, priced, tax_code, "
                   "sat_product_key, sat_unit_key, status, note, added_by, added_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { part.id, orderId, part.lineNo, part.partId, text(part.sku), part.description, text(part.warehouseId),
            part.quantity.thousandths(), part.unitPrice.centavos(), part.retailPrice.centavos(), part.cost.centavos(),
            part.priceVersion, part.priced ? 1 : 0, part.tax.code(), text(part.satProductKey), text(part.satUnitKey),
            partLineStatusCode(part.status), text(part.note), text(part.addedBy), part.addedAt, now });
}

Status ServiceOrderRepository::insertLabor(const QString &orderId, const ServiceOrderLabor &labor)
{
    return run(QStringLiteral("INSERT INTO service_order_labor(id, order_id, line_no, description, mechanic_id, "
                              "mechanic_name, pricing, hours, rate_cents, amount_cents, tax_code, added_by, added_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { labor.id, orderId, labor.lineNo, labor.description, text(labor.mechanicId), text(labor.mechanicName),
            laborPricingCode(labor.pricing), labor.hours.thousandths(), labor.rate.centavos(), labor.amount.centavos(),
            labor.tax.code(), text(labor.addedBy), labor.addedAt });
}

Status ServiceOrderRepository::setStatus(const QString &orderId, ServiceOrderStatus status, const QString &now)
{
    return run(QStringLiteral("UPDATE service_orders SET status = ?, updated_at = ? WHERE id = ?"),
        { serviceOrderStatusCode(status), now, orderId });
}

Status ServiceOrderRepository::setText(
    const QString &orderId, const QString &column, const QString &value, const QString &now)
{
    if (column != kDiagnosisColumn && column != kPromisedColumn)
        return fail(ErrorCode::Internal, NX_ERR("The column %1 cannot be set here"), { column });
    return run(QStringLiteral("UPDATE service_orders SET %1 = ?, updated_at = ? WHERE id = ?").arg(column),
        { text(value), now, orderId });
}

Status ServiceOrderRepository::setMechanic(
    const QString &orderId, const QString &mechanicId, const QString &mechanicName, const QString &now)
{
    return run(QStringLiteral("UPDATE service_orders SET mechanic_id = ?, mechanic_name = ?, updated_at = ? "
                              "WHERE id = ?"),
        { text(mechanicId), text(mechanicName), now, orderId });
}

Status ServiceOrderRepository::setEstimate(const QString &orderId, const EstimateApproval &estimate, const QString &now)
{
    return run(QStringLiteral("UPDATE service_orders SET estimate_cents = ?, estimate_note = ?, "
                              "estimate_recorded_by = ?, estimate_at = ?, updated_at = ? WHERE id = ?"),
        { estimate.amount.centavos(), text(estimate.note), text(estimate.recordedBy), estimate.at, now, orderId });
}

Status ServiceOrderRepository::replaceHeader(const ServiceOrder &order, const QString &chargedAt)
{
    const bool estimated = order.estimate.has_value();
    return run(QStringLiteral("UPDATE service_orders SET status = ?, customer_id = ?, customer_name = ?, "
                              "customer_phone = ?, vehicle_id = ?, vehicle_plates = ?, vehicle_vin = ?, "
                              "vehicle_make = ?, vehicle_model = ?, vehicle_year = ?, mileage_km = ?, complaint = ?, "
                              "diagnosis = ?, mechanic_id = ?, mechanic_name = ?, promised_at = ?, estimate_cents = ?, "
                              "estimate_note = ?, estimate_at = ?, sale_id = ?, sale_folio = ?, charged_at = ?, "
                              "updated_at = ? WHERE id = ?"),
        { serviceOrderStatusCode(order.status), text(order.customer.customerId), order.customer.name,
            text(order.customer.phone), text(order.vehicle.vehicleId), text(order.vehicle.plates),
            text(order.vehicle.vin), text(order.vehicle.make), text(order.vehicle.model), order.vehicle.year,
            order.vehicle.mileageKm, text(order.complaint), text(order.diagnosis), text(order.mechanicId),
            text(order.mechanicName), iso(order.promisedAt),
            estimated ? QVariant(order.estimate->amount.centavos()) : QVariant(),
            text(estimated ? order.estimate->note : QString()), text(estimated ? order.estimate->at : QString()),
            order.saleId.isEmpty() ? QVariant() : QVariant(order.saleId),
            order.saleId.isEmpty() ? QVariant() : QVariant(order.saleFolio),
            chargedAt.isEmpty() ? QVariant() : QVariant(chargedAt), order.updatedAt, order.id });
}

Status ServiceOrderRepository::setSale(
    const QString &orderId, const QString &saleId, const QString &saleFolio, const QString &now)
{
    return run(QStringLiteral("UPDATE service_orders SET sale_id = ?, sale_folio = ?, charged_at = ?, updated_at = ? "
                              "WHERE id = ?"),
        { saleId, text(saleFolio), now, now, orderId });
}

Status ServiceOrderRepository::updatePart(const ServiceOrderPart &part, const QString &now)
{
    return run(QStringLiteral("UPDATE service_order_parts SET part_id = ?, sku = ?, description = ?, warehouse_id = ?, "
                              "quantity = ?, unit_price_cents = ?, retail_price_cents = ?, cost_cents = ?, "
                              "price_version = ?, priced = ?, tax_code = ?, sat_product_key = ?, sat_unit_key = ?, "
                              "status = ?, updated_at = ? WHERE id = ?"),
        { part.partId, text(part.sku), part.description, text(part.warehouseId), part.quantity.thousandths(),
            part.unitPrice.centavos(), part.retailPrice.centavos(), part.cost.centavos(), part.priceVersion,
            part.priced ? 1 : 0, part.tax.code(), text(part.satProductKey), text(part.satUnitKey),
            partLineStatusCode(part.status), now, part.id });
}

Status ServiceOrderRepository::setPartStatus(const QString &lineId, PartLineStatus status, const QString &now)
{
    return run(QStringLiteral("UPDATE service_order_parts SET status = ?, updated_at = ? WHERE id = ?"),
        { partLineStatusCode(status), now, lineId });
}

Status ServiceOrderRepository::insertSource(
    const QString &orderId, const QString &lineId, PartSourceKind kind, const QString &refId, const QString &now)
{
    return run(QStringLiteral("INSERT INTO service_order_part_sources(line_id, order_id, kind, ref_id, created_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
        { lineId, orderId,
            kind == PartSourceKind::Transfer ? QStringLiteral("transfer") : QStringLiteral("purchase"), refId, now });
}

Status ServiceOrderRepository::removeLabor(const QString &lineId)
{
    return run(QStringLiteral("UPDATE service_order_labor SET removed = 1 WHERE id = ?"), { lineId });
}

Status ServiceOrderRepository::setChecklistItem(
    const QString &orderId, const ChecklistItem &item, const QString &userName, const QString &now)
{
    return run(QStringLiteral("INSERT INTO service_order_checklist(order_id, item_no, code, label, state, note, "
                              "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id, item_no) "
                              "DO UPDATE SET state = excluded.state, note = excluded.note, "
                              "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
        { orderId, item.itemNo, item.code, text(item.label), checklistStateCode(item.state), text(item.note),
            text(userName), now });
}

} // namespace nexus
