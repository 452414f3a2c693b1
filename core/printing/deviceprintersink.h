// A printer behind a device file (/dev/usb/lp0, /dev/ttyUSB0, a FIFO): opened write-only and non-blocking, so a
// printer that is off, out of paper or unplugged fails within the timeout instead of freezing the sender.
#pragma once

#include "printing/printersink.h"

namespace nexus {

class DevicePrinterSink final : public PrinterSink
{
public:
    explicit DevicePrinterSink(QString path, int timeoutMs = kDefaultTimeoutMs)
        : m_path(std::move(path)), m_timeoutMs(timeoutMs)
    {
    }

    [[nodiscard]] Status send(const QByteArray &bytes) override;
    [[nodiscard]] QString name() const override { return m_path; }

private:
    QString m_path;
    int m_timeoutMs;
};

} // namespace nexus
