// nexus-admin snapshot build|show: argument parsing and printing only; the work is nexus::SnapshotBuilder's.
#include "admincommands.h"

#include "common/clock.h"
#include "server/serverstoragefactory.h"
#include "server/snapshotbuilder.h"
#include "server/snapshotstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kUsage = "usage: nexus-admin snapshot build --data DIR [--database URL] --tenant SLUG [--json]\n"
                               "       nexus-admin snapshot show --data DIR [--database URL] --tenant SLUG\n";

int usageError(QTextStream &err, const QString &message)
{
    err << "nexus-admin snapshot: " << message << "\n" << kUsage;
    return 2;
}

} // namespace

int runSnapshot(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    if (action != QLatin1String("build") && action != QLatin1String("show"))
        return usageError(err, QStringLiteral("say build or show"));
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    // PostgreSQL storage of a server started with --database (the same URL).
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("SLUG"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({ data, database, tenant, json });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return usageError(err, parser.errorText());
    for (const QCommandLineOption *required : { &data, &tenant })
        if (parser.value(*required).isEmpty())
            return usageError(err, QStringLiteral("--%1 is required").arg(required->names().first()));

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage) {
        err << "nexus-admin snapshot: " << storage.error().message() << "\n";
        return 1;
    }
    Result<std::optional<TenantRecord>> record = (*storage)->master().tenantBySlug(parser.value(tenant));
    if (!record) {
        err << "nexus-admin snapshot: " << record.error().message() << "\n";
        return 1;
    }
    if (!*record) {
        err << "nexus-admin snapshot: --tenant: there is no tenant " << parser.value(tenant) << "\n";
        return 2;
    }
    const QString tenantDir = (*storage)->tenantDir((*record)->slug);

    if (action == QLatin1String("show")) {
        Result<std::optional<wire::SnapshotManifest>> current = SnapshotStore(tenantDir).current();
        if (!current) {
            err << "nexus-admin snapshot: " << current.error().message() << "\n";
            return 1;
        }
        if (!*current) {
            err << "nexus-admin snapshot: tenant " << (*record)->slug << " has no snapshot yet\n";
            return 1;
        }
        out << QString::fromUtf8(QJsonDocument((*current)->toJson()).toJson(QJsonDocument::Compact)) << "\n";
        return 0;
    }

    // The tenant database is opened (and migrated) once, as the server would, before its catalogue is copied.
    if (Result<TenantStore *> opened = (*storage)->tenant(**record); !opened) {
        err << "nexus-admin snapshot: " << opened.error().message() << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const bool quiet = parser.isSet(json);
    SnapshotBuilder builder(tenantDir, Clock::system());
    Result<wire::SnapshotManifest> manifest = builder.build([&](const QString &stage) {
        if (!quiet) {
            err << "snapshot: " << stage << "…\n";
            err.flush();
        }
    });
    if (!manifest) {
        err << "nexus-admin snapshot build: " << manifest.error().message() << "\n";
        return 1;
    }
    if (quiet) {
        QJsonObject object = manifest->toJson();
        object.insert(QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        out << "snapshot " << manifest->generation << " of tenant " << (*record)->slug << ": " << manifest->parts
            << " parts, " << manifest->size << " bytes, sha256 " << manifest->sha256 << " ("
            << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1) << " s)\n";
    }
    return 0;
}

} // namespace nexus::admin
