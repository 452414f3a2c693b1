// Test helpers that drive the real executables: nexus-server as a child process, nexus-admin runs.
#pragma once

#include <QDir>
#include <QElapsedTimer>
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
    explicit ServerProcess(QString dataDir) : m_dataDir(std::move(dataDir)) { }
    ~ServerProcess() { kill(); }

    // port 0: any free port. Returns false (with the server's stderr in log()) when no "listening" line came.
    bool start(quint16 port = 0, int timeoutMs = 20000)
    {
        m_process.setProgram(binDir() + QStringLiteral("/nexus-server"));
        m_process.setArguments({ QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port) });
        m_stdout.clear();
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

    [[nodiscard]] QString log() { return m_stdout + QString::fromUtf8(m_process.readAllStandardError()); }
    [[nodiscard]] const QString &url() const { return m_url; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString caFile() const { return m_dataDir + QStringLiteral("/tls/cert.pem"); }
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
    QProcess m_process;
    QString m_stdout;
    QString m_url;
    quint16 m_port = 0;
};

} // namespace nexus::test
