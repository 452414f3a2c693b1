// NetworkPrinterSink: QTcpSocket's blocking API with one overall deadline.
#include "printing/networkprintersink.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace nexus {

Status NetworkPrinterSink::send(const QByteArray &bytes)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    const QString seconds = QString::number(double(m_timeoutMs) / 1000.0);
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        if (socket.error() == QAbstractSocket::SocketTimeoutError
            || socket.state() != QAbstractSocket::UnconnectedState)
            return fail(ErrorCode::Network,
                NX_ERR("Printer %1 did not answer within %2 seconds; is it on and on "
                       "the network?"),
                { name(), seconds }, QStringLiteral("printer"));
        return fail(ErrorCode::Network, NX_ERR("Printer %1 cannot be reached (%2)."), { name(), socket.errorString() },
            QStringLiteral("printer"));
    }
    socket.write(bytes);
    while (socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            return fail(ErrorCode::Network, NX_ERR("Printer %1 did not take the ticket within %2 seconds (%3)."),
                { name(), seconds, socket.errorString() }, QStringLiteral("printer"));
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(int(qBound(qint64(1), deadline.remainingTime(), qint64(500))));
    return {};
}

} // namespace nexus
