// A 1-bit picture (1 = black dot, rows packed MSB first) as a thermal printer takes it: the logo after the UI has
// rastered its PNG, since nexus_core cannot decode images (no QtGui).
#pragma once

#include <QByteArray>

namespace nexus {

class MonoBitmap final
{
public:
    MonoBitmap() = default;
    // A white bitmap of `width` × `height` dots.
    MonoBitmap(int width, int height);

    [[nodiscard]] bool isNull() const { return m_width <= 0 || m_height <= 0; }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int bytesPerRow() const { return (m_width + 7) / 8; }
    // Rows top to bottom, bytesPerRow() each, the leftmost dot in the high bit: the GS v 0 raster layout.
    [[nodiscard]] const QByteArray &bits() const { return m_bits; }

    [[nodiscard]] bool dot(int x, int y) const;
    void setDot(int x, int y, bool black);

    // Nearest-neighbour copy at most `maxWidth` dots wide (itself when it fits): a logo never overflows the paper.
    [[nodiscard]] MonoBitmap fittedToWidth(int maxWidth) const;

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_bits;
};

} // namespace nexus
