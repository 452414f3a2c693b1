// SQL of the counter's catalogue reads; the price rule mirrors CatalogSearch's toHit (tested against it).
#include "sales/cartitemlookup.h"

#include "sales/priceoverrides.h"
#include "store/database.h"

#include <algorithm>

namespace nexus {

namespace {
constexpr qint64 kWhole = 1'000'000;

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

Result<QList<PriceListInfo>> CartItemLookup::priceLists() const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, code, name, discount_ppm FROM price_lists WHERE currency = 'MXN' ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QList<PriceListInfo> lists;
    while (query->next())
        lists.append({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toLongLong() });
    return lists;
}

Result<CartItem> CartItemLookup::item(
    qint64 partId, std::optional<qint64> priceListId, const QString &warehouseId) const
{
    Result<QSqlQuery> part = m_db.exec(
        QStringLiteral("SELECT sku, name, sat_product_key, sat_unit_key, tax_code, cost_cents, retail_price_cents, "
                       "price_version, active FROM parts WHERE id = ?"),
        { partId });
    if (!part)
        return std::unexpected(part.error());
    if (!part->next())
        return fail(ErrorCode::NotFound, NX_ERR("The part %1 is not in the catalogue"), { QString::number(partId) },
            QStringLiteral("part"));
    const QString sku = part->value(0).toString();
    if (part->value(8).toInt() != 1)
        return fail(ErrorCode::NotFound, NX_ERR("The part %1 is no longer sold"), { sku }, QStringLiteral("part"));
    Result<TaxRate> tax = TaxRate::fromCode(part->value(4).toString());
    if (!tax)
        return fail(ErrorCode::InvalidInput, NX_ERR("The part %1 has an unknown tax code %2"),
            { sku, part->value(4).toString() }, QStringLiteral("tax_code"));

    CartItem item;
    item.partId = partId;
    item.sku = sku;
    item.description = part->value(1).toString();
    item.warehouseId = warehouseId;
    item.satProductKey = part->value(2).toString();
    item.satUnitKey = part->value(3).toString();
    item.tax = *tax;
    item.cost = Money(part->value(5).toLongLong());
    item.retailPrice = Money(part->value(6).toLongLong());
    item.unitPrice = item.retailPrice;
    item.priceVersion = part->value(7).toInt();
    PartPriceOverrides overrides;
    if (m_overridesDb) {
        Result<PartPriceOverrides> found = PriceOverrides(*m_overridesDb).forPart(partId);
        if (!found)
            return std::unexpected(found.error());
        overrides = *found;
    }
    if (overrides.retail) {
        item.retailPrice = overrides.retail->price;
        item.unitPrice = item.retailPrice;
        item.priceVersion = static_cast<int>(overrides.retail->version);
    }
    if (!priceListId)
        return item;

    Result<QSqlQuery> list = m_db.exec(
        QStringLiteral("SELECT l.discount_ppm, l.currency, i.price_cents, i.price_version, l.code FROM price_lists l "
                       "LEFT JOIN price_list_items i ON i.price_list_id = l.id AND i.part_id = ? WHERE l.id = ?"),
        { partId, *priceListId });
    if (!list)
        return std::unexpected(list.error());
    if (!list->next())
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no price list with id %1"),
            { QString::number(*priceListId) }, QStringLiteral("priceList"));
    if (list->value(1).toString() != QLatin1String("MXN"))
        return fail(ErrorCode::InvalidInput, NX_ERR("The price list is in %1; the counter sells in pesos"),
            { list->value(1).toString() }, QStringLiteral("priceList"));
    if (const auto fixed = overrides.lists.constFind(list->value(4).toString()); fixed != overrides.lists.cend()) {
        item.unitPrice = fixed->price;
        item.priceVersion = static_cast<int>(fixed->version);
    } else if (!list->value(2).isNull()) {
        item.unitPrice = Money(list->value(2).toLongLong());
        item.priceVersion = list->value(3).toInt();
    } else {
        item.unitPrice = item.retailPrice.timesPpm(kWhole - list->value(0).toLongLong());
    }
    return item;
}

Result<qint64> CartItemLookup::findByCode(const QString &code) const
{
    const QString text = code.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Scan or type a code"), {}, QStringLiteral("code"));
    // Scanners send SKUs as printed; people type them in lower case. Both go through the unique index.
    QStringList skus { text };
    if (text.toUpper() != text)
        skus.append(text.toUpper());
    for (const QString &sku : skus) {
        Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM parts WHERE sku = ? AND active = 1"), { sku });
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid())
            return id->toLongLong();
    }
    // EAN-13; a UPC-A label (12 digits) is the same number with a leading zero.
    if (isDigits(text) && (text.size() == 13 || text.size() == 12)) {
        const QString ean = text.size() == 12 ? QLatin1Char('0') + text : text;
        Result<QVariant> id
            = m_db.scalar(QStringLiteral("SELECT id FROM parts WHERE barcode = ? AND active = 1"), { ean });
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid())
            return id->toLongLong();
    }
    return fail(ErrorCode::NotFound, NX_ERR("No part has the code %1"), { text }, QStringLiteral("code"));
}

} // namespace nexus
