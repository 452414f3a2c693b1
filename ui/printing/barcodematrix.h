// A barcode as its grid of modules, encoded with ZXing (Code 128, EAN-13, QR) and painted as filled rectangles so
// PDFs and previews show real, scannable barcodes at any resolution.
#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

#include "common/error.h"

class QPainter;

namespace nexus {

enum class BarcodeKind { Code128, Ean13, Qr };

class BarcodeMatrix final
{
public:
    BarcodeMatrix() = default;

    // The modules without quiet zone (leave room around it when painting). Errors (field "barcode") when ZXing
    // refuses the text: an EAN-13 whose check digit is wrong, characters Code 128 cannot carry, empty text.
    [[nodiscard]] static Result<BarcodeMatrix> encode(BarcodeKind kind, const QString &text);

    [[nodiscard]] bool isNull() const { return m_width == 0; }
    [[nodiscard]] bool isLinear() const { return m_height == 1; }
    [[nodiscard]] int width() const { return m_width; } // modules
    [[nodiscard]] int height() const { return m_height; } // 1 for linear codes
    [[nodiscard]] bool dark(int x, int y) const
    {
        return m_dark[std::size_t(y) * std::size_t(m_width) + std::size_t(x)];
    }

    // Fills the dark modules into `target` (linear codes stretched to its height) in the painter's pen colour black.
    void paint(QPainter &painter, const QRectF &target) const;
    // Black modules on white, modulePixels per module and quietModules of white around (4 for a QR: its quiet zone).
    [[nodiscard]] QImage toImage(int modulePixels, int quietModules) const;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<bool> m_dark;
};

} // namespace nexus
