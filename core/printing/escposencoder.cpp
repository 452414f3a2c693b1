// EscPosEncoder: the byte sequences, following Epson's ESC/POS reference (TM-T20/T88 class printers and clones).
#include "printing/escposencoder.h"

#include "printing/codepage850.h"

namespace nexus {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;
constexpr int kBarcodeHeightDots = 80;
constexpr int kRasterBandRows = 256;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (const int v : values)
        out.append(static_cast<char>(v));
    return out;
}

char alignCode(ReceiptAlign align)
{
    switch (align) {
    case ReceiptAlign::Left:
        return 0;
    case ReceiptAlign::Center:
        return 1;
    case ReceiptAlign::Right:
        return 2;
    }
    return 0;
}

QByteArray setAlign(ReceiptAlign align)
{
    return bytes({ ESC, 'a', alignCode(align) });
}

// Code set B carries printable ASCII; '{' is the printer's code-set escape inside GS k data, so it is left out too.
bool printableAscii(const QByteArray &data)
{
    for (const char c : data) {
        if (c < 0x20 || c > 0x7E || c == '{')
            return false;
    }
    return true;
}

} // namespace

EscPosOptions EscPosOptions::forPaper(int paperMm)
{
    EscPosOptions options;
    if (paperMm == 58) {
        options.columns = 32;
        options.dots = 384;
    }
    return options;
}

QByteArray EscPosEncoder::code128(const QByteArray &data, int dots)
{
    if (data.isEmpty() || !printableAscii(data) || data.size() > 250)
        return {};
    // Start, data, check digit: 11 modules each, plus the 13-module stop, plus 10-module quiet zones.
    const qsizetype modules = (data.size() + 2) * 11 + 13 + 20;
    int moduleDots = 3;
    while (moduleDots > 1 && modules * moduleDots > dots)
        --moduleDots;
    if (modules * moduleDots > dots)
        return {};
    QByteArray out;
    out += bytes({ GS, 'H', 2 }); // human-readable text below the bars
    out += bytes({ GS, 'f', 0 }); // in font A
    out += bytes({ GS, 'h', kBarcodeHeightDots }); // bar height
    out += bytes({ GS, 'w', moduleDots }); // narrowest bar
    out += bytes({ GS, 'k', 73, int(data.size() + 2), '{', 'B' }); // m=73 (Code 128), n counts the {B too
    out += data;
    return out;
}

QByteArray EscPosEncoder::qrCode(const QByteArray &data, int moduleDots)
{
    const qsizetype stored = data.size() + 3; // pL pH count cn fn m and the data
    QByteArray out;
    out += bytes({ GS, '(', 'k', 4, 0, 49, 65, 50, 0 }); // model 2
    out += bytes({ GS, '(', 'k', 3, 0, 49, 67, qBound(1, moduleDots, 16) }); // module size
    out += bytes({ GS, '(', 'k', 3, 0, 49, 69, 49 }); // error correction M (15 %)
    out += bytes({ GS, '(', 'k', int(stored & 0xFF), int((stored >> 8) & 0xFF), 49, 80, 48 }); // store
    out += data;
    out += bytes({ GS, '(', 'k', 3, 0, 49, 81, 48 }); // print the stored symbol
    return out;
}

QByteArray EscPosEncoder::raster(const MonoBitmap &bitmap)
{
    QByteArray out;
    if (bitmap.isNull())
        return out;
    const int rowBytes = bitmap.bytesPerRow();
    for (int top = 0; top < bitmap.height(); top += kRasterBandRows) {
        const int rows = qMin(kRasterBandRows, bitmap.height() - top);
        out += bytes({ GS, 'v', '0', 0, rowBytes & 0xFF, (rowBytes >> 8) & 0xFF, rows & 0xFF, (rows >> 8) & 0xFF });
        out += bitmap.bits().mid(qsizetype(top) * rowBytes, qsizetype(rows) * rowBytes);
    }
    return out;
}

QByteArray EscPosEncoder::drawerKick()
{
    return bytes({ ESC, 'p', 0, 25, 250 });
}

QByteArray EscPosEncoder::encode(const ReceiptDocument &document) const
{
    QByteArray out;
    out += bytes({ ESC, '@' }); // reset to defaults
    out += bytes({ ESC, 't', kEscPosCodePage850 }); // accents in PC850
    if (document.kicksDrawer())
        out += drawerKick(); // first, so the drawer opens while the ticket prints

    for (const ReceiptBlock &block : document.blocks()) {
        switch (block.kind) {
        case ReceiptBlock::Kind::Text:
        case ReceiptBlock::Kind::Columns:
        case ReceiptBlock::Kind::Separator: {
            out += setAlign(block.kind == ReceiptBlock::Kind::Text ? block.align : ReceiptAlign::Left);
            if (block.bold)
                out += bytes({ ESC, 'E', 1 });
            if (block.large)
                out += bytes({ GS, '!', 0x11 }); // double width and height
            for (const QString &line : ReceiptDocument::blockLines(block, m_options.columns))
                out += toCodePage850(line) + LF;
            if (block.large)
                out += bytes({ GS, '!', 0 });
            if (block.bold)
                out += bytes({ ESC, 'E', 0 });
            break;
        }
        case ReceiptBlock::Kind::Barcode: {
            out += setAlign(ReceiptAlign::Center);
            const QByteArray command = code128(block.data, m_options.dots);
            if (!command.isEmpty()) {
                out += command;
            } else { // what cannot be a barcode is still printed as text
                for (const QString &line : ReceiptDocument::blockLines(block, m_options.columns))
                    out += toCodePage850(line) + LF;
            }
            break;
        }
        case ReceiptBlock::Kind::QrCode:
            out += setAlign(ReceiptAlign::Center);
            out += qrCode(block.data, m_options.columns <= 32 ? 6 : 8);
            for (const QString &line : ReceiptDocument::blockLines(block, m_options.columns))
                out += toCodePage850(line) + LF;
            break;
        case ReceiptBlock::Kind::Logo: {
            MonoBitmap bitmap = block.bitmap;
            if (bitmap.isNull() && !block.data.isEmpty() && m_options.rasterizeLogo)
                bitmap = m_options.rasterizeLogo(block.data, m_options.dots);
            if (bitmap.isNull())
                break;
            out += setAlign(ReceiptAlign::Center);
            out += raster(bitmap.fittedToWidth(m_options.dots));
            break;
        }
        case ReceiptBlock::Kind::Feed:
            if (block.lines > 0)
                out += bytes({ ESC, 'd', qMin(block.lines, 255) });
            break;
        }
    }
    out += setAlign(ReceiptAlign::Left);
    out += bytes({ GS, 'V', 66, 0 }); // feed to the cutter, then partial cut
    return out;
}

} // namespace nexus
