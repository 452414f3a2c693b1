// One row of a catalogue search result. Stock is not here: it lives in nexus.db, and the caller joins it on partId
// (every warehouse of the branch, other branches "as of" their sync) so the catalogue search stays a catalog.db read.
#pragma once

#include <QList>
#include <QString>

#include <QtGlobal>

#include "common/money.h"

namespace nexus {

enum class MatchKind {
    Sku, // the text is the part's SKU
    Barcode, // the text is the part's EAN-13
    Code, // the text is one of its OEM/cross-reference codes
    CodeSubstring, // the text is part of one of its codes
    Text, // words of its name, brand, category or fitted vehicles
};

struct CatalogHit
{
    qint64 partId = 0;
    QString sku;
    QString barcode;
    QString name;
    qint64 brandId = 0;
    QString brand;
    qint64 categoryId = 0;
    QString category;
    Money price; // for the query's price list, tax included
    qint64 priceVersion = 0;
    MatchKind match = MatchKind::Text;
    bool exactMatch = false; // SKU, barcode or whole code: shown first
    QString matchedCode; // the code that matched (Code, CodeSubstring), as normalised
};

struct CatalogSearchResult
{
    QList<CatalogHit> hits;
    bool more = false; // there are further matches beyond the limit
};

} // namespace nexus
