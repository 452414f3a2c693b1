// makePrinterSink: PrinterKind → sink.
#include "printing/printersinks.h"

#include "printing/deviceprintersink.h"
#include "printing/fileprintersink.h"
#include "printing/networkprintersink.h"

namespace nexus {

Result<std::unique_ptr<PrinterSink>> makePrinterSink(const PrinterConfig &config, int timeoutMs)
{
    if (!config.isConfigured())
        return fail(ErrorCode::NotFound, NX_ERR("No ticket printer is configured on this device."), {},
            QStringLiteral("printer"));
    Status valid = config.validate();
    if (!valid)
        return std::unexpected(valid.error());
    switch (config.kind) {
    case PrinterKind::File:
        return std::make_unique<FilePrinterSink>(config.target.trimmed());
    case PrinterKind::Device:
        return std::make_unique<DevicePrinterSink>(config.target.trimmed(), timeoutMs);
    case PrinterKind::Network: {
        const auto address = config.networkAddress();
        return std::make_unique<NetworkPrinterSink>(address->first, address->second, timeoutMs);
    }
    }
    return fail(ErrorCode::Internal, NX_ERR("Unknown printer kind."), {}, QStringLiteral("kind"));
}

} // namespace nexus
