// nexus-admin snapshot build|show|status: argument parsing and printing only; the work is nexus::SnapshotBuilder's,
// here (--data) or in the server as a job (--server).
#include "admincommands.h"
#include "localstorage.h"
#include "remoteclient.h"

#include "common/clock.h"
#include "server/adminroutes.h"
#include "server/snapshotbuilder.h"
#include "server/snapshotstore.h"

#include <QElapsedTimer>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin snapshot build --data DIR [--database URL] --tenant SLUG [--json]\n"
      "       nexus-admin snapshot show --data DIR [--database URL] --tenant SLUG\n"
      "       nexus-admin snapshot build [--no-wait] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin snapshot show --server URL [--ca PEM] [--key-file F]\n"
      "       nexus-admin snapshot status [JOB] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  show prints the manifest devices get, as JSON. Over --server the build runs in the server as a job (the\n"
      "  counters keep syncing meanwhile): nexus-admin follows it stage by stage, or with --no-wait prints the job\n"
      "  id at once for `snapshot status JOB`; status without JOB lists the tenant's recent jobs\n";

// The same words for a build here and a build in the server: the manifest and how long it took.
int printBuilt(CommandLine &line, const QJsonObject &manifest, const QString &tenant)
{
    if (line.json()) {
        line.printJson(manifest);
        return 0;
    }
    line.out() << "snapshot " << manifest.value(QStringLiteral("generation")).toInteger()
               << (tenant.isEmpty() ? QString() : QStringLiteral(" of tenant ") + tenant) << ": "
               << manifest.value(QStringLiteral("parts")).toInteger() << " parts, "
               << manifest.value(QStringLiteral("size")).toInteger() << " bytes, sha256 "
               << manifest.value(QStringLiteral("sha256")).toString() << " ("
               << QString::number(manifest.value(QStringLiteral("seconds")).toDouble(), 'f', 1) << " s)\n";
    return 0;
}

int runRemote(CommandLine &line, RemoteClient &client, const QString &action, bool noWait)
{
    if (line.isSet(QStringLiteral("data")) || line.isSet(QStringLiteral("database")))
        return line.usageError(QStringLiteral("--server works on the key's tenant: no --data or --database"));
    if (action != QLatin1String("status") && !line.positional().isEmpty())
        return line.usageError(QStringLiteral("unexpected \"%1\"").arg(line.positional().join(u' ')));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    int exitCode = 0;
    if (action == QLatin1String("status"))
        return client.printJobStatus(line.positional().value(0));
    if (action == QLatin1String("show")) {
        std::optional<QJsonObject> manifest = client.call(QString(adminpath::kSnapshotCurrent), nullptr, &exitCode);
        if (!manifest)
            return exitCode;
        line.printJson(*manifest);
        return 0;
    }
    const QJsonObject body;
    std::optional<QJsonObject> started = client.call(QString(adminpath::kSnapshotBuild), &body, &exitCode);
    if (!started)
        return exitCode;
    const QJsonObject job = started->value(QStringLiteral("job")).toObject();
    const QString id = job.value(QStringLiteral("id")).toString();
    if (noWait) {
        if (line.json())
            line.printJson(job);
        else
            line.out() << "snapshot build started as job " << id << "; follow it with `nexus-admin snapshot status "
                       << id << " --server …`\n";
        return 0;
    }
    if (!line.json()) {
        line.err() << "snapshot build running in the server as job " << id << "\n";
        line.err().flush();
    }
    std::optional<QJsonObject> finished = client.waitForJob(id, &exitCode);
    if (!finished)
        return exitCode;
    return printBuilt(line, finished->value(QStringLiteral("result")).toObject(), client.tenant());
}

} // namespace

int runSnapshot(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("snapshot ") + action, QString::fromLatin1(kUsage));
    if (action != QLatin1String("build") && action != QLatin1String("show") && action != QLatin1String("status"))
        return line.usageError(QStringLiteral("say build, show or status"));
    LocalStorage local(line, LocalStorage::Tenant::Required);
    RemoteClient client(line);
    const QCommandLineOption noWait = flagOption("no-wait");
    line.addOptions({ noWait });
    if (std::optional<int> done = line.parse(args.mid(1), 1))
        return *done;
    if (client.requested())
        return runRemote(line, client, action, line.isSet(noWait));
    if (action == QLatin1String("status"))
        return line.usageError(QStringLiteral("status follows a build in the server: give --server"));
    if (line.isSet(noWait) || !line.positional().isEmpty())
        return line.usageError(QStringLiteral("a build here runs to its end: no --no-wait, no JOB"));
    if (std::optional<int> failed = local.open())
        return *failed;
    const QString tenantDir = local.storage().tenantDir(local.tenant().slug);

    if (action == QLatin1String("show")) {
        Result<std::optional<wire::SnapshotManifest>> current = SnapshotStore(tenantDir).current();
        if (!current)
            return line.fail(current.error());
        if (!*current)
            return line.failure(QStringLiteral("tenant %1 has no snapshot yet").arg(local.tenant().slug));
        // The manifest is JSON by nature (what devices download): printed as such with or without --json.
        line.printJson((*current)->toJson());
        return 0;
    }

    // The tenant database is opened (and migrated) once, as the server would, before its catalogue is copied.
    if (Result<TenantStore *> opened = local.storage().tenant(local.tenant()); !opened)
        return line.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    SnapshotBuilder builder(tenantDir, Clock::system());
    Result<wire::SnapshotManifest> manifest = builder.build([&line](const QString &stage) {
        if (!line.json()) {
            line.err() << "snapshot: " << stage << "…\n";
            line.err().flush();
        }
    });
    if (!manifest)
        return line.fail(manifest.error());
    QJsonObject built = manifest->toJson();
    built.insert(QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0);
    return printBuilt(line, built, local.tenant().slug);
}

} // namespace nexus::admin
