// ImageBarcodeReader: QImage → 8-bit luminance → ZXing::ReadBarcodes with rotation and harder search on.
#include "scan/imagebarcodereader.h"

#include <QFileInfo>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>

namespace nexus {

Result<QList<DecodedBarcode>> ImageBarcodeReader::readAll(const QImage &image)
{
    if (image.isNull())
        return fail(ErrorCode::InvalidInput, NX_ERR("The picture is empty."), {}, QStringLiteral("image"));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    // One symbol per family and pass: libzxing 1.4's multi-symbol merge asserts (Result::operator==, lineCount() == 1)
    // when it meets the same linear code twice, e.g. once upright and once in the rotated pass.
    const ZXing::BarcodeFormats families[] = {
        ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA,
        ZXing::BarcodeFormat::Code128, ZXing::BarcodeFormat::Code39, ZXing::BarcodeFormat::QRCode};
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
            found << DecodedBarcode{QString::fromStdString(ZXing::ToString(result.format())),
                                    QString::fromStdString(result.text())};
    }
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("No barcode could be read in the picture; try a sharper, closer "
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
                    {QFileInfo(path).fileName(), reader.errorString()}, QStringLiteral("path"));
    return read(image);
}

} // namespace nexus
