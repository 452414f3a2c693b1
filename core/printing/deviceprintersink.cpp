// DevicePrinterSink: POSIX open(O_NONBLOCK) and poll() so every wait has a deadline.
#include "printing/deviceprintersink.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace nexus {

namespace {

QString systemMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Status DevicePrinterSink::send(const QByteArray &bytes)
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENXIO || error == ENODEV)
            return fail(ErrorCode::Io, NX_ERR("Printer %1 is not connected or switched off (%2)."),
                { m_path, systemMessage(error) }, QStringLiteral("printer"));
        if (error == EACCES || error == EPERM)
            return fail(ErrorCode::Io,
                NX_ERR("Printer %1: permission denied; the user needs to be in the lp (USB) "
                       "or dialout (serial) group."),
                { m_path }, QStringLiteral("printer"));
        return fail(ErrorCode::Io, NX_ERR("Printer %1 cannot be opened (%2)."), { m_path, systemMessage(error) },
            QStringLiteral("printer"));
    }
    const QDeadlineTimer deadline(m_timeoutMs);
    qsizetype written = 0;
    Status status;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        const int error = n < 0 ? errno : EAGAIN;
        if (error == EINTR)
            continue;
        if (error != EAGAIN && error != EWOULDBLOCK) {
            status = fail(ErrorCode::Io, NX_ERR("Printer %1 stopped taking the ticket (%2)."),
                { m_path, systemMessage(error) }, QStringLiteral("printer"));
            break;
        }
        // The printer's buffer is full: wait for room, but never past the deadline (out of paper, cover open).
        pollfd ready { fd, POLLOUT, 0 };
        const int left = int(qMax<qint64>(0, deadline.remainingTime()));
        const int polled = left > 0 ? ::poll(&ready, 1, left) : 0;
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled <= 0 || (ready.revents & (POLLERR | POLLHUP)) != 0) {
            status = fail(ErrorCode::Io,
                NX_ERR("Printer %1 did not take the ticket within %2 seconds; check paper, "
                       "cover and cable."),
                { m_path, QString::number(double(m_timeoutMs) / 1000.0) }, QStringLiteral("printer"));
            break;
        }
    }
    ::close(fd);
    return status;
}

} // namespace nexus
