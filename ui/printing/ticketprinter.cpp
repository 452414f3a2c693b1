// TicketPrinter: builds on the caller's thread, hands the document to PrintWorker on the printer thread.
#include "printing/ticketprinter.h"

#include "printing/printersink.h"
#include "printing/printinglogging.h"
#include "printing/printworker.h"
#include "printing/saleticketbuilder.h"
#include "printing/saleticketsource.h"
#include "store/localstore.h"

namespace nexus {

TicketPrinter::TicketPrinter(LocalStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_worker(new PrintWorker), m_timeoutMs(PrinterSink::kDefaultTimeoutMs)
{
    m_thread.setObjectName(QStringLiteral("ticket-printer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::finished, this, &TicketPrinter::onFinished);
    m_thread.start();
}

TicketPrinter::~TicketPrinter()
{
    m_thread.quit();
    m_thread.wait();
}

Result<PrinterConfig> TicketPrinter::config() const
{
    return PrinterSettings(m_store.db()).load();
}

Result<ReceiptDocument> TicketPrinter::saleTicket(const QString &saleId, bool reprint) const
{
    Result<PrinterConfig> printer = config();
    if (!printer)
        return std::unexpected(printer.error());
    return SaleTicketBuilder(m_store.db()).build(saleId, SaleTicketOptions::fromConfig(*printer, reprint));
}

Status TicketPrinter::printSale(const QString &saleId, bool reprint)
{
    Result<ReceiptDocument> ticket = saleTicket(saleId, reprint);
    if (!ticket)
        return std::unexpected(ticket.error());
    Result<QVariant> folio = m_store.db().scalar(QStringLiteral("SELECT folio FROM sales WHERE id = ?"), { saleId });
    return printDocument(*ticket, folio && folio->isValid() ? folio->toString() : saleId);
}

Status TicketPrinter::printDocument(const ReceiptDocument &document, const QString &label)
{
    Result<PrinterConfig> printer = config();
    if (!printer)
        return std::unexpected(printer.error());
    if (!printer->isConfigured())
        return fail(ErrorCode::NotFound, NX_ERR("No ticket printer is configured on this device."), {},
            QStringLiteral("printer"));
    ++m_pending;
    PrintWorker *worker = m_worker;
    const int timeoutMs = m_timeoutMs;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, label, document, config = *printer, timeoutMs] { worker->print(label, document, config, timeoutMs); },
        Qt::QueuedConnection);
    qCInfo(lcPrinting) << "queued" << label << "for" << printerKindCode(printer->kind) << printer->target;
    return {};
}

Status TicketPrinter::printLabels(const QList<PartLabel> &labels, const ZplLabelOptions &options)
{
    Result<PrinterConfig> printer = PrinterSettings(m_store.db(), PrinterSettings::kLabelPrinter).load();
    if (!printer)
        return std::unexpected(printer.error());
    if (!printer->isConfigured())
        return fail(ErrorCode::NotFound, NX_ERR("No label printer is configured on this device."), {},
            QStringLiteral("label_printer"));
    Result<QByteArray> zpl = zplLabels(labels, options);
    if (!zpl)
        return std::unexpected(zpl.error());
    ++m_pending;
    PrintWorker *worker = m_worker;
    const int timeoutMs = m_timeoutMs;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, bytes = *zpl, config = *printer, timeoutMs] {
            worker->send(QStringLiteral("labels"), bytes, config, timeoutMs);
        },
        Qt::QueuedConnection);
    return {};
}

void TicketPrinter::onFinished(const QString &label, bool ok, const QString &message)
{
    --m_pending;
    if (ok)
        Q_EMIT printed(label);
    else
        Q_EMIT failed(label, message);
}

} // namespace nexus
