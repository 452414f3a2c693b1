// ReceiptDocument -> ESC/POS bytes for Epson-compatible thermal printers, 58 mm (32 columns, 384 dots) or 80 mm
// (48 columns, 576 dots): text in code page 850, bold, double size, alignment, Code 128, native QR, raster logo,
// drawer kick, feed and partial cut.
#pragma once

#include <QByteArray>

#include <functional>

#include "printing/monobitmap.h"
#include "printing/receiptdocument.h"

namespace nexus {

struct EscPosOptions
{
    int columns = 48; // characters per line in font A
    int dots = 576; // printable width in dots (203 dpi)
    // Rasters a PNG logo block to at most `maxDots` wide; core cannot decode PNGs, so the UI supplies this.
    // Unset (or a null result): PNG logos are left out; bitmap logos always print.
    std::function<MonoBitmap(const QByteArray &png, int maxDots)> rasterizeLogo;

    // 58 → 32 columns / 384 dots; anything else → 80 mm, 48 columns / 576 dots.
    [[nodiscard]] static EscPosOptions forPaper(int paperMm);
};

class EscPosEncoder final
{
public:
    explicit EscPosEncoder(EscPosOptions options) : m_options(std::move(options)) { }

    // The whole job: init and code page, drawer kick when the document asks, the blocks, then feed and partial cut.
    [[nodiscard]] QByteArray encode(const ReceiptDocument &document) const;

    // The pieces, each a complete command sequence (tests check them on their own).
    // Code 128 set B of printable ASCII with its text below; empty when `data` cannot be printed as one (non-ASCII,
    // or too long for `dots` even at the narrowest bar).
    [[nodiscard]] static QByteArray code128(const QByteArray &data, int dots);
    // Model 2 QR, error correction M, `moduleDots` per module (1–16): model, size, level, store, print.
    [[nodiscard]] static QByteArray qrCode(const QByteArray &data, int moduleDots);
    // GS v 0 raster in bands the printers' buffers take.
    [[nodiscard]] static QByteArray raster(const MonoBitmap &bitmap);
    // ESC p 0: pulse pin 2 for 50 ms on, 500 ms off (the drawer connector of every common printer).
    [[nodiscard]] static QByteArray drawerKick();

private:
    EscPosOptions m_options;
};

} // namespace nexus
