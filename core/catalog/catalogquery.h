// What the counter asks the catalogue search: free text and/or filters, the price list to price with, how many.
#pragma once

#include <QString>

#include <QtGlobal>
#include <optional>

namespace nexus {

// The customer's vehicle: any combination; names compare without case or accents ("sedan" = "Sedán").
struct VehicleFilter
{
    int year = 0; // 0: any year
    QString make; // "Nissan"
    QString model; // "Tsuru"
    QString engine; // "1.6L L4"

    [[nodiscard]] bool isEmpty() const { return year == 0 && make.isEmpty() && model.isEmpty() && engine.isEmpty(); }
};

struct CatalogQuery
{
    // Words (each a prefix: "bal del tsu"), a SKU, a barcode or an OEM/cross-reference code or part of one.
    QString text;
    std::optional<qint64> brandId;
    std::optional<qint64> categoryId; // a parent category includes its subcategories
    VehicleFilter vehicle;
    // With a vehicle filter: also show universal parts (no fitment rows: oil, bulbs, fluids).
    bool includeUniversal = false;
    // Prices of this list (price_lists.id); none: the retail price ("precio público").
    std::optional<qint64> priceListId;
    int limit = 20;

    static constexpr int kMaxTextLength = 200;
    static constexpr int kMaxLimit = 200;
};

} // namespace nexus
