// Part labels on sheets of adhesive labels for an office printer: 3 × 10 per US-letter page by default (Avery 5160
// size, 66.7 × 25.4 mm), each with description, SKU, price and a ZXing-drawn EAN-13 or Code 128.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>

#include "common/error.h"
#include "printing/partlabel.h"

class QPainter;

namespace nexus {

struct LabelSheetLayout
{
    QSizeF pageMm { 215.9, 279.4 }; // US letter
    int columns = 3;
    int rows = 10;
    QSizeF labelMm { 66.7, 25.4 };
    qreal leftMm = 4.8;
    qreal topMm = 12.7;
    qreal columnPitchMm = 69.85; // label width + gap
    qreal rowPitchMm = 25.4;

    [[nodiscard]] int perPage() const { return columns * rows; }
    [[nodiscard]] int pageCount(int labels) const { return labels <= 0 ? 0 : (labels + perPage() - 1) / perPage(); }
};

class LabelSheet final
{
public:
    explicit LabelSheet(QList<PartLabel> labels, LabelSheetLayout layout = {})
        : m_labels(std::move(labels)), m_layout(layout)
    {
    }

    [[nodiscard]] int pageCount() const { return m_layout.pageCount(int(m_labels.size())); }
    // Paints page `page` (from 0) with the painter's units in millimetres × `unitsPerMm`.
    void paintPage(QPainter &painter, int page, qreal unitsPerMm) const;
    // One page on white at `dpi` (preview, tests).
    [[nodiscard]] QImage pageImage(int page, int dpi) const;
    // All pages as one PDF; errors (field "labels") when there are none.
    [[nodiscard]] Result<QByteArray> pdf() const;
    [[nodiscard]] Status writePdf(const QString &path) const;

private:
    void paintLabel(QPainter &painter, const PartLabel &label, const QRectF &box) const;

    QList<PartLabel> m_labels;
    LabelSheetLayout m_layout;
};

} // namespace nexus
