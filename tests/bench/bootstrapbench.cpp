// nexus-bench bootstrap: seconds from an empty, freshly enrolled device to a searchable catalogue over loopback
// HTTPS against the real nexus-server (snapshot download in Range slices, SHA-256, schema check, swap, first search).
// `nexus-bench bootstrap [--parts N] [--seed S] [--work DIR] [--chunk-mib M]`; --work reuses a generated dataset.
#include "benchmarks.h"

#include "catalog/catalogquery.h"
#include "catalog/catalogsearch.h"
#include "client/enrollment.h"
#include "client/snapshotbootstrap.h"
#include "demo/demogenerator.h"
#include "store/catalogstore.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

namespace {

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

// Runs a nexus-admin command to completion; its output on success, nullopt (and stderr shown) on failure.
std::optional<QString> admin(const QStringList &args, QTextStream &err)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binDir() + QStringLiteral("/nexus-admin"), args);
    if (!process.waitForStarted() || !process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        err << "nexus-bench bootstrap: nexus-admin " << args.join(QLatin1Char(' '))
            << " failed: " << QString::fromUtf8(process.readAllStandardError()) << "\n";
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// VmHWM (peak resident set) of a process, in MiB; -1 when unknown.
double peakRssMib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("^VmHWM:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int runBootstrap(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    qint64 parts = 1'546'976;
    quint64 seed = 1;
    QString work;
    qint64 chunkMib = 16;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--parts") && i + 1 < args.size())
            parts = args.at(++i).toLongLong(&ok);
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            seed = args.at(++i).toULongLong(&ok);
        else if (args.at(i) == QLatin1String("--work") && i + 1 < args.size())
            work = args.at(++i);
        else if (args.at(i) == QLatin1String("--chunk-mib") && i + 1 < args.size())
            chunkMib = args.at(++i).toLongLong(&ok);
        else
            ok = false;
        if (!ok || parts < 1 || chunkMib < 1 || chunkMib > 16) {
            err << "nexus-bench bootstrap: bad argument \"" << args.at(i)
                << "\"; use [--parts N] [--seed S] [--work DIR] [--chunk-mib 1..16]\n";
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    qputenv("NEXUS_SECRET_STORE", "file");
    QTemporaryDir temporary;
    if (work.isEmpty())
        work = temporary.path();
    QDir().mkpath(work);
    work = QDir(work).absolutePath();

    // 1. The dataset (reused from --work when it has the right size) and a server folder with the tenant.
    const QString demo = work + QStringLiteral("/demo");
    const QString demoCatalog = demo + QStringLiteral("/catalog.db");
    bool reuse = false;
    if (QFileInfo::exists(demoCatalog)) {
        auto db = Database::open(demoCatalog, Durability::Normal);
        reuse = db
            && (*db)->scalar(QStringLiteral("SELECT count(*) FROM parts")).value_or(QVariant()).toLongLong() == parts;
    }
    if (!reuse) {
        err << "generating " << parts << " parts…\n";
        err.flush();
        QDir(demo).removeRecursively();
        demo::DemoOptions demoOptions;
        demoOptions.outDir = demo;
        demoOptions.parts = parts;
        demoOptions.seed = seed;
        Result<demo::DemoSummary> generated = demo::DemoGenerator(demoOptions).run();
        if (!generated) {
            err << "nexus-bench bootstrap: " << generated.error().logMessage() << "\n";
            return 1;
        }
    }
    const QString server = work + QStringLiteral("/server");
    const QString pos = work + QStringLiteral("/pos");
    QDir(pos).removeRecursively();
    // The server side (import + snapshot build, minutes for the full catalogue) is reused from an earlier run with
    // the same dataset; its build time was recorded then.
    const QString buildRecord = server + QStringLiteral("/snapshot-build-seconds");
    double buildSeconds = -1;
    if (QFile record(buildRecord); reuse && record.open(QIODevice::ReadOnly)) {
        buildSeconds = record.readAll().trimmed().toDouble();
    } else {
        QDir(server).removeRecursively();
        if (!admin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), server,
                       QStringLiteral("--slug"), QStringLiteral("bench"), QStringLiteral("--name"),
                       QStringLiteral("Bench"), QStringLiteral("--import"), demo },
                err))
            return 1;
        err << "building the snapshot…\n";
        err.flush();
        QElapsedTimer buildTimer;
        buildTimer.start();
        if (!admin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--data"), server,
                       QStringLiteral("--tenant"), QStringLiteral("bench") },
                err))
            return 1;
        buildSeconds = seconds(buildTimer);
        QFile written(buildRecord);
        if (written.open(QIODevice::WriteOnly))
            written.write(QByteArray::number(buildSeconds));
    }

    // 2. The server on a free loopback port.
    QProcess serverProcess;
    serverProcess.setProgram(binDir() + QStringLiteral("/nexus-server"));
    serverProcess.setArguments(
        { QStringLiteral("--data"), server, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    serverProcess.setProcessChannelMode(QProcess::SeparateChannels);
    serverProcess.start();
    static const QRegularExpression listening(
        QStringLiteral("^listening (https://127\\.0\\.0\\.1:\\d+)$"), QRegularExpression::MultilineOption);
    QString url;
    QString stdoutText;
    QElapsedTimer wait;
    wait.start();
    while (url.isEmpty() && wait.elapsed() < 30000 && serverProcess.state() != QProcess::NotRunning) {
        serverProcess.waitForReadyRead(200);
        stdoutText += QString::fromUtf8(serverProcess.readAllStandardOutput());
        const QRegularExpressionMatch match = listening.match(stdoutText);
        if (match.hasMatch())
            url = match.captured(1);
    }
    auto stopServer = [&serverProcess] {
        serverProcess.terminate();
        if (!serverProcess.waitForFinished(20000))
            serverProcess.kill();
    };
    if (url.isEmpty()) {
        err << "nexus-bench bootstrap: nexus-server did not start: "
            << QString::fromUtf8(serverProcess.readAllStandardError()) << "\n";
        stopServer();
        return 1;
    }
    const QString caFile = server + QStringLiteral("/tls/cert.pem");

    // 3. An empty device, enrolled into the first branch.
    QString branch;
    {
        auto db = Database::open(server + QStringLiteral("/tenants/bench/tenant.db"), Durability::Full);
        if (db)
            branch = (*db)
                         ->scalar(QStringLiteral("SELECT code FROM branches ORDER BY code LIMIT 1"))
                         .value_or(QVariant())
                         .toString();
    }
    std::optional<QString> code
        = admin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), server, QStringLiteral("--tenant"),
                    QStringLiteral("bench"), QStringLiteral("--branch"), branch },
            err);
    if (!code) {
        stopServer();
        return 1;
    }
    QDir().mkpath(pos);
    auto store = LocalStore::open(pos + QStringLiteral("/nexus.db"));
    if (!store) {
        err << "nexus-bench bootstrap: " << store.error().logMessage() << "\n";
        stopServer();
        return 1;
    }
    Result<EnrollmentResult> enrolled
        = enrollDevice(**store, EnrollmentRequest { url, code->trimmed(), QStringLiteral("bench"), caFile });
    Result<QByteArray> secret
        = enrolled ? loadDeviceSecret(**store) : Result<QByteArray>(std::unexpected(enrolled.error()));
    if (!secret) {
        err << "nexus-bench bootstrap: " << secret.error().logMessage() << "\n";
        stopServer();
        return 1;
    }
    QString sku;
    {
        auto db = Database::open(demoCatalog, Durability::Normal);
        if (db)
            sku = (*db)
                      ->scalar(QStringLiteral("SELECT sku FROM parts WHERE active = 1 ORDER BY id DESC LIMIT 1"))
                      .value_or(QVariant())
                      .toString();
    }

    // 4. The timed part: empty device → searchable catalogue.
    err << "bootstrapping…\n";
    err.flush();
    QElapsedTimer timer;
    timer.start();
    SnapshotBootstrapOptions options;
    options.dataDir = pos;
    options.serverUrl = url;
    options.caFile = caFile;
    options.deviceId = enrolled->deviceId;
    options.deviceSecret = *secret;
    options.chunkBytes = chunkMib * 1024 * 1024;
    QElapsedTimer downloadTimer;
    downloadTimer.start();
    double downloadSeconds = 0;
    Result<SnapshotBootstrapResult> result = SnapshotBootstrap(options).run([&](qint64 done, qint64 total) {
        if (done == total)
            downloadSeconds = seconds(downloadTimer);
    });
    if (!result) {
        err << "nexus-bench bootstrap: " << result.error().logMessage() << "\n";
        stopServer();
        return 1;
    }
    auto catalog = CatalogStore::open(SnapshotBootstrap::catalogPath(pos));
    if (!catalog) {
        err << "nexus-bench bootstrap: " << catalog.error().logMessage() << "\n";
        stopServer();
        return 1;
    }
    CatalogQuery query;
    query.text = sku;
    Result<CatalogSearchResult> hits = CatalogSearch((*catalog)->db()).search(query);
    const double total = seconds(timer);
    const bool found = hits && !hits->hits.isEmpty() && hits->hits.first().sku == sku;
    const double serverPeak = peakRssMib(serverProcess.processId());
    stopServer();
    if (!found) {
        err << "nexus-bench bootstrap: the bootstrapped catalogue does not find " << sku << "\n";
        return 1;
    }
    const QJsonObject line { { QStringLiteral("bench"), QStringLiteral("bootstrap") },
        { QStringLiteral("parts"), result->parts }, { QStringLiteral("seconds"), total },
        { QStringLiteral("bytes"), result->bytes }, { QStringLiteral("download_seconds"), downloadSeconds },
        { QStringLiteral("mib_per_second"), static_cast<double>(result->bytes) / 1048576.0 / downloadSeconds },
        { QStringLiteral("chunk_mib"), chunkMib }, { QStringLiteral("snapshot_build_seconds"), buildSeconds },
        { QStringLiteral("server_peak_rss_mib"), serverPeak } };
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace nexus::bench
