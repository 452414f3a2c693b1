// receiptPdf: QPdfWriter at the printer's 203 dpi, so ReceiptPainter's dots are the PDF's device units.
#include "printing/receiptpdf.h"

#include "printing/receiptpainter.h"

#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace nexus {

QByteArray receiptPdf(const ReceiptDocument &document, int paperMm)
{
    const ReceiptPainter receipt(document, paperMm);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Nexus POS"));
        writer.setTitle(QStringLiteral("Ticket"));
        writer.setResolution(ReceiptPainter::kDotsPerMm * 254 / 10); // 203 dpi
        writer.setPageLayout(
            QPageLayout(QPageSize(receipt.sizeMm(), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter(&writer);
        receipt.paint(painter);
    }
    return bytes;
}

Status writeReceiptPdf(const ReceiptDocument &document, int paperMm, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io, NX_ERR("Cannot write the PDF %1 (%2)."), { path, file.errorString() },
            QStringLiteral("path"));
    const QByteArray pdf = receiptPdf(document, paperMm);
    if (file.write(pdf) != pdf.size() || !file.flush())
        return fail(ErrorCode::Io, NX_ERR("Cannot write the PDF %1 (%2)."), { path, file.errorString() },
            QStringLiteral("path"));
    return {};
}

} // namespace nexus
