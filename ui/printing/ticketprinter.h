// What the counter calls to print: the sale's ticket right after checkout, a reprint, or any receipt (X/Z report,
// return slip). Building reads nexus.db on the caller's thread (a few indexed reads); encoding and sending run on
// the printer's own thread, so a printer that is off or out of paper never blocks the sale.
#pragma once

#include <QObject>
#include <QThread>

#include "common/error.h"
#include "printing/partlabel.h"
#include "printing/printerconfig.h"
#include "printing/receiptdocument.h"
#include "printing/zpllabel.h"

namespace nexus {

class LocalStore;
class PrintWorker;

class TicketPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketPrinter)

public:
    // `store` is the caller thread's nexus.db; the printer configuration is read from it at every print, so a
    // change in setup applies to the next ticket.
    explicit TicketPrinter(LocalStore &store, QObject *parent = nullptr);
    // Lets the job in flight finish (each is bounded by the timeout); jobs still queued are dropped.
    ~TicketPrinter() override;

    // Queues the sale's ticket and returns at once. Errors found before sending come back here (unknown sale, no
    // printer configured: NotFound, field "printer"); errors while sending arrive as failed(). The drawer opens
    // when cash was tendered, never on a reprint.
    [[nodiscard]] Status printSale(const QString &saleId, bool reprint = false);
    // Any receipt, queued the same way; `label` names it in printed()/failed().
    [[nodiscard]] Status printDocument(const ReceiptDocument &document, const QString &label);

    // Part labels as ZPL to the label printer (settings label_printer.*), queued like tickets; printed()/failed()
    // name the job "labels". NotFound (field "label_printer") when the device has none; zplLabels' errors.
    [[nodiscard]] Status printLabels(const QList<PartLabel> &labels, const ZplLabelOptions &options = {});

    // The ticket as it would print with this device's configuration (preview, PDF).
    [[nodiscard]] Result<ReceiptDocument> saleTicket(const QString &saleId, bool reprint) const;
    [[nodiscard]] Result<PrinterConfig> config() const;

    [[nodiscard]] int pendingJobs() const { return m_pending; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

Q_SIGNALS:
    void printed(const QString &label);
    void failed(const QString &label, const QString &message);

private:
    void onFinished(const QString &label, bool ok, const QString &message);

    LocalStore &m_store;
    QThread m_thread;
    PrintWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    int m_pending = 0;
    int m_timeoutMs;
};

} // namespace nexus
