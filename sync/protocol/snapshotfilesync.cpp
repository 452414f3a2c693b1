// fsync/rename with POSIX calls: QFile has no fsync for folders and QFile::rename refuses to replace a file.
#include "protocol/snapshotfilesync.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nexus::wire {

namespace {
Status syncDescriptor(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return fail(
            ErrorCode::Io, NX_ERR("Cannot open %1: %2"), { path, QString::fromLocal8Bit(std::strerror(errno)) });
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return fail(ErrorCode::Io, NX_ERR("Cannot flush %1 to disk: %2"),
            { path, QString::fromLocal8Bit(std::strerror(error)) });
    return {};
}
} // namespace

Status fsyncFile(const QString &path)
{
    return syncDescriptor(path, O_RDONLY);
}

Status fsyncDirectory(const QString &dir)
{
    return syncDescriptor(dir, O_RDONLY | O_DIRECTORY);
}

Status renameDurably(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Io, NX_ERR("Cannot move %1 to %2: %3"),
            { from, to, QString::fromLocal8Bit(std::strerror(errno)) });
    return fsyncDirectory(QFileInfo(to).absolutePath());
}

} // namespace nexus::wire
