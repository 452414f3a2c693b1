// Part labels in ZPL II for Zebra-compatible label printers (203 dpi, 50 × 25 mm by default): description, SKU,
// price and an EAN-13 (^BE) or Code 128 (^BC) barcode; sent through the same outputs as tickets.
#pragma once

#include <QByteArray>
#include <QList>

#include "common/error.h"
#include "printing/partlabel.h"

namespace nexus {

struct ZplLabelOptions
{
    int widthMm = 50;
    int heightMm = 25;
    int dotsPerMm = 8; // 203 dpi; 12 for 300 dpi printers
    int copies = 1; // ^PQ: identical labels for every piece on the shelf
};

// One ^XA … ^XZ format per label, UTF-8 (^CI28), field data hex-escaped (^FH) so ^ and ~ in a description cannot
// break the format. Errors name the field: "sku" when a label has none, "copies", "size".
[[nodiscard]] Result<QByteArray> zplLabels(const QList<PartLabel> &labels, const ZplLabelOptions &options = {});

} // namespace nexus
