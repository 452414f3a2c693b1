// ReceiptPainter: one walk over the blocks that measures and, given a painter, draws.
#include "printing/receiptpainter.h"

#include "printing/barcodematrix.h"

#include <QFontMetricsF>
#include <QPainter>

namespace nexus {

namespace {

constexpr int kMarginTop = 24;
constexpr int kMarginBottom = 40;
constexpr int kBarcodeHeight = 80;
constexpr int kGap = 8;

QFont receiptFont(bool bold, bool large)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(large ? 40 : 20);
    font.setBold(bold);
    // Stretch the advance to exactly one printer cell so columns line up like on paper.
    const qreal cell = large ? 2 * ReceiptPainter::kCellWidth : ReceiptPainter::kCellWidth;
    font.setLetterSpacing(QFont::AbsoluteSpacing, cell - QFontMetricsF(font).horizontalAdvance(QLatin1Char('M')));
    return font;
}

QImage monoImage(const MonoBitmap &bitmap)
{
    QImage image(bitmap.width(), bitmap.height(), QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < bitmap.height(); ++y)
        std::memcpy(image.scanLine(y), bitmap.bits().constData() + qsizetype(y) * bitmap.bytesPerRow(),
            std::size_t(bitmap.bytesPerRow()));
    return image;
}

QImage logoImage(const ReceiptBlock &block, int maxWidth)
{
    QImage image = !block.bitmap.isNull() ? monoImage(block.bitmap) : QImage::fromData(block.data);
    if (image.width() > maxWidth || image.height() > maxWidth / 2)
        image = image.scaled(maxWidth, maxWidth / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

ReceiptPainter::ReceiptPainter(const ReceiptDocument &document, int paperMm)
    : m_document(document), m_paperMm(paperMm == 58 ? 58 : 80)
{
}

int ReceiptPainter::heightDots() const
{
    return walk(nullptr);
}

void ReceiptPainter::paint(QPainter &painter) const
{
    walk(&painter);
}

QImage ReceiptPainter::toImage(double scale) const
{
    QImage image(qCeil(widthDots() * scale), qCeil(heightDots() * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paint(painter);
    return image;
}

int ReceiptPainter::walk(QPainter *painter) const
{
    const int left = (widthDots() - printableDots()) / 2;
    const int width = printableDots();
    const int cols = columns();
    int y = kMarginTop;

    // Text lines of one block, aligned in its own column count like the printer aligns them.
    const auto drawLines = [&](const ReceiptBlock &block, const QStringList &lines, ReceiptAlign align) {
        const int cellWidth = block.large ? 2 * kCellWidth : kCellWidth;
        const int cellHeight = block.large ? 2 * kCellHeight : kCellHeight;
        const int blockCols = ReceiptDocument::blockColumns(block, cols);
        const QFont font = receiptFont(block.bold, block.large);
        for (const QString &line : lines) {
            if (painter) {
                const qsizetype pad = qMax<qsizetype>(0, blockCols - line.size());
                const qsizetype shift = align == ReceiptAlign::Right ? pad
                    : align == ReceiptAlign::Center                  ? pad / 2
                                                                     : 0;
                painter->setFont(font);
                painter->setPen(Qt::black);
                const qreal ascent = QFontMetricsF(font).ascent();
                painter->drawText(QPointF(left + shift * cellWidth, y + (cellHeight + ascent) / 2 - 2), line);
            }
            y += cellHeight;
        }
    };

    for (const ReceiptBlock &block : m_document.blocks()) {
        switch (block.kind) {
        case ReceiptBlock::Kind::Text:
            drawLines(block, ReceiptDocument::blockLines(block, cols), block.align);
            break;
        case ReceiptBlock::Kind::Columns:
        case ReceiptBlock::Kind::Separator:
            drawLines(block, ReceiptDocument::blockLines(block, cols), ReceiptAlign::Left);
            break;
        case ReceiptBlock::Kind::Barcode: {
            const Result<BarcodeMatrix> matrix
                = BarcodeMatrix::encode(BarcodeKind::Code128, QString::fromLatin1(block.data));
            if (matrix) {
                const int module = qBound(1, width / (matrix->width() + 20), 3);
                const int barsWidth = matrix->width() * module;
                y += kGap;
                if (painter)
                    matrix->paint(*painter, QRectF(left + (width - barsWidth) / 2, y, barsWidth, kBarcodeHeight));
                y += kBarcodeHeight;
            }
            drawLines(block, ReceiptDocument::blockLines(block, cols), ReceiptAlign::Center);
            break;
        }
        case ReceiptBlock::Kind::QrCode: {
            const Result<BarcodeMatrix> matrix = BarcodeMatrix::encode(BarcodeKind::Qr, QString::fromUtf8(block.data));
            if (matrix) {
                const int module = cols <= 32 ? 6 : 8;
                const int side = matrix->width() * module;
                y += 4 * module; // quiet zone
                if (painter)
                    matrix->paint(*painter, QRectF(left + (width - side) / 2, y, side, side));
                y += side + 4 * module;
            }
            drawLines(block, ReceiptDocument::blockLines(block, cols), ReceiptAlign::Center);
            break;
        }
        case ReceiptBlock::Kind::Logo: {
            const QImage image = logoImage(block, width);
            if (image.isNull())
                break;
            if (painter)
                painter->drawImage(QPointF(left + (width - image.width()) / 2, y), image);
            y += image.height() + kGap;
            break;
        }
        case ReceiptBlock::Kind::Feed:
            y += qMax(0, block.lines) * kCellHeight;
            break;
        }
    }
    return y + kMarginBottom;
}

} // namespace nexus
