// LabelSheet: painting in tenths of a millimetre so fonts can be sized in whole pixels at any resolution.
#include "printing/labelsheet.h"

#include "printing/barcodematrix.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace nexus {

namespace {

constexpr qreal kUnit = 10.0; // painter units per mm inside a label
constexpr int kPdfDpi = 600;

QFont labelFont(int tenthsOfMm, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(tenthsOfMm);
    font.setBold(bold);
    return font;
}

} // namespace

void LabelSheet::paintLabel(QPainter &painter, const PartLabel &label, const QRectF &box) const
{
    static const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    const QRectF inner = box.adjusted(2 * kUnit, 1.5 * kUnit, -2 * kUnit, -1.2 * kUnit);
    painter.setPen(Qt::black);

    // Description: two lines at most, elided.
    const QFont description = labelFont(int(2.6 * kUnit), false);
    painter.setFont(description);
    const QFontMetricsF metrics(description, painter.device());
    const qreal lineHeight = 3.0 * kUnit;
    QString rest = label.description.simplified();
    for (int line = 0; line < 2 && !rest.isEmpty(); ++line) {
        QString shown = rest;
        if (line == 0 && metrics.horizontalAdvance(rest) > inner.width()) {
            qsizetype cut = rest.size();
            while (cut > 1 && metrics.horizontalAdvance(rest.left(cut)) > inner.width())
                cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1) > 0 ? rest.lastIndexOf(QLatin1Char(' '), cut - 1)
                                                                      : cut - 1;
            shown = rest.left(cut);
        } else {
            shown = metrics.elidedText(rest, Qt::ElideRight, inner.width());
        }
        painter.drawText(QRectF(inner.left(), inner.top() + line * lineHeight, inner.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, shown);
        rest = rest.mid(shown.size()).trimmed();
    }

    // SKU on the left, price bold on the right.
    const QRectF row(inner.left(), inner.top() + 2 * lineHeight, inner.width(), 3.6 * kUnit);
    painter.setFont(labelFont(int(2.6 * kUnit), false));
    painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, label.sku);
    painter.setFont(labelFont(int(3.6 * kUnit), true));
    painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, label.price.format(mexico));

    // The barcode fills the rest, its text underneath.
    const Result<BarcodeMatrix> matrix
        = BarcodeMatrix::encode(label.usesEan13() ? BarcodeKind::Ean13 : BarcodeKind::Code128, label.barcodeText());
    if (!matrix)
        return;
    const qreal textHeight = 2.6 * kUnit;
    const qreal top = row.bottom() + 0.6 * kUnit;
    const qreal barHeight = inner.bottom() - textHeight - top;
    // EAN-13 at its nominal 0.33 mm module when it fits; quiet zones of 10 modules either side stay blank.
    const qreal module = qMin(0.33 * kUnit, inner.width() / (matrix->width() + 20));
    const qreal barsWidth = module * matrix->width();
    matrix->paint(painter, QRectF(inner.center().x() - barsWidth / 2, top, barsWidth, barHeight));
    painter.setFont(labelFont(int(2.4 * kUnit), false));
    painter.drawText(QRectF(inner.left(), top + barHeight, inner.width(), textHeight), Qt::AlignHCenter | Qt::AlignTop,
        label.barcodeText());
}

void LabelSheet::paintPage(QPainter &painter, int page, qreal unitsPerMm) const
{
    painter.save();
    painter.scale(unitsPerMm / kUnit, unitsPerMm / kUnit);
    const int first = page * m_layout.perPage();
    for (int i = 0; i < m_layout.perPage() && first + i < m_labels.size(); ++i) {
        const int row = i / m_layout.columns;
        const int column = i % m_layout.columns;
        const QRectF box((m_layout.leftMm + column * m_layout.columnPitchMm) * kUnit,
            (m_layout.topMm + row * m_layout.rowPitchMm) * kUnit, m_layout.labelMm.width() * kUnit,
            m_layout.labelMm.height() * kUnit);
        paintLabel(painter, m_labels.at(first + i), box);
    }
    painter.restore();
}

QImage LabelSheet::pageImage(int page, int dpi) const
{
    const qreal perMm = dpi / 25.4;
    QImage image(qCeil(m_layout.pageMm.width() * perMm), qCeil(m_layout.pageMm.height() * perMm), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, page, perMm);
    return image;
}

Result<QByteArray> LabelSheet::pdf() const
{
    if (m_labels.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose at least one part to print labels for."), {},
            QStringLiteral("labels"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Nexus POS"));
        writer.setTitle(QStringLiteral("Labels"));
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(m_layout.pageMm, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch),
                QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter(&writer);
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page, kPdfDpi / 25.4);
        }
    }
    return bytes;
}

Status LabelSheet::writePdf(const QString &path) const
{
    Result<QByteArray> bytes = pdf();
    if (!bytes)
        return std::unexpected(bytes.error());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*bytes) != bytes->size() || !file.flush())
        return fail(ErrorCode::Io, NX_ERR("Cannot write the PDF %1 (%2)."), { path, file.errorString() },
            QStringLiteral("path"));
    return {};
}

} // namespace nexus
