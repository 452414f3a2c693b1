// nexus-admin catalog import: a CSV of parts into the tenant's catalogue on the server's data folder, all or nothing.
#include "admincommands.h"
#include "localstorage.h"
#include "remoteclient.h"

#include "server/admincatalogimport.h"
#include "server/adminroutes.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin catalog import --data DIR [--database URL] --tenant SLUG --csv FILE [--skip-rejected] "
      "[--dry-run] [--json]\n"
      "  columns: sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,retail_price\n"
      "           [,barcode,tax_code,active]; money as pesos 123.45 (cost without tax, prices with tax)\n"
      "       nexus-admin catalog import --csv FILE [--skip-rejected] [--dry-run] [--no-wait] --server URL [--ca PEM]\n"
      "                              [--key-file F] [--json]\n"
      "       nexus-admin catalog status [JOB] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  any rejected row: nothing is imported (exit 2) unless --skip-rejected; then run `snapshot build`.\n"
      "  Over --server the file is uploaded in checksummed chunks and imported by the server as a job, which\n"
      "  nexus-admin follows to its report (or --no-wait: the job id at once, for `catalog status JOB`)\n";

// The report as `catalog import` prints it, from CatalogCsvImport::toJson (local) or the import job's result
// (remote): the same words either way. The exit code: 2 when rows were rejected and nothing was written.
int printCatalogImport(CommandLine &line, const QJsonObject &report, bool skipRejected)
{
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    const qint64 rejectedLines = report.value(QStringLiteral("rejected_lines")).toInteger();
    const qint64 rows = report.value(QStringLiteral("rows")).toInteger();
    const bool refused = rejectedLines > 0 && !skipRejected;
    if (line.json()) {
        line.printJson(report);
        return refused ? kExitBadInput : 0;
    }
    if (!rejected.isEmpty()) {
        QList<QStringList> table;
        for (const QJsonValue &value : rejected) {
            const QJsonObject rejection = value.toObject();
            table.append({ QString::number(rejection.value(QStringLiteral("line")).toInteger()),
                rejection.value(QStringLiteral("sku")).toString(), rejection.value(QStringLiteral("field")).toString(),
                rejection.value(QStringLiteral("reason")).toString() });
        }
        const qint64 total = report.value(QStringLiteral("rejected_count")).toInteger(rejected.size());
        line.out() << total << " rejected rows:\n";
        line.printTable(
            { QStringLiteral("LINE"), QStringLiteral("SKU"), QStringLiteral("FIELD"), QStringLiteral("REASON") },
            table);
        if (total > rejected.size())
            line.out() << "… and " << total - rejected.size() << " more (the first " << rejected.size()
                       << " are shown)\n";
    }
    if (refused) {
        line.err() << "nexus-admin " << line.command() << ": " << rejectedLines << " of " << rows
                   << " rows rejected: nothing was imported (fix them, or --skip-rejected)\n";
        line.err().flush();
        return kExitBadInput;
    }
    const bool written = report.value(QStringLiteral("written")).toBool();
    line.out() << (written ? "imported " : "would import (nothing written) ") << rows
               << " rows: " << report.value(QStringLiteral("inserted")).toInteger() << " new, "
               << report.value(QStringLiteral("updated")).toInteger() << " updated, "
               << report.value(QStringLiteral("unchanged")).toInteger() << " unchanged, " << rejectedLines
               << " rejected; " << report.value(QStringLiteral("new_brands")).toInteger() << " new brands, "
               << report.value(QStringLiteral("new_categories")).toInteger() << " new categories\n";
    if (written)
        line.out() << "run `nexus-admin snapshot build` so new counters get it\n";
    return 0;
}

// Upload in chunks (each one answered with the size so far), then the import job with the file's SHA-256: the
// server imports nothing unless the bytes it holds are the bytes read here.
int runRemoteImport(
    CommandLine &line, RemoteClient &client, const QByteArray &bytes, bool skipRejected, bool dryRun, bool noWait)
{
    int exitCode = 0;
    const QJsonObject none;
    std::optional<QJsonObject> upload = client.call(QString(adminpath::kUploads), &none, &exitCode);
    if (!upload)
        return exitCode;
    const QString id = upload->value(QStringLiteral("id")).toString();
    const qsizetype chunk = std::max<qsizetype>(1024, upload->value(QStringLiteral("chunk_bytes")).toInteger());
    int shownTenth = 0;
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunk) {
        const QJsonObject body { { QStringLiteral("id"), id }, { QStringLiteral("offset"), offset },
            { QStringLiteral("data"), QString::fromLatin1(bytes.mid(offset, chunk).toBase64()) } };
        if (!client.call(QString(adminpath::kUploadAppend), &body, &exitCode))
            return exitCode;
        const int tenth = int((offset + chunk) * 10 / bytes.size());
        if (!line.json() && bytes.size() > chunk && tenth > shownTenth && tenth < 10) {
            line.err() << "catalog import: uploaded " << tenth * 10 << "%\n";
            line.err().flush();
            shownTenth = tenth;
        }
    }
    const QJsonObject body { { QStringLiteral("upload"), id },
        { QStringLiteral("sha256"),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("skip_rejected"), skipRejected }, { QStringLiteral("dry_run"), dryRun } };
    std::optional<QJsonObject> started = client.call(QString(adminpath::kCatalogImport), &body, &exitCode);
    if (!started)
        return exitCode;
    const QString jobId = started->value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    if (noWait) {
        if (line.json())
            line.printJson(started->value(QStringLiteral("job")).toObject());
        else
            line.out() << "catalogue import started as job " << jobId << "; follow it with `nexus-admin catalog status "
                       << jobId << " --server …`\n";
        return 0;
    }
    std::optional<QJsonObject> finished = client.waitForJob(jobId, &exitCode);
    if (!finished)
        return exitCode;
    return printCatalogImport(line, finished->value(QStringLiteral("result")).toObject(), skipRejected);
}

} // namespace

int runCatalog(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("catalog ") + action, QString::fromLatin1(kUsage));
    if (action != QLatin1String("import") && action != QLatin1String("status"))
        return line.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    LocalStorage local(line, LocalStorage::Tenant::Required);
    RemoteClient client(line);
    const QCommandLineOption csv = valueOption("csv", "FILE");
    const QCommandLineOption skip = flagOption("skip-rejected");
    const QCommandLineOption dryRun = flagOption("dry-run");
    const QCommandLineOption noWait = flagOption("no-wait");
    line.addOptions({ csv, skip, dryRun, noWait });
    if (std::optional<int> done = line.parse(args.mid(1), action == QLatin1String("status") ? 1 : 0))
        return *done;
    if (client.requested() && (line.isSet(QStringLiteral("data")) || line.isSet(QStringLiteral("database"))))
        return line.usageError(QStringLiteral("--server works on the key's tenant: no --data or --database"));
    if (action == QLatin1String("status")) {
        if (!client.requested())
            return line.usageError(QStringLiteral("status follows an import in the server: give --server"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        return client.printJobStatus(line.positional().value(0));
    }
    if (std::optional<int> missing = line.require({ &csv }))
        return *missing;
    QFile file(line.value(csv));
    if (!file.open(QIODevice::ReadOnly))
        return line.usageError(QStringLiteral("--csv: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (client.requested()) {
        if (std::optional<int> failed = client.prepare())
            return *failed;
        return runRemoteImport(line, client, bytes, line.isSet(skip), line.isSet(dryRun), line.isSet(noWait));
    }
    if (line.isSet(noWait))
        return line.usageError(QStringLiteral("an import here runs to its end: no --no-wait"));
    if (std::optional<int> failed = local.open())
        return *failed;

    const QString catalogPath = local.storage().tenantDir(local.tenant().slug) + QStringLiteral("/catalog.db");
    if (!QFileInfo::exists(catalogPath))
        return line.failure(QStringLiteral("the tenant has no catalogue file %1").arg(catalogPath));
    Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal);
    if (!catalog)
        return line.fail(catalog.error());
    Result<CatalogImportReport> report = CatalogCsvImport::run(**catalog, bytes, line.isSet(skip), line.isSet(dryRun));
    if (!report)
        return line.fail(report.error(), QStringLiteral(" (nothing was imported)"));
    return printCatalogImport(line, CatalogCsvImport::toJson(*report), line.isSet(skip));
}

} // namespace nexus::admin
