// PrintWorker: encode, open the output, send; the sink bounds the time.
#include "printing/printworker.h"

#include "printing/escposencoder.h"
#include "printing/logoraster.h"
#include "printing/printersinks.h"
#include "printing/printinglogging.h"

namespace nexus {

QByteArray PrintWorker::encode(const ReceiptDocument &document, const PrinterConfig &config)
{
    EscPosOptions options = EscPosOptions::forPaper(config.paperMm);
    options.rasterizeLogo = [](const QByteArray &png, int maxDots) { return rasterizeLogo(png, maxDots); };
    return EscPosEncoder(options).encode(document);
}

void PrintWorker::print(
    const QString &label, const ReceiptDocument &document, const PrinterConfig &config, int timeoutMs)
{
    send(label, encode(document, config), config, timeoutMs);
}

void PrintWorker::send(const QString &label, const QByteArray &bytes, const PrinterConfig &config, int timeoutMs)
{
    Result<std::unique_ptr<PrinterSink>> sink = makePrinterSink(config, timeoutMs);
    if (!sink) {
        Q_EMIT finished(label, false, sink.error().message());
        return;
    }
    const Status sent = (*sink)->send(bytes);
    if (!sent) {
        qCWarning(lcPrinting) << "printing" << label << "failed:" << sent.error().logMessage();
        Q_EMIT finished(label, false, sent.error().message());
        return;
    }
    qCInfo(lcPrinting) << "printed" << label << "on" << (*sink)->name();
    Q_EMIT finished(label, true, QString());
}

} // namespace nexus
