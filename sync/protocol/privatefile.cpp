// writePrivateFile: POSIX open with mode 0600, fsync, rename.
#include "protocol/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nexus {

namespace {
Status ioFailure(const QString &path)
{
    return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { path, QString::fromLocal8Bit(std::strerror(errno)) });
}
} // namespace

Status writePrivateFile(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { info.absolutePath() });
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".tmp");
    const QByteArray native = QFile::encodeName(temporary);
    ::unlink(native.constData()); // a leftover from a crash would make O_EXCL fail
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioFailure(temporary);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const Status status = ioFailure(temporary);
            ::close(fd);
            ::unlink(native.constData());
            return status;
        }
        written += n;
    }
    Status synced = ::fsync(fd) == 0 ? Status {} : ioFailure(temporary);
    if (::close(fd) != 0 && synced)
        synced = ioFailure(temporary);
    if (!synced) {
        ::unlink(native.constData());
        return synced;
    }
    if (::rename(native.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const Status status = ioFailure(path);
        ::unlink(native.constData());
        return status;
    }
    return {};
}

} // namespace nexus
