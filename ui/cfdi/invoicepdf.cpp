// writeInvoicePdf: the stamped XML read back, laid out with the branch's header, written and recorded.
#include "cfdi/invoicepdf.h"

#include "cfdi/fiscalsettings.h"
#include "cfdi/invoicelayout.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/stampedcfdi.h"

#include <QDir>

namespace nexus {

Result<QString> writeInvoicePdf(
    Database &db, const Clock &clock, const QString &branchId, const QString &invoiceId, const QString &pdfDir)
{
    Result<FiscalConfig> fiscal = FiscalSettings(db, branchId).load();
    if (!fiscal)
        return std::unexpected(fiscal.error());
    InvoicingService service(db, clock, fiscal->issuer());
    Result<InvoiceRecord> record = service.invoice(invoiceId);
    if (!record)
        return std::unexpected(record.error());
    if (record->xml.isEmpty())
        return fail(ErrorCode::Conflict, NX_ERR("The invoice is not stamped yet: there is no PDF to open"), {},
            QStringLiteral("state"));
    Result<StampedCfdi> cfdi = parseStampedCfdi(record->xml);
    if (!cfdi)
        return std::unexpected(cfdi.error());
    InvoiceBranding branding { fiscal->branchName, {} };
    if (!fiscal->branchAddress.isEmpty())
        branding.lines.append(fiscal->branchAddress);
    if (!fiscal->branchPhone.isEmpty())
        branding.lines.append(QStringLiteral("Tel. ") + fiscal->branchPhone);
    Result<InvoiceLayout> layout = InvoiceLayout::create(*cfdi, branding);
    if (!layout)
        return std::unexpected(layout.error());
    QDir().mkpath(pdfDir);
    const QString path = QDir(pdfDir).filePath(layout->fileName());
    if (Status written = layout->writePdf(path); !written)
        return std::unexpected(written.error());
    if (Status recorded = service.recordPdf(invoiceId, path); !recorded)
        return std::unexpected(recorded.error());
    return path;
}

} // namespace nexus
