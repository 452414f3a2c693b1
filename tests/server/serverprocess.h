// Test helpers that drive the real executables: nexus-server as a child process, nexus-admin runs.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>

namespace nexus::test {

inline QString binDir()
{
    const QString dir = qEnvironmentVariable("NEXUS_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin") : dir;
}

struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `nexus-admin args…` to completion.
inline AdminRun runAdmin(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(binDir() + QStringLiteral("/nexus-admin"), args);
    AdminRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// nexus-server on 127.0.0.1, started and stopped by the test; the port is read from its "listening" line.
class ServerProcess final
{
public:
    Q_DISABLE_COPY_MOVE(ServerProcess)
    // databaseUrl: empty for the embedded SQLite files, else --database (PostgreSQL).
    explicit ServerProcess(QString dataDir, QString databaseUrl = {})
        : m_dataDir(std::move(dataDir)), m_databaseUrl(std::move(databaseUrl))
    {
    }
    ~ServerProcess() { kill(); }

    // port 0: any free port. Returns false (with the server's stderr in log()) when no "listening" line came.
    bool start(quint16 port = 0, int timeoutMs = 20000)
    {
        m_process.setProgram(binDir() + QStringLiteral("/nexus-server"));
        m_process.setArguments({ QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port) });
        if (!m_databaseUrl.isEmpty())
            m_process.setArguments(m_process.arguments() + QStringList { QStringLiteral("--database"), m_databaseUrl });
        m_stdout.clear();
        // stderr (one log line per request) goes to a file: an unread pipe fills up after ~64 KiB and then blocks
        // the server inside a request, with its database transaction open.
        static int instances = 0;
        if (m_errFile.isEmpty())
            m_errFile = m_dataDir + QStringLiteral("/nexus-server-%1.log").arg(++instances);
        QDir().mkpath(m_dataDir);
        m_process.setStandardErrorFile(m_errFile, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(
            QStringLiteral("^listening (https://127\\.0\\.0\\.1:(\\d+))$"), QRegularExpression::MultilineOption);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_stdout += QString::fromUtf8(m_process.readAllStandardOutput());
            const QRegularExpressionMatch match = line.match(m_stdout);
            if (match.hasMatch()) {
                m_url = match.captured(1);
                m_port = static_cast<quint16>(match.captured(2).toUInt());
                return true;
            }
        }
        return false;
    }

    // SIGTERM, as systemd does; returns the exit code (-1 when it had to be killed).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            qWarning("nexus-server did not stop within 20 s of SIGTERM");
            kill();
            return -1;
        }
        if (m_process.exitStatus() != QProcess::NormalExit) {
            qWarning().noquote() << "nexus-server crashed on SIGTERM:" << log();
            return -1;
        }
        return m_process.exitCode();
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    [[nodiscard]] QString log()
    {
        QFile err(m_errFile);
        return m_stdout + (err.open(QIODevice::ReadOnly) ? QString::fromUtf8(err.readAll()) : QString());
    }
    [[nodiscard]] const QString &url() const { return m_url; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString caFile() const { return m_dataDir + QStringLiteral("/tls/cert.pem"); }
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
    QString m_databaseUrl;
    QString m_errFile;
    QProcess m_process;
    QString m_stdout;
    QString m_url;
    quint16 m_port = 0;
};

} // namespace nexus::test
