// PostgresCluster: finds the server binaries, runs initdb/pg_ctl (as `postgres` under root) and stops it at the end.
#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nexus::test {

namespace {

QString findBinDir()
{
    if (const QString explicitDir = qEnvironmentVariable("NEXUS_PG_BINDIR"); !explicitDir.isEmpty())
        return explicitDir;
    // Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
        versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/") + version + QStringLiteral("/bin");
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

// A port the kernel just handed out on loopback (the support library has no QtNetwork).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

struct Run
{
    bool ok = false;
    QString output;
};

Run run(const QString &program, const QStringList &args, bool asPostgresUser, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgresUser)
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program } + args);
    else
        process.start(program, args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.output = program + QStringLiteral(": ") + process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = program + QStringLiteral(" timed out");
        return result;
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

} // namespace

Status PostgresCluster::startOnce(std::unique_ptr<PostgresCluster> &cluster)
{
    if (cluster)
        return {};
    Result<std::unique_ptr<PostgresCluster>> started = start();
    if (!started)
        return std::unexpected(started.error());
    cluster = std::move(*started);
    return {};
}

bool PostgresCluster::required()
{
    return qEnvironmentVariable("CI") == QLatin1String("true")
        || qEnvironmentVariableIntValue("NEXUS_REQUIRE_POSTGRES");
}

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start()
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    cluster->m_binDir = findBinDir();
    if (cluster->m_binDir.isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("No PostgreSQL server binaries (install the postgresql package)"));
    if (!cluster->m_dir.isValid())
        return fail(ErrorCode::Io, NX_ERR("Cannot create a temporary folder for PostgreSQL"));
    cluster->m_asPostgresUser = ::geteuid() == 0;
    const QString dir = cluster->m_dir.path();
    if (cluster->m_asPostgresUser) {
        // The folder must belong to the user the server runs as (and /tmp lets it reach it).
        if (Run chown = run(QStringLiteral("chown"), { QStringLiteral("postgres:"), dir }, false); !chown.ok)
            return fail(ErrorCode::Io, NX_ERR("Cannot hand %1 to the postgres user: %2"), { dir, chown.output });
    }
    const QString data = dir + QStringLiteral("/data");
    Run initdb = run(cluster->m_binDir + QStringLiteral("/initdb"),
        { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("nexus"), QStringLiteral("--auth=trust"),
            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
        cluster->m_asPostgresUser);
    if (!initdb.ok)
        return fail(ErrorCode::Storage, NX_ERR("initdb failed: %1"), { initdb.output });

    // A port can be taken between the probe and the start: try a few.
    for (int attempt = 0; attempt < 5 && !cluster->m_running; ++attempt) {
        cluster->m_port = freePort();
        // fsync off: the tests kill server processes, never the machine, and must not wait for the disk.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c full_page_writes=off -c max_connections=200")
                                    .arg(cluster->m_port)
                                    .arg(dir);
        Run started = run(cluster->m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), data, QStringLiteral("-l"), dir + QStringLiteral("/server.log"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                QStringLiteral("start") },
            cluster->m_asPostgresUser);
        cluster->m_running = started.ok;
    }
    if (!cluster->m_running)
        return fail(ErrorCode::Storage, NX_ERR("pg_ctl start failed: %1"), { cluster->log() });
    Run created = run(cluster->m_binDir + QStringLiteral("/createdb"),
        { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(cluster->m_port),
            QStringLiteral("-U"), QStringLiteral("nexus"), QStringLiteral("nexus") },
        cluster->m_asPostgresUser);
    if (!created.ok)
        return fail(ErrorCode::Storage, NX_ERR("createdb failed: %1"), { created.output });
    return cluster;
}

PostgresCluster::~PostgresCluster()
{
    stop();
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    (void)run(m_binDir + QStringLiteral("/pg_ctl"),
        { QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("stop") },
        m_asPostgresUser, 60000);
    m_running = false;
}

QString PostgresCluster::url() const
{
    return QStringLiteral("postgresql://nexus@127.0.0.1:%1/nexus").arg(m_port);
}

QString PostgresCluster::log() const
{
    QFile file(m_dir.path() + QStringLiteral("/server.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace nexus::test
