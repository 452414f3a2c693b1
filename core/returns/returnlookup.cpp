// Ticket lookup for returns: folio matching through the unique index first, then the returnable quantities.
#include "returns/returnlookup.h"

#include "store/database.h"

namespace nexus {

namespace {

constexpr int kFolioDigits = 6;

} // namespace

QString ReturnLookup::canonicalFolio(const QString &text)
{
    QString folio = text.trimmed().toUpper();
    // A QR may carry a URL ending in "?folio=MTZ1-000123": the folio is what follows the last '='.
    if (const qsizetype equals = folio.lastIndexOf(QLatin1Char('=')); equals >= 0)
        folio = folio.mid(equals + 1);
    QString compact;
    for (const QChar c : folio)
        if (c.isLetterOrNumber())
            compact += c;
    if (compact.size() <= kFolioDigits)
        return {};
    const QString number = compact.right(kFolioDigits);
    for (const QChar c : number)
        if (!c.isDigit())
            return {};
    return compact.left(compact.size() - kFolioDigits) + QLatin1Char('-') + number;
}

Result<ReturnableSale> ReturnLookup::findByFolio(const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type or scan the ticket's folio"), {}, QStringLiteral("folio"));
    const QString canonical = canonicalFolio(typed);
    // Folios are written in upper case, so these three equalities find the ticket through the unique index.
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE folio IN (?, ?, ?) LIMIT 1"),
        { typed, typed.toUpper(), canonical.isEmpty() ? typed : canonical });
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid()) {
        // A series configured in lower case: a scan, but only when the indexed lookups missed.
        id = m_db.scalar(
            QStringLiteral("SELECT id FROM sales WHERE folio = ? COLLATE NOCASE OR folio = ? COLLATE NOCASE LIMIT 1"),
            { typed, canonical.isEmpty() ? typed : canonical });
        if (!id)
            return std::unexpected(id.error());
    }
    if (!id->isValid())
        return fail(
            ErrorCode::NotFound, NX_ERR("No ticket with folio %1 on this counter"), { typed }, QStringLiteral("folio"));
    return read(id->toString(), QStringLiteral("folio"));
}

Result<ReturnableSale> ReturnLookup::load(const QString &saleId) const
{
    if (saleId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the ticket to return"), {}, QStringLiteral("sale_id"));
    return read(saleId, QStringLiteral("sale_id"));
}

Result<ReturnableSale> ReturnLookup::read(const QString &saleId, const QString &field) const
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral(
            "SELECT s.folio, s.branch_id, coalesce(s.customer_id, ''), s.sold_at, s.status, s.subtotal_cents, "
            "s.tax_cents, s.total_cents, "
            "(SELECT coalesce(sum(amount_cents), 0) FROM sale_payments p WHERE p.sale_id = s.id "
            " AND p.method IN ('card_credit', 'card_debit')), "
            "(SELECT coalesce(sum(total_cents), 0) FROM returns r WHERE r.sale_id = s.id "
            " AND r.refund_method = 'card_reversal'), "
            "(SELECT coalesce(sum(total_cents), 0) FROM returns r WHERE r.sale_id = s.id), "
            "(SELECT coalesce(sum(amount_cents), 0) FROM sale_payments p WHERE p.sale_id = s.id "
            " AND p.method = 'loyalty_points'), "
            "(SELECT coalesce(sum(points_cents), 0) FROM returns r WHERE r.sale_id = s.id) "
            "FROM sales s WHERE s.id = ?"),
        { saleId });
    if (!header)
        return std::unexpected(header.error());
    if (!header->next())
        return fail(ErrorCode::NotFound, NX_ERR("No ticket %1 on this counter"), { saleId }, field);
    ReturnableSale sale;
    sale.id = saleId;
    sale.folio = header->value(0).toString();
    sale.branchId = header->value(1).toString();
    sale.customerId = header->value(2).toString();
    sale.soldAtUtc = header->value(3).toString();
    sale.cancelled = header->value(4).toString() == QLatin1String("cancelled");
    sale.totals.base = Money(header->value(5).toLongLong());
    sale.totals.tax = Money(header->value(6).toLongLong());
    sale.totals.gross = Money(header->value(7).toLongLong());
    sale.paidByCard = Money(header->value(8).toLongLong());
    sale.reversedToCard = Money(header->value(9).toLongLong());
    sale.refunded = Money(header->value(10).toLongLong());
    sale.paidWithPoints = Money(header->value(11).toLongLong());
    sale.pointsGivenBack = Money(header->value(12).toLongLong());
    if (sale.cancelled)
        return fail(ErrorCode::Conflict, NX_ERR("The ticket %1 was cancelled: there is nothing to return"),
            { sale.folio }, field);

    Result<QSqlQuery> lines = m_db.exec(
        QStringLiteral("SELECT l.line_no, l.part_id, l.sku, l.description, l.warehouse_id, l.quantity, "
                       "l.unit_price_cents, l.base_cents, l.tax_cents, coalesce(x.quantity, 0), coalesce(x.base, 0), "
                       "coalesce(x.tax, 0), coalesce(x.total, 0) "
                       "FROM sale_lines l LEFT JOIN ("
                       " SELECT rl.sale_line_no, sum(rl.quantity) AS quantity, sum(rl.base_cents) AS base, "
                       " sum(rl.tax_cents) AS tax, sum(rl.total_cents) AS total "
                       " FROM return_lines rl JOIN returns r ON r.id = rl.return_id WHERE r.sale_id = ? "
                       " GROUP BY rl.sale_line_no) x ON x.sale_line_no = l.line_no "
                       "WHERE l.sale_id = ? ORDER BY l.line_no"),
        { saleId, saleId });
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next()) {
        ReturnableLine line;
        line.lineNo = lines->value(0).toInt();
        line.partId = lines->value(1).toLongLong();
        line.sku = lines->value(2).toString();
        line.description = lines->value(3).toString();
        line.warehouseId = lines->value(4).toString();
        line.sold = Quantity(lines->value(5).toLongLong());
        line.unitPrice = Money(lines->value(6).toLongLong());
        line.amounts.base = Money(lines->value(7).toLongLong());
        line.amounts.tax = Money(lines->value(8).toLongLong());
        line.amounts.gross = line.amounts.base + line.amounts.tax;
        line.returned = Quantity(lines->value(9).toLongLong());
        line.refunded.base = Money(lines->value(10).toLongLong());
        line.refunded.tax = Money(lines->value(11).toLongLong());
        line.refunded.gross = Money(lines->value(12).toLongLong());
        sale.lines.push_back(std::move(line));
    }
    return sale;
}

} // namespace nexus
