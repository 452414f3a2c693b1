// What a shelf or box label shows for a part: description, SKU, price and its barcode — the part's EAN-13 when it
// has a valid one, else a Code 128 of the SKU.
#pragma once

#include <QString>

#include "catalog/ean13.h"
#include "common/money.h"

namespace nexus {

struct PartLabel
{
    QString sku;
    QString description;
    Money price; // tax included, of the list the labels are printed for
    QString barcode; // EAN-13 from the catalogue; empty or invalid: the SKU is encoded instead

    [[nodiscard]] bool usesEan13() const { return isValidEan13(barcode); }
    // The text the barcode carries: the 13 digits, or the SKU.
    [[nodiscard]] QString barcodeText() const { return usesEan13() ? barcode : sku; }
};

} // namespace nexus
