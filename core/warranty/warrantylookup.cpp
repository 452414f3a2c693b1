// Warranty queries: one SELECT over sales and their lines with the catalogue and claims beside, the period rule in C++.
#include "warranty/warrantylookup.h"

#include "common/clock.h"
#include "store/catalogattach.h"
#include "store/database.h"

#include <QCoreApplication>

namespace nexus {

QString warrantyStatusCode(WarrantyStatus status)
{
    switch (status) {
    case WarrantyStatus::Active: return QStringLiteral("active");
    case WarrantyStatus::Expired: return QStringLiteral("expired");
    case WarrantyStatus::Claimed: return QStringLiteral("claimed");
    }
    return {};
}

QString warrantyStatusTitle(WarrantyStatus status)
{
    switch (status) {
    case WarrantyStatus::Active: return QCoreApplication::translate("nexus::Warranty", "Active");
    case WarrantyStatus::Expired: return QCoreApplication::translate("nexus::Warranty", "Expired");
    case WarrantyStatus::Claimed: return QCoreApplication::translate("nexus::Warranty", "Claimed");
    }
    return {};
}

WarrantyStatus warrantyStatusOn(const QDate &expiresOn, bool claimed, const QDate &today)
{
    if (claimed)
        return WarrantyStatus::Claimed;
    return today > expiresOn ? WarrantyStatus::Expired : WarrantyStatus::Active;
}

WarrantyLookup::WarrantyLookup(Database &db, const Clock &clock, QString catalogPath)
    : m_db(db), m_clock(clock), m_catalogPath(std::move(catalogPath))
{
}

QDate WarrantyLookup::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

void WarrantyLookup::attachCatalog()
{
    if (!m_catalog)
        m_catalog = nexus::attachCatalog(m_db, m_catalogPath).has_value();
}

Result<QList<Warranty>> WarrantyLookup::select(
    const QString &where, const QVariantList &values, int limit, bool withoutPeriod)
{
    attachCatalog();
    Result<QList<WarrantyPolicy>> policies = WarrantyPolicyStore(m_db).policies();
    if (!policies)
        return std::unexpected(policies.error());
    const QString catalogue = m_catalog
        ? QStringLiteral("LEFT JOIN cat.parts p ON p.id = l.part_id AND l.part_id > 0 "
                         "LEFT JOIN cat.categories k ON k.id = p.category_id ")
        : QStringLiteral("LEFT JOIN (SELECT 0 AS id, 0 AS brand_id, 0 AS category_id WHERE 0) p ON 0 "
                         "LEFT JOIN (SELECT 0 AS id, 0 AS warranty_days WHERE 0) k ON 0 ");
    const QString sql = QStringLiteral(
        "SELECT s.id, s.folio, s.branch_id, s.sold_at, COALESCE(s.customer_id, ''), COALESCE(c.name, ''), "
        "l.line_no, l.part_id, l.sku, l.description, l.warehouse_id, l.quantity, l.unit_price_cents, "
        "COALESCE(p.brand_id, 0), COALESCE(p.category_id, 0), COALESCE(k.warranty_days, 0), o.days, "
        "(SELECT COALESCE(sum(rl.quantity), 0) FROM returns r JOIN return_lines rl ON rl.return_id = r.id "
        " WHERE r.sale_id = s.id AND rl.sale_line_no = l.line_no), "
        "(SELECT COALESCE(sum(w.quantity), 0) FROM warranty_claims w WHERE w.sale_id = s.id "
        " AND w.line_no = l.line_no AND w.status = 'open'), "
        "EXISTS (SELECT 1 FROM warranty_claims w WHERE w.sale_id = s.id AND w.line_no = l.line_no "
        " AND (w.status = 'open' OR w.resolution <> 'reject')) "
        "FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN customers c ON c.id = s.customer_id "
        "LEFT JOIN warranty_line_overrides o ON o.sale_id = l.sale_id AND o.line_no = l.line_no ")
        + catalogue + QStringLiteral("WHERE s.status = 'completed' AND (") + where
        + QStringLiteral(") ORDER BY s.sold_at DESC, l.line_no LIMIT ") + QString::number(limit);
    Result<QSqlQuery> query = m_db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    const QDate now = today();
    QList<Warranty> out;
    while (query->next()) {
        Warranty w;
        w.saleId = query->value(0).toString();
        w.saleFolio = query->value(1).toString();
        w.branchId = query->value(2).toString();
        w.soldAtUtc = query->value(3).toString();
        w.customerId = query->value(4).toString();
        w.customerName = query->value(5).toString();
        w.lineNo = query->value(6).toInt();
        w.partId = query->value(7).toLongLong();
        w.sku = query->value(8).toString();
        w.description = query->value(9).toString();
        w.warehouseId = query->value(10).toString();
        w.sold = Quantity(query->value(11).toLongLong());
        w.unitPrice = Money(query->value(12).toLongLong());
        WarrantyLineFacts facts;
        facts.labor = w.partId == 0;
        facts.brandId = query->value(13).toLongLong();
        facts.categoryId = query->value(14).toLongLong();
        facts.catalogueDays = query->value(15).toInt();
        if (!query->value(16).isNull())
            facts.overrideDays = query->value(16).toInt();
        w.returned = Quantity(query->value(17).toLongLong());
        w.inOpenClaims = Quantity(query->value(18).toLongLong());
        w.claimed = query->value(19).toBool();
        w.period = warrantyPeriod(facts, *policies);
        if (w.period.days <= 0 && !withoutPeriod)
            continue;
        w.soldOn = QDateTime::fromString(w.soldAtUtc, Qt::ISODateWithMs).toLocalTime().date();
        w.expiresOn = w.soldOn.addDays(w.period.days);
        w.status = warrantyStatusOn(w.expiresOn, w.claimed, now);
        out.append(std::move(w));
    }
    return out;
}

Result<QList<WarrantyLookup::CatalogueEntry>> WarrantyLookup::categories()
{
    attachCatalog();
    if (!m_catalog)
        return QList<CatalogueEntry> {};
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT id, name, warranty_days FROM cat.categories ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QList<CatalogueEntry> out;
    while (query->next())
        out.append({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt() });
    return out;
}

Result<QList<WarrantyLookup::CatalogueEntry>> WarrantyLookup::brands()
{
    attachCatalog();
    if (!m_catalog)
        return QList<CatalogueEntry> {};
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT id, name FROM cat.brands ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QList<CatalogueEntry> out;
    while (query->next())
        out.append({ query->value(0).toLongLong(), query->value(1).toString(), 0 });
    return out;
}

Result<QList<Warranty>> WarrantyLookup::byFolio(const QString &folio)
{
    const QString wanted = folio.trimmed().toUpper();
    if (wanted.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type or scan the ticket's folio"), {}, QStringLiteral("folio"));
    Result<QVariant> found = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE folio = ?"), { wanted });
    if (!found)
        return std::unexpected(found.error());
    if (!found->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("There is no ticket %1 on this counter"), { wanted },
            QStringLiteral("folio"));
    return select(QStringLiteral("s.id = ?"), { found->toString() }, 1000);
}

Result<QList<Warranty>> WarrantyLookup::byCustomer(const QString &customerId)
{
    return select(QStringLiteral("s.customer_id = ?"), { customerId }, 1000);
}

Result<QList<Warranty>> WarrantyLookup::byPart(qint64 partId, int limit)
{
    // The sale movements' (part_id, warehouse_id, at) index names the tickets; sale_lines has no part index.
    return select(QStringLiteral("l.part_id = ? AND s.id IN (SELECT ref_id FROM stock_movements WHERE part_id = ? "
                                 "AND kind = 'sale' AND ref_type = 'sale')"),
        { partId, partId }, limit);
}

Result<QList<Warranty>> WarrantyLookup::byCustomerText(const QString &text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type part of the customer's name or their phone"), {},
            QStringLiteral("customer"));
    return select(QStringLiteral("s.customer_id IN (SELECT id FROM customers WHERE name LIKE ? OR phone = ? LIMIT 20)"),
        { QString(QLatin1Char('%') + wanted + QLatin1Char('%')), wanted }, 1000);
}

Result<QList<Warranty>> WarrantyLookup::bySku(const QString &sku, int limit)
{
    const QString wanted = sku.trimmed().toUpper();
    if (wanted.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type or scan the part's SKU"), {}, QStringLiteral("sku"));
    attachCatalog();
    Result<QVariant> part = m_db.scalar(m_catalog
            ? QStringLiteral("SELECT id FROM cat.parts WHERE sku = ?")
            : QStringLiteral("SELECT part_id FROM sale_lines WHERE sku = ? AND part_id > 0 LIMIT 1"),
        { wanted });
    if (!part)
        return std::unexpected(part.error());
    if (!part->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("There is no part %1"), { wanted }, QStringLiteral("sku"));
    return byPart(part->toLongLong(), limit);
}

Result<Warranty> WarrantyLookup::line(const QString &saleId, int lineNo)
{
    Result<QList<Warranty>> found
        = select(QStringLiteral("s.id = ? AND l.line_no = ?"), { saleId, lineNo }, 1, true);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("The ticket has no line %1"), { QString::number(lineNo) },
            QStringLiteral("line_no"));
    return found->first();
}

Result<QList<Warranty>> WarrantyLookup::expiringBetween(const QDate &from, const QDate &to)
{
    attachCatalog();
    // The longest period anything can give bounds how far back a sale can still be covered.
    Result<QVariant> longest = m_db.scalar(QStringLiteral(
        "SELECT max(d) FROM (SELECT max(days) AS d FROM warranty_policies UNION ALL "
        "SELECT max(days) FROM warranty_line_overrides%1)")
            .arg(m_catalog ? QStringLiteral(" UNION ALL SELECT max(warranty_days) FROM cat.categories") : QString()));
    if (!longest)
        return std::unexpected(longest.error());
    const int days = longest->toInt();
    const QString since = QDateTime(from.addDays(-days - 1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    const QString until = QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    Result<QList<Warranty>> sold
        = select(QStringLiteral("s.sold_at >= ? AND s.sold_at < ?"), { since, until }, 100000);
    if (!sold)
        return sold;
    QList<Warranty> out;
    for (const Warranty &w : *sold)
        if (w.status == WarrantyStatus::Active && w.expiresOn >= from && w.expiresOn <= to
            && w.claimable() > Quantity())
            out.append(w);
    return out;
}

} // namespace nexus
