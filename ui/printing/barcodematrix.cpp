// BarcodeMatrix: the only place the UI calls ZXing's writer (its exceptions end here).
#include "printing/barcodematrix.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace nexus {

namespace {

ZXing::BarcodeFormat zxingFormat(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Code128:
        return ZXing::BarcodeFormat::Code128;
    case BarcodeKind::Ean13:
        return ZXing::BarcodeFormat::EAN13;
    case BarcodeKind::Qr:
        return ZXing::BarcodeFormat::QRCode;
    }
    return ZXing::BarcodeFormat::Code128;
}

} // namespace

Result<BarcodeMatrix> BarcodeMatrix::encode(BarcodeKind kind, const QString &text)
{
    if (text.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is nothing to encode as a barcode."), {}, QStringLiteral("barcode"));
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(zxingFormat(kind));
        writer.setMargin(0);
        if (kind == BarcodeKind::Qr) {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
            writer.setEccLevel(2); // M, like the ticket printer's native QR
        }
        bits = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &error) {
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" cannot be drawn as this barcode (%2)."),
            { text, QString::fromUtf8(error.what()) }, QStringLiteral("barcode"));
    }
    BarcodeMatrix matrix;
    matrix.m_width = bits.width();
    matrix.m_height = bits.height();
    matrix.m_dark.resize(std::size_t(matrix.m_width) * std::size_t(matrix.m_height));
    for (int y = 0; y < matrix.m_height; ++y)
        for (int x = 0; x < matrix.m_width; ++x)
            matrix.m_dark[std::size_t(y) * std::size_t(matrix.m_width) + std::size_t(x)] = bits.get(x, y);
    return matrix;
}

void BarcodeMatrix::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const qreal moduleWidth = target.width() / m_width;
    const qreal moduleHeight = target.height() / m_height;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_height; ++y) {
        // One rectangle per run of dark modules: fewer PDF objects, no hairline gaps between neighbours.
        int x = 0;
        while (x < m_width) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_width && dark(x, y))
                ++x;
            painter.drawRect(QRectF(target.left() + start * moduleWidth, target.top() + y * moduleHeight,
                (x - start) * moduleWidth, moduleHeight));
        }
    }
    painter.restore();
}

QImage BarcodeMatrix::toImage(int modulePixels, int quietModules) const
{
    if (isNull() || modulePixels <= 0)
        return {};
    const int side = quietModules * modulePixels;
    QImage image(m_width * modulePixels + 2 * side, (isLinear() ? 60 : m_height * modulePixels) + 2 * side,
        QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(side, side, image.width() - 2 * side, image.height() - 2 * side));
    return image;
}

} // namespace nexus
