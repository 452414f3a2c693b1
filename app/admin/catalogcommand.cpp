// nexus-admin catalog import: a CSV of parts into the tenant's catalogue on the server's data folder, all or nothing.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/admincatalogimport.h"
#include "server/serverstoragefactory.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin catalog import --data DIR [--database URL] --tenant SLUG --csv FILE [--skip-rejected] "
      "[--dry-run] [--json]\n"
      "  columns: sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,retail_price\n"
      "           [,barcode,tax_code,active]; money as pesos 123.45 (cost without tax, prices with tax)\n"
      "  any rejected row: nothing is imported (exit 2) unless --skip-rejected; then run `snapshot build`\n";
} // namespace

int runCatalog(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "nexus-admin catalog: " << message << "\n" << kUsage;
        return 2;
    };
    if (args.value(0) != QLatin1String("import"))
        return usageError(args.isEmpty() ? QStringLiteral("missing action")
                                         : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("SLUG"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption skip(QStringLiteral("skip-rejected"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({ data, database, tenant, csv, skip, dryRun, json });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return usageError(parser.errorText());
    for (const QCommandLineOption *required : { &data, &tenant, &csv })
        if (parser.value(*required).isEmpty())
            return usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    QFile file(parser.value(csv));
    if (!file.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("--csv: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage) {
        err << "nexus-admin catalog import: " << storage.error().message() << "\n";
        return 1;
    }
    Result<std::optional<TenantRecord>> found = (*storage)->master().tenantBySlug(parser.value(tenant));
    if (!found || !*found)
        return usageError(QStringLiteral("--tenant: there is no tenant \"%1\"").arg(parser.value(tenant)));
    const QString catalogPath = (*storage)->tenantDir((*found)->slug) + QStringLiteral("/catalog.db");
    if (!QFileInfo::exists(catalogPath)) {
        err << "nexus-admin catalog import: the tenant has no catalogue file " << catalogPath << "\n";
        return 1;
    }
    Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal);
    if (!catalog) {
        err << "nexus-admin catalog import: " << catalog.error().message() << "\n";
        return 1;
    }
    Result<CatalogImportReport> report
        = CatalogCsvImport::run(**catalog, bytes, parser.isSet(skip), parser.isSet(dryRun));
    if (!report) {
        err << "nexus-admin catalog import: ";
        if (!report.error().field().isEmpty())
            err << "--" << report.error().field() << ": ";
        err << report.error().message() << " (nothing was imported)\n";
        return report.error().field().isEmpty() ? 1 : 2;
    }
    const bool refused = !report->rejected.isEmpty() && !parser.isSet(skip);
    QSet<int> rejectedLines;
    for (const CsvRejection &rejection : report->rejected)
        rejectedLines.insert(rejection.line);
    if (parser.isSet(json)) {
        QJsonArray rejected;
        for (const CsvRejection &rejection : report->rejected)
            rejected.append(
                QJsonObject { { QStringLiteral("line"), rejection.line }, { QStringLiteral("sku"), rejection.sku },
                    { QStringLiteral("field"), rejection.field }, { QStringLiteral("reason"), rejection.reason } });
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("rows"), report->rows }, { QStringLiteral("inserted"), report->inserted },
                { QStringLiteral("updated"), report->updated }, { QStringLiteral("unchanged"), report->unchanged },
                { QStringLiteral("new_brands"), report->newBrands },
                { QStringLiteral("new_categories"), report->newCategories },
                { QStringLiteral("written"), report->written },
                { QStringLiteral("rejected"),
                    rejected } }).toJson(QJsonDocument::Compact))
            << "\n";
        return refused ? 2 : 0;
    }
    if (!report->rejected.isEmpty()) {
        QList<QStringList> rows;
        for (const CsvRejection &rejection : report->rejected)
            rows.append({ QString::number(rejection.line), rejection.sku, rejection.field, rejection.reason });
        RemoteClient printer(QStringLiteral("catalog import"), QString(), out, err);
        out << report->rejected.size() << " rejected rows:\n";
        printer.printTable(
            { QStringLiteral("LINE"), QStringLiteral("SKU"), QStringLiteral("FIELD"), QStringLiteral("REASON") }, rows);
    }
    if (refused) {
        err << "nexus-admin catalog import: " << rejectedLines.size() << " of " << report->rows
            << " rows rejected: nothing was imported (fix them, or --skip-rejected)\n";
        return 2;
    }
    out << (report->written ? "imported " : "would import (nothing written) ") << report->rows
        << " rows: " << report->inserted << " new, " << report->updated << " updated, " << report->unchanged
        << " unchanged, " << rejectedLines.size() << " rejected; " << report->newBrands << " new brands, "
        << report->newCategories << " new categories\n";
    if (report->written)
        out << "run `nexus-admin snapshot build` so new counters get it\n";
    return 0;
}

} // namespace nexus::admin
