// nexus-bench sync-ingest: sales per second accepted by the server's push ingest (real IngestRoutes and
// tenant SQLite with synchronous=FULL), batches of 200 from several devices, in one process.
#include "benchmarks.h"

#include "../sync/syncharness.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

int runSyncIngest(const QStringList &args)
{
    int total = 20000;
    int batch = 200;
    int devices = 4;
    QString workDir;
    QString databaseUrl; // empty: SQLite; postgresql://…: the PostgreSQL storage (tenant schema "acme")
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sales"))
            total = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--batch"))
            batch = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            workDir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--devices"))
            devices = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--database"))
            databaseUrl = args.at(i + 1);
        else {
            QTextStream(stderr)
                << "usage: nexus-bench sync-ingest [--sales N] [--batch B] [--devices D] [--database URL]\n";
            return 2;
        }
    }
    if (total <= 0 || batch <= 0 || batch > wire::PushRequest::kMaxBatch || devices <= 0) {
        QTextStream(stderr) << "sync-ingest: bad arguments\n";
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false\nqt.*=false"));
    // On disk (not tmpfs): the figure includes the fsync of each batch commit. --dir picks the disk.
    QTemporaryDir dir(workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/nexus-sync-ingest-XXXXXX")
                                        : workDir + QStringLiteral("/nexus-sync-ingest-XXXXXX"));
    test::InProcessServer server(dir.filePath(QStringLiteral("server")), databaseUrl);
    const QString clientTemplate = test::makeClientTemplate(dir.path());
    std::mt19937 random(42);

    // Prepare every device's outbox first (client side, not timed), then time only the server.
    struct Device
    {
        test::EnrolledDevice identity;
        QString token;
        QList<wire::PushRequest> batches;
    };
    QList<Device> all;
    const int perDevice = (total + devices - 1) / devices;
    for (int d = 0; d < devices; ++d) {
        Device device { server.enroll(), {}, {} };
        const QString path = dir.filePath(QStringLiteral("bench-client-%1.db").arg(d));
        QFile::copy(clientTemplate, path);
        {
            Result<std::unique_ptr<LocalStore>> store
                = LocalStore::open(path, QStringLiteral("bench-client-%1").arg(d));
            if (!store)
                return 1;
            for (int i = 0; i < perDevice; ++i)
                (void)test::commitSale(**store, device.identity.deviceId, random, i + 1);
            Result<QList<OutboxEntry>> entries = Outbox((*store)->db()).pending(perDevice);
            if (!entries)
                return 1;
            for (qsizetype start = 0; start < entries->size(); start += batch) {
                wire::PushRequest request { device.identity.deviceId, 1, {} };
                for (qsizetype i = start; i < std::min<qsizetype>(start + batch, entries->size()); ++i) {
                    const OutboxEntry &entry = entries->at(i);
                    request.mutations.append(
                        { entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
                }
                device.batches.append(request);
            }
        }
        const HttpResponse token = server.handle({ TransportRequest::Method::Post, QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { device.identity.deviceId, device.identity.secret }.toJson()).toJson(),
            {} });
        device.token = QJsonDocument::fromJson(token.body).object().value(QStringLiteral("token")).toString();
        all.append(device);
    }
    QList<QByteArray> bodies;
    QList<QString> tokens;
    for (qsizetype b = 0;; ++b) {
        bool any = false;
        for (const Device &device : all)
            if (b < device.batches.size()) {
                bodies.append(QJsonDocument(device.batches.at(b).toJson()).toJson(QJsonDocument::Compact));
                tokens.append(device.token);
                any = true;
            }
        if (!any)
            break;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 applied = 0;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        // The body is parsed by the server as it would be from the socket.
        const HttpResponse reply
            = server.handle({ TransportRequest::Method::Post, QString(wire::kPushPath), bodies.at(i), tokens.at(i) });
        if (reply.status != 200) {
            QTextStream(stderr) << "sync-ingest: push answered " << reply.status << " " << reply.body << "\n";
            return 1;
        }
        const QJsonArray results
            = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &result : results)
            applied += result.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied") ? 1 : 0;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "{\"benchmark\":\"sync-ingest\",\"sales\":" << applied << ",\"batch\":" << batch
                        << ",\"devices\":" << devices << ",\"seconds\":" << seconds
                        << ",\"sales_per_second\":" << static_cast<qint64>(static_cast<double>(applied) / seconds)
                        << ",\"storage\":\""
                        << (databaseUrl.isEmpty() ? QStringLiteral("sqlite synchronous=FULL")
                                                  : QStringLiteral("postgresql"))
                        << ", in-process ingest (no TLS)\"}\n";
    return applied == static_cast<qint64>(perDevice) * devices ? 0 : 1;
}

} // namespace nexus::bench
