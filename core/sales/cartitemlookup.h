// Turns a catalogue part into what the cart needs (price for the cart's price list, cost, SAT keys, tax, version),
// finds parts by a scanned SKU or EAN-13, and lists the price lists: the counter's reads of catalog.db.
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"
#include "sales/cart.h"

namespace nexus {

class Database;

// A price list the counter can sell with (price_lists row).
struct PriceListInfo
{
    qint64 id = 0;
    QString code; // publico, mayoreo, taller
    QString name; // as HQ named it: "Público", "Mayoreo", "Taller"
    qint64 discountPpm = 0;
};

class CartItemLookup final
{
public:
    // `catalogDb` is a catalog.db connection of the calling thread and must outlive the lookup.
    explicit CartItemLookup(Database &catalogDb) : m_db(catalogDb) { }
    // Also applies HQ's price changes pulled into `nexusDb` (price_overrides) on top of the catalogue's prices.
    CartItemLookup(Database &catalogDb, Database &nexusDb) : m_db(catalogDb), m_overridesDb(&nexusDb) { }

    // The MXN price lists in id order ("publico" first in every catalogue HQ ships).
    [[nodiscard]] Result<QList<PriceListInfo>> priceLists() const;

    // The part as a cart item from `warehouseId`, priced for `priceListId` (none: retail "precio público").
    // The price is the one CatalogSearch shows for the same list: the part's own row in price_list_items when HQ
    // set one, else the list's discount off the retail price, rounded to the centavo. With price overrides, HQ's
    // newer retail price replaces the catalogue's (and the discount applies to it), and HQ's newer fixed price for
    // the list replaces both; the item then carries the override's price_version. Errors name the field:
    // "part" (unknown or no longer sold), "priceList", "tax_code".
    [[nodiscard]] Result<CartItem> item(
        qint64 partId, std::optional<qint64> priceListId, const QString &warehouseId) const;

    // A scanned or typed code: the part whose SKU or EAN-13 barcode it is exactly (NotFound otherwise, field "code").
    [[nodiscard]] Result<qint64> findByCode(const QString &code) const;

private:
    Database &m_db;
    Database *m_overridesDb = nullptr;
};

} // namespace nexus
