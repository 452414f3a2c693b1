// zplLabels: fixed layout in dots, centred barcode, price right-aligned in a field block.
#include "printing/zpllabel.h"

#include <QLocale>

namespace nexus {

namespace {

// Field data for ^FH\: every byte outside printable ASCII and the three special characters as \hh.
QByteArray fieldData(const QString &text)
{
    QByteArray out;
    for (const char byte : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x20 || b >= 0x7F || b == '^' || b == '~' || b == '\\')
            out += '\\' + QByteArray::number(b, 16).rightJustified(2, '0').toUpper();
        else
            out += char(b);
    }
    return out;
}

QByteArray text(int x, int y, int height, int blockWidth, int maxLines, char justify, const QString &value)
{
    return "^FO" + QByteArray::number(x) + ',' + QByteArray::number(y) + "^A0N," + QByteArray::number(height) + ','
        + QByteArray::number(height) + "^FB" + QByteArray::number(blockWidth) + ',' + QByteArray::number(maxLines)
        + ",0," + justify + ",0^FH\\^FD" + fieldData(value) + "^FS\n";
}

} // namespace

Result<QByteArray> zplLabels(const QList<PartLabel> &labels, const ZplLabelOptions &options)
{
    if (options.copies < 1 || options.copies > 999)
        return fail(ErrorCode::InvalidInput, NX_ERR("Copies per label must be between 1 and 999."), {},
            QStringLiteral("copies"));
    if (options.widthMm < 25 || options.heightMm < 15 || options.dotsPerMm < 6)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("A label must be at least 25 × 15 mm."), {}, QStringLiteral("size"));
    static const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    const int width = options.widthMm * options.dotsPerMm;
    const int height = options.heightMm * options.dotsPerMm;
    const int margin = 2 * options.dotsPerMm;
    const int inner = width - 2 * margin;
    const int small = qMax(18, height / 9);
    const int barHeight = height * 3 / 10;

    QByteArray out;
    for (const PartLabel &label : labels) {
        if (label.sku.trimmed().isEmpty())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("Every label needs the part's SKU."), {}, QStringLiteral("sku"));
        out += "^XA\n^CI28\n^PW" + QByteArray::number(width) + "\n^LL" + QByteArray::number(height) + "\n^LH0,0\n";
        int y = margin;
        out += text(margin, y, small, inner, 2, 'L', label.description);
        y += 2 * small + 4;
        out += text(margin, y, small, inner, 1, 'L', label.sku);
        out += text(margin, y - 4, small + 8, inner, 1, 'R', label.price.format(mexico));
        y += small + 8;
        if (label.usesEan13()) {
            // ^BE takes the 12-digit body; the printer adds the check digit (the 13th, already validated).
            const int moduleDots = qMax(1, qMin(3, inner / 113));
            const int x = (width - 95 * moduleDots) / 2;
            out += "^BY" + QByteArray::number(moduleDots) + "\n^FO" + QByteArray::number(x) + ','
                + QByteArray::number(y) + "^BEN," + QByteArray::number(barHeight) + ",Y,N^FD"
                + label.barcode.left(12).toLatin1() + "^FS\n";
        } else {
            // Start, data, check, stop (13) modules plus quiet zones.
            const qsizetype modules = (label.sku.toUtf8().size() + 2) * 11 + 13 + 20;
            const int moduleDots = qBound(1, int(inner / modules), 3);
            const int barsWidth = int(modules - 20) * moduleDots;
            const int x = qMax(margin, (width - barsWidth) / 2);
            out += "^BY" + QByteArray::number(moduleDots) + "\n^FO" + QByteArray::number(x) + ','
                + QByteArray::number(y) + "^BCN," + QByteArray::number(barHeight) + ",Y,N,N^FH\\^FD"
                + fieldData(label.sku) + "^FS\n";
        }
        out += "^PQ" + QByteArray::number(options.copies) + "\n^XZ\n";
    }
    return out;
}

} // namespace nexus
