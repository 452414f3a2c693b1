// The print thread's worker: encodes a receipt for the configured paper and sends it through the configured output.
// Lives on TicketPrinter's thread so a slow or dead printer never stalls the counter.
#pragma once

#include <QObject>

#include "printing/printerconfig.h"
#include "printing/receiptdocument.h"

namespace nexus {

class PrintWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintWorker)

public:
    PrintWorker() = default;
    ~PrintWorker() override = default;

    // Run on the worker's thread; report through finished(). print() encodes a receipt for the paper; send() takes
    // bytes already in the printer's language (ZPL labels).
    void print(const QString &label, const ReceiptDocument &document, const PrinterConfig &config, int timeoutMs);
    void send(const QString &label, const QByteArray &bytes, const PrinterConfig &config, int timeoutMs);

    // The ESC/POS job for `config`'s paper, the PNG logo rastered here (QImage works off the GUI thread).
    [[nodiscard]] static QByteArray encode(const ReceiptDocument &document, const PrinterConfig &config);

Q_SIGNALS:
    void finished(const QString &label, bool ok, const QString &message);
};

} // namespace nexus
