// HQ's price changes pulled since the catalogue snapshot (nexus.db price_overrides): read by the cart's pricing and
// the search results so a price changed at head office is charged at the counter without a new catalogue.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Database;

struct PriceOverride
{
    Money price; // tax included
    qint64 version = 0; // the price_version a sale at this price records
};

// One part's overrides: its retail price ("precio público", what the discount lists start from) and fixed prices
// per price list code.
struct PartPriceOverrides
{
    std::optional<PriceOverride> retail;
    QHash<QString, PriceOverride> lists; // price_lists.code → price

    [[nodiscard]] bool isEmpty() const { return !retail && lists.isEmpty(); }
};

class PriceOverrides final
{
public:
    // `nexusDb` is a nexus.db connection of the calling thread and must outlive this object.
    explicit PriceOverrides(Database &nexusDb) : m_db(nexusDb) { }

    // The overrides of `partIds` (one statement); parts without any are absent.
    [[nodiscard]] Result<QHash<qint64, PartPriceOverrides>> forParts(const QList<qint64> &partIds) const;
    [[nodiscard]] Result<PartPriceOverrides> forPart(qint64 partId) const;

private:
    Database &m_db;
};

} // namespace nexus
