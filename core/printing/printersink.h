// Where ESC/POS bytes go: a file, a device, a network printer. A send is bounded in time (never hangs the counter)
// and its errors name the printer.
#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace nexus {

class PrinterSink
{
public:
    static constexpr int kDefaultTimeoutMs = 2000;

    virtual ~PrinterSink() = default;
    // Delivers the whole job or fails; blocks at most about the sink's timeout, so call it off the UI thread.
    [[nodiscard]] virtual Status send(const QByteArray &bytes) = 0;
    // The printer as the cashier knows it ("/dev/usb/lp0", "192.168.1.50:9100"), for messages.
    [[nodiscard]] virtual QString name() const = 0;
};

} // namespace nexus
