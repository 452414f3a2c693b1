// PartLabelSource: CartItemLookup for description, SKU and price; one indexed read for the barcode.
#include "printing/partlabelsource.h"

#include "sales/cartitemlookup.h"
#include "store/database.h"

namespace nexus {

Result<PartLabel> PartLabelSource::label(qint64 partId, std::optional<qint64> priceListId) const
{
    Result<CartItem> item = CartItemLookup(m_db).item(partId, priceListId, QString());
    if (!item)
        return std::unexpected(item.error());
    Result<QVariant> barcode = m_db.scalar(QStringLiteral("SELECT barcode FROM parts WHERE id = ?"), { partId });
    if (!barcode)
        return std::unexpected(barcode.error());
    return PartLabel { item->sku, item->description, item->unitPrice, barcode->toString() };
}

Result<QList<PartLabel>> PartLabelSource::labels(const QList<qint64> &partIds, std::optional<qint64> priceListId) const
{
    QList<PartLabel> out;
    out.reserve(partIds.size());
    for (const qint64 partId : partIds) {
        Result<PartLabel> one = label(partId, priceListId);
        if (!one)
            return std::unexpected(one.error());
        out << *one;
    }
    return out;
}

} // namespace nexus
