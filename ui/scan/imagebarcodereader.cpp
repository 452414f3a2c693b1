// ImageBarcodeReader: QImage → 8-bit luminance → ZXing::ReadBarcodes with rotation and harder search on.
#include "scan/imagebarcodereader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QTransform>

#include <ZXing/ReadBarcode.h>

namespace nexus {

namespace {

QList<DecodedBarcode> decodeOnce(const QImage &grey)
{
    const ZXing::ImageView view(
        grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    // One symbol per family and pass: libzxing 1.4's multi-symbol merge asserts (Result::operator==, lineCount() == 1)
    // when it meets the same linear code twice, e.g. once upright and once in the rotated pass.
    const ZXing::BarcodeFormats families[]
        = { ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA,
              ZXing::BarcodeFormat::Code128, ZXing::BarcodeFormat::Code39, ZXing::BarcodeFormat::QRCode };
    QList<DecodedBarcode> found;
    for (const ZXing::BarcodeFormats &formats : families) {
        ZXing::DecodeHints hints;
        hints.setFormats(formats);
        hints.setTryHarder(true);
        hints.setTryRotate(true);
        hints.setTryDownscale(true);
        hints.setMaxNumberOfSymbols(1);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (result.isValid())
            found << DecodedBarcode { QString::fromStdString(ZXing::ToString(result.format())),
                QString::fromStdString(result.text()) };
    }
    return found;
}

QImage rotated(const QImage &grey, qreal degrees)
{
    // Through ARGB so the corners a rotation uncovers are transparent, then laid on white like paper around a label.
    const QImage turned = grey.convertToFormat(QImage::Format_ARGB32)
                              .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QImage out(turned.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, turned);
    painter.end();
    return out.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

Result<QList<DecodedBarcode>> ImageBarcodeReader::readAll(const QImage &image)
{
    if (image.isNull())
        return fail(ErrorCode::InvalidInput, NX_ERR("The picture is empty."), {}, QStringLiteral("image"));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QList<DecodedBarcode> found = decodeOnce(grey);
    // Linear codes read only within about ±15° of a scan direction; ZXing tries the four right angles, so a photo
    // tilted in between gets two more passes, turned by ±30° (with the right angles that covers every tilt).
    for (const qreal degrees : { 30.0, -30.0 }) {
        if (!found.isEmpty())
            break;
        found = decodeOnce(rotated(grey, degrees));
    }
    if (found.isEmpty())
        return fail(ErrorCode::NotFound,
            NX_ERR("No barcode could be read in the picture; try a sharper, closer "
                   "photo."),
            {}, QStringLiteral("image"));
    return found;
}

Result<DecodedBarcode> ImageBarcodeReader::read(const QImage &image)
{
    Result<QList<DecodedBarcode>> all = readAll(image);
    if (!all)
        return std::unexpected(all.error());
    return all->first();
}

Result<DecodedBarcode> ImageBarcodeReader::readFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull())
        return fail(ErrorCode::Io, NX_ERR("%1 cannot be opened as a picture (%2)."),
            { QFileInfo(path).fileName(), reader.errorString() }, QStringLiteral("path"));
    return read(image);
}

} // namespace nexus
