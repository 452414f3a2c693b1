// Turns the store's logo (PNG, JPEG…) into the 1-bit bitmap a thermal printer prints: scaled to the paper, flattened
// on white, thresholded. This is the QtGui half of ReceiptBlock::Logo; EscPosOptions::rasterizeLogo calls it.
#pragma once

#include <QByteArray>

#include "printing/monobitmap.h"

class QImage;

namespace nexus {

// At most `maxDots` wide and `maxDots / 2` tall (a logo should not eat the roll); null when `encoded` is not an image.
[[nodiscard]] MonoBitmap rasterizeLogo(const QByteArray &encoded, int maxDots);
[[nodiscard]] MonoBitmap rasterizeLogo(const QImage &image, int maxDots);

} // namespace nexus
