// rasterizeLogo: scale, composite over white, threshold at mid-grey.
#include "printing/logoraster.h"

#include <QImage>
#include <QPainter>

namespace nexus {

MonoBitmap rasterizeLogo(const QByteArray &encoded, int maxDots)
{
    return rasterizeLogo(QImage::fromData(encoded), maxDots);
}

MonoBitmap rasterizeLogo(const QImage &image, int maxDots)
{
    if (image.isNull() || maxDots <= 0)
        return {};
    QImage scaled = image;
    if (scaled.width() > maxDots || scaled.height() > maxDots / 2)
        scaled = scaled.scaled(maxDots, maxDots / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Transparent areas are paper, not black.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, scaled);
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    MonoBitmap bitmap(grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            bitmap.setDot(x, y, row[x] < 128);
    }
    return bitmap;
}

} // namespace nexus
