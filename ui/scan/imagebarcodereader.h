// Reads barcodes from a picture (a photo of a box label, a scanned sheet, a camera frame) with ZXing: EAN-13/EAN-8/
// UPC-A, Code 128, Code 39 and QR, rotated or not. Live camera frames reach it through LiveBarcodeDecoder.
#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

struct DecodedBarcode
{
    QString format; // "EAN-13", "Code128", "QRCode"… as ZXing names it
    QString text; // the digits or the text carried (EAN-13: all 13 digits)
};

class ImageBarcodeReader final
{
public:
    // At most one barcode per family (EAN/UPC, Code 128, Code 39, QR), in that order; NotFound (field "image") when
    // there is none, InvalidInput for a null image.
    [[nodiscard]] static Result<QList<DecodedBarcode>> readAll(const QImage &image);
    // The first barcode found.
    [[nodiscard]] static Result<DecodedBarcode> read(const QImage &image);
    // Opens an image file (PNG, JPEG, BMP…); Io (field "path") when it cannot be read as an image.
    [[nodiscard]] static Result<DecodedBarcode> readFile(const QString &path);
};

} // namespace nexus
