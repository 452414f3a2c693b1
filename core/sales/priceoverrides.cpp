// SQL of the price overrides: a primary-key lookup per part, all parts of a search page in one statement.
#include "sales/priceoverrides.h"

#include "store/database.h"

namespace nexus {

Result<QHash<qint64, PartPriceOverrides>> PriceOverrides::forParts(const QList<qint64> &partIds) const
{
    QHash<qint64, PartPriceOverrides> result;
    if (partIds.isEmpty())
        return result;
    QString marks;
    QVariantList values;
    for (qint64 id : partIds) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << id;
    }
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT part_id, price_list, price_cents, price_version "
                                                       "FROM price_overrides WHERE part_id IN (")
            + marks + QLatin1Char(')'),
        values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        const PriceOverride price { Money(query->value(2).toLongLong()), query->value(3).toLongLong() };
        PartPriceOverrides &part = result[query->value(0).toLongLong()];
        const QString list = query->value(1).toString();
        if (list.isEmpty())
            part.retail = price;
        else
            part.lists.insert(list, price);
    }
    return result;
}

Result<PartPriceOverrides> PriceOverrides::forPart(qint64 partId) const
{
    Result<QHash<qint64, PartPriceOverrides>> parts = forParts({ partId });
    if (!parts)
        return std::unexpected(parts.error());
    return parts->value(partId);
}

} // namespace nexus
