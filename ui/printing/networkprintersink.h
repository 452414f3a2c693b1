// A network ticket printer on raw TCP (JetDirect, port 9100): connect, write the job, close, each step bounded by
// the timeout. Blocking calls: run it on the print worker thread, never on the UI thread.
#pragma once

#include "printing/printersink.h"

namespace nexus {

class NetworkPrinterSink final : public PrinterSink
{
public:
    NetworkPrinterSink(QString host, quint16 port, int timeoutMs = kDefaultTimeoutMs)
        : m_host(std::move(host)), m_port(port), m_timeoutMs(timeoutMs)
    {
    }

    [[nodiscard]] Status send(const QByteArray &bytes) override;
    [[nodiscard]] QString name() const override { return m_host + QLatin1Char(':') + QString::number(m_port); }

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

} // namespace nexus
