// MonoBitmap: dot access and the downscale that keeps a logo inside the paper.
#include "printing/monobitmap.h"

namespace nexus {

MonoBitmap::MonoBitmap(int width, int height)
    : m_width(qMax(width, 0)), m_height(qMax(height, 0)), m_bits(qsizetype(bytesPerRow()) * m_height, '\0')
{
}

bool MonoBitmap::dot(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto byte = static_cast<unsigned char>(m_bits.at(qsizetype(y) * bytesPerRow() + x / 8));
    return (byte & (0x80u >> (x % 8))) != 0;
}

void MonoBitmap::setDot(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char &byte = m_bits[qsizetype(y) * bytesPerRow() + x / 8];
    const auto mask = static_cast<unsigned char>(0x80u >> (x % 8));
    byte = static_cast<char>(
        black ? (static_cast<unsigned char>(byte) | mask) : (static_cast<unsigned char>(byte) & ~mask));
}

MonoBitmap MonoBitmap::fittedToWidth(int maxWidth) const
{
    if (m_width <= maxWidth || maxWidth <= 0)
        return *this;
    const int height = qMax(1, int(qint64(m_height) * maxWidth / m_width));
    MonoBitmap scaled(maxWidth, height);
    for (int y = 0; y < height; ++y) {
        const int sy = int(qint64(y) * m_height / height);
        for (int x = 0; x < maxWidth; ++x)
            scaled.setDot(x, y, dot(int(qint64(x) * m_width / maxWidth), sy));
    }
    return scaled;
}

} // namespace nexus
