// FilePrinterSink: append and flush, so successive tickets stay in order like on a real printer.
#include "printing/fileprintersink.h"

#include <QFile>

namespace nexus {

Status FilePrinterSink::send(const QByteArray &bytes)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(ErrorCode::Io, NX_ERR("Printer %1: cannot open the file for writing (%2)."),
            { m_path, file.errorString() }, QStringLiteral("printer"));
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(ErrorCode::Io, NX_ERR("Printer %1: writing the ticket failed (%2)."),
            { m_path, file.errorString() }, QStringLiteral("printer"));
    return {};
}

} // namespace nexus
