// The output for a printer configuration: file, device or network, each bounded by the same timeout.
#pragma once

#include <memory>

#include "common/error.h"
#include "printing/printerconfig.h"
#include "printing/printersink.h"

namespace nexus {

// NotFound (field "printer") when no printer is configured; the configuration's own errors otherwise.
[[nodiscard]] Result<std::unique_ptr<PrinterSink>> makePrinterSink(
    const PrinterConfig &config, int timeoutMs = PrinterSink::kDefaultTimeoutMs);

} // namespace nexus
