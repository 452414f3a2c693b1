// Report PDF layout: pages are counted before anything is painted, so every foot can say "Página N de M". Columns
// take the width their longest cell needs (header and totals included, at most 35 % of the page while other columns
// need the room), shrunk in proportion when the page is too narrow, and long text is elided; more than seven
// columns go landscape.
#include "reports/reportpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace nexus {

namespace {

bool rightAligned(const ReportColumn &column)
{
    return column.type != ColumnType::Text && column.type != ColumnType::DateTime;
}

} // namespace

Result<int> writeReportPdf(const ReportTable &table, const ReportDocumentHeader &header, const QString &path)
{
    QPdfWriter writer(path);
    if (!QFileInfo(path).dir().exists())
        return fail(ErrorCode::Io, NX_ERR("Could not write %1: %2"), { path, QStringLiteral("no such folder") },
            QStringLiteral("file"));
    writer.setTitle(table.title);
    writer.setCreator(QStringLiteral("Nexus POS"));
    writer.setResolution(300);
    const bool landscape = table.columns.size() > 7;
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(
            ErrorCode::Io, NX_ERR("Could not write %1: %2"), { path, QStringLiteral("PDF") }, QStringLiteral("file"));
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));

    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(table.columns.size() > 10 ? 6.5 : 7.5);
    QFont bold = body;
    bold.setBold(true);
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(14);
    title.setBold(true);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);

    painter.setFont(body);
    const QFontMetricsF bodyMetrics(body, &writer);
    const QFontMetricsF boldMetrics(bold, &writer);
    const QFontMetricsF titleMetrics(title, &writer);
    const QFontMetricsF smallMetrics(small, &writer);
    const qreal rowHeight = bodyMetrics.height() * 1.45;
    const qreal padding = bodyMetrics.averageCharWidth() * 0.8;

    // Column widths from the cells (a sample of the rows is enough to size them).
    const int columns = static_cast<int>(table.columns.size());
    QList<qreal> widths(columns, 0);
    QList<qreal> needs(columns, 0); // before the cap
    // Rounded up + 1: a text exactly as wide as its cell (the column's widest) would be elided by rounding once the
    // padding is added and taken off again.
    auto room = [](const QFontMetricsF &metrics, const QString &text) {
        return text.isEmpty() ? 0.0 : std::ceil(metrics.horizontalAdvance(text)) + 1;
    };
    for (int c = 0; c < columns; ++c) {
        widths[c] = room(boldMetrics, table.columns.at(c).title);
        widths[c] = std::max(widths[c],
            room(boldMetrics, formatCell(table.columns.at(c), table.totals.value(c), table.timeZone)));
        const int sample = std::min<int>(static_cast<int>(table.rows.size()), 2000);
        for (int r = 0; r < sample; ++r)
            widths[c] = std::max(widths[c],
                room(bodyMetrics, formatCell(table.columns.at(c), table.rows.at(r).value(c), table.timeZone)));
        needs[c] = widths[c] + 2 * padding;
        widths[c] = std::min(widths[c], page.width() * 0.35) + 2 * padding;
    }
    qreal sum = 0;
    for (qreal w : widths)
        sum += w;
    // Room left on the page goes to the columns the 35 % cap cut (long descriptions), as much as they need.
    for (int c = 0; c < columns && sum < page.width(); ++c) {
        const qreal extra = std::min(needs[c] - widths[c], page.width() - sum);
        if (extra > 0) {
            widths[c] += extra;
            sum += extra;
        }
    }
    // Too wide: the widest columns give way first (long descriptions), so figures and their titles keep their room;
    // only when every column is down to the same width do they all shrink.
    for (qreal excess = sum - page.width(); excess > 0.5;) {
        qreal widest = 0;
        qreal next = 0;
        int count = 0;
        for (qreal w : widths)
            widest = std::max(widest, w);
        for (qreal w : widths) {
            if (w < widest - 0.01)
                next = std::max(next, w);
            count += w >= widest - 0.01 ? 1 : 0;
        }
        const qreal take = std::min(excess / count, widest - next);
        if (take <= 0.01 || next <= 0) { // all equal: shrink them all alike
            for (qreal &w : widths)
                w -= excess / columns;
            break;
        }
        for (qreal &w : widths)
            if (w >= widest - 0.01)
                w -= take;
        excess -= take * count;
    }

    // Vertical budget: the first page has the full header, the others a one-line one; every page has the foot.
    const qreal firstHeader = titleMetrics.height() * 1.2 + bodyMetrics.height() * 4.6;
    const qreal otherHeader = smallMetrics.height() * 1.8;
    const qreal foot = smallMetrics.height() * 2.0;
    const int firstRows = std::max(1, int((page.height() - firstHeader - foot) / rowHeight) - 1);
    const int otherRows = std::max(1, int((page.height() - otherHeader - foot) / rowHeight) - 1);
    const int totalRows = static_cast<int>(table.rows.size()) + (table.totals.isEmpty() ? 0 : 1);
    int pages = 1;
    for (int left = totalRows - firstRows; left > 0; left -= otherRows)
        ++pages;
    // The notes after the last row need their own room; a long one wraps over several lines.
    auto noteHeight = [&](const QString &note) {
        return smallMetrics.boundingRect(QRectF(0, 0, page.width(), page.height()), Qt::TextWordWrap, note).height()
            + smallMetrics.height() * 0.5;
    };
    qreal notesHeight = table.notes.isEmpty() ? 0 : smallMetrics.height();
    for (const QString &note : table.notes)
        notesHeight += noteHeight(note);
    const int rowsOnLast = pages == 1 ? totalRows : totalRows - firstRows - (pages - 2) * otherRows;
    const qreal lastUsed = (pages == 1 ? firstHeader : otherHeader) + (rowsOnLast + 1) * rowHeight;
    const bool notesPage = notesHeight > 0 && lastUsed + notesHeight > page.height() - foot;
    if (notesPage)
        ++pages;

    auto drawHeaderRow = [&](qreal y) {
        painter.setFont(bold);
        painter.fillRect(QRectF(0, y, page.width(), rowHeight), QColor(0xe8, 0xee, 0xf4));
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + padding, y, widths[c] - 2 * padding, rowHeight);
            const Qt::Alignment align
                = (rightAligned(table.columns.at(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(
                cell, align, boldMetrics.elidedText(table.columns.at(c).title, Qt::ElideRight, cell.width()));
            x += widths[c];
        }
    };
    auto drawRow = [&](const QVariantList &cells, qreal y, bool totals, bool shaded) {
        if (shaded)
            painter.fillRect(QRectF(0, y, page.width(), rowHeight), QColor(0xf7, 0xf7, 0xf7));
        if (totals)
            painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
        painter.setFont(totals ? bold : body);
        const QFontMetricsF &metrics = totals ? boldMetrics : bodyMetrics;
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + padding, y, widths[c] - 2 * padding, rowHeight);
            const QString text = formatCell(table.columns.at(c), cells.value(c), table.timeZone);
            const Qt::Alignment align
                = (rightAligned(table.columns.at(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(cell, align, metrics.elidedText(text, Qt::ElideRight, cell.width()));
            x += widths[c];
        }
    };
    auto drawFoot = [&](int number) {
        painter.setFont(small);
        const QRectF line(0, page.height() - smallMetrics.height() * 1.2, page.width(), smallMetrics.height() * 1.2);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, header.generated);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("nexus::ReportPdf", "Page %1 of %2").arg(number).arg(pages));
    };

    int row = 0;
    for (int number = 1; number <= pages; ++number) {
        if (number > 1 && !writer.newPage())
            return fail(ErrorCode::Io, NX_ERR("Could not write %1: %2"), { path, QStringLiteral("page") },
                QStringLiteral("file"));
        painter.setPen(Qt::black);
        qreal y = 0;
        if (number == 1) {
            painter.setFont(title);
            painter.drawText(QRectF(0, y, page.width(), titleMetrics.height()), Qt::AlignLeft, header.storeName);
            painter.drawText(QRectF(0, y, page.width(), titleMetrics.height()), Qt::AlignRight, table.title);
            y += titleMetrics.height() * 1.2;
            painter.setFont(body);
            for (const QString &text : { header.fiscalLine, header.address, header.range }) {
                painter.drawText(QRectF(0, y, page.width(), bodyMetrics.height()), Qt::AlignLeft, text);
                y += bodyMetrics.height() * 1.2;
            }
            y += bodyMetrics.height();
        } else {
            painter.setFont(small);
            painter.drawText(QRectF(0, y, page.width(), smallMetrics.height()), Qt::AlignLeft,
                header.storeName + QStringLiteral(" · ") + table.title);
            painter.drawText(QRectF(0, y, page.width(), smallMetrics.height()), Qt::AlignRight, header.range);
            y += otherHeader;
        }
        const int capacity = number == 1 ? firstRows : otherRows;
        if (row < totalRows) {
            drawHeaderRow(y);
            y += rowHeight;
            for (int i = 0; i < capacity && row < totalRows; ++i, ++row) {
                const bool totals = row >= table.rows.size();
                drawRow(totals ? table.totals : table.rows.at(row), y, totals, !totals && (row % 2) == 1);
                y += rowHeight;
            }
        }
        if (row >= totalRows && number == pages && !table.notes.isEmpty()) {
            painter.setFont(small);
            y += smallMetrics.height();
            for (const QString &note : table.notes) {
                const qreal height = noteHeight(note);
                painter.drawText(QRectF(0, y, page.width(), height), Qt::AlignLeft | Qt::TextWordWrap, note);
                y += height;
            }
        }
        drawFoot(number);
    }
    painter.end();
    return pages;
}

} // namespace nexus
