// Part labels from catalog.db: the price the counter would charge on a price list (through CartItemLookup, so a
// label never disagrees with the till) and the part's EAN-13.
#pragma once

#include <QList>

#include <optional>

#include "common/error.h"
#include "printing/partlabel.h"

namespace nexus {

class Database;

class PartLabelSource final
{
public:
    // `catalogDb` is a catalog.db connection of the calling thread.
    explicit PartLabelSource(Database &catalogDb) : m_db(catalogDb) { }

    // NotFound (field "part") for an unknown or inactive part.
    [[nodiscard]] Result<PartLabel> label(qint64 partId, std::optional<qint64> priceListId = std::nullopt) const;
    [[nodiscard]] Result<QList<PartLabel>> labels(
        const QList<qint64> &partIds, std::optional<qint64> priceListId = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace nexus
