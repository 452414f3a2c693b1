// A "printer" that appends each job to a file: a spool another program prints, or the file tests read back.
#pragma once

#include "printing/printersink.h"

namespace nexus {

class FilePrinterSink final : public PrinterSink
{
public:
    explicit FilePrinterSink(QString path) : m_path(std::move(path)) { }

    [[nodiscard]] Status send(const QByteArray &bytes) override;
    [[nodiscard]] QString name() const override { return m_path; }

private:
    QString m_path;
};

} // namespace nexus
