// Orchestrates the demo dataset: validation, the two writer threads, progress polling, the final renames.
#include "demo/demogenerator.h"

#include "common/logging.h"
#include "demo/bulkstatement.h"
#include "demo/partgenerator.h"
#include "demo/stockledger.h"
#include "store/schemadatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <optional>
#include <thread>

namespace nexus::demo {

namespace {

const QString kPartialSuffix = QStringLiteral(".partial");

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

struct TenantResult
{
    TenantStats tenant;
    SalesStats sales;
    QList<DemoCredential> credentials;
};

Result<TenantResult> writeTenant(const DemoOptions &options, const QString &path, ProgressCounter &progress)
{
    Result<std::unique_ptr<Database>> database
        = openWithSchema(path, Durability::Normal, QStringLiteral("server/tenant"));
    if (!database)
        return std::unexpected(database.error());
    sqlite3 *db = (*database)->handle();
    if (Status status = enterBulkMode(db); !status)
        return std::unexpected(status.error());
    if (Status status = execSql(db, "BEGIN"); !status)
        return std::unexpected(status.error());
    // A migration names the tenant's change log with random bytes (so a replaced database is told apart);
    // a demo dataset is named by what it contains instead, or two runs with the same seed would differ.
    const std::uint64_t logId
        = Rng::stream(options.seed, streamDomain("change_log_id"), static_cast<std::uint64_t>(options.parts)).next();
    const std::string renameLog = "UPDATE tenant_meta SET value = '"
        + QStringLiteral("%1").arg(logId, 16, 16, QLatin1Char('0')).toStdString() + "' WHERE key = 'change_log_id';";
    if (Status status = execSql(db, renameLog); !status)
        return std::unexpected(status.error());
    QElapsedTimer timer;
    timer.start();
    const PartGenerator parts(options.seed, options.parts);
    TenantResult result;
    TenantWriter tenant(options, parts);
    if (Status status = tenant.write(db, result.tenant); !status)
        return std::unexpected(status.error());
    progress.store(100, std::memory_order_relaxed);
    qCInfo(lcDemo) << "tenant: branches, staff, customers and stock in" << timer.elapsed() << "ms";
    StockLedger ledger(options, tenant.branches());
    SalesWriter sales(options, parts, tenant.branches(), ledger, progress);
    if (Status status = sales.write(db, result.sales); !status)
        return std::unexpected(status.error());
    result.tenant.stockMovements = result.sales.tenant.stockMovements;
    result.tenant.cashSessions = result.sales.tenant.cashSessions;
    qCInfo(lcDemo) << "tenant: sales in" << timer.elapsed() << "ms";
    if (Status status = ledger.write(db, tenant.stock(), result.tenant); !status)
        return std::unexpected(status.error());
    qCInfo(lcDemo) << "tenant: stock ledger in" << timer.elapsed() << "ms";
    if (Status status = tenant.finish(db, result.tenant); !status)
        return std::unexpected(status.error());
    if (Status status = execSql(db, "COMMIT"); !status)
        return std::unexpected(status.error());
    if (Status status = leaveBulkMode(db); !status)
        return std::unexpected(status.error());
    qCInfo(lcDemo) << "tenant: committed in" << timer.elapsed() << "ms";
    result.credentials = tenant.credentials();
    progress.store(1000, std::memory_order_relaxed);
    return result;
}

// part_popularity (catalogue migration 0002): units sold in the last twelve months per part, as HQ ships it
// for the search ranking; here the sum of the year of sales just written, over every branch.
Status shipPopularity(const QString &catalogPath, const QString &tenantPath)
{
    Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal);
    if (!catalog)
        return std::unexpected(catalog.error());
    Database &db = **catalog;
    Result<QVariant> exists = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'part_popularity'"));
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0)
        return {};
    QString tenant = tenantPath;
    tenant.replace(QLatin1Char('\''), QStringLiteral("''"));
    return db.execScript(QStringLiteral("ATTACH DATABASE '%1' AS tenant; BEGIN; "
                                        "INSERT INTO part_popularity (part_id, units_12m) SELECT part_id, "
                                        "(sum(quantity) + 999) / 1000 FROM tenant.sale_lines GROUP BY part_id "
                                        "ORDER BY part_id; COMMIT; DETACH DATABASE tenant;")
                             .arg(tenant));
}

} // namespace

Status DemoGenerator::validate(const DemoOptions &options)
{
    if (options.parts < 1 || options.parts > PartGenerator::kMaxParts)
        return fail(ErrorCode::InvalidInput, NX_ERR("--parts must be a whole number from 1 to %1, not %2"),
            { QString::number(PartGenerator::kMaxParts), QString::number(options.parts) }, QStringLiteral("parts"));
    if (options.outDir.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("--out needs the folder to write the dataset into"), {},
            QStringLiteral("out"));
    if (const QFileInfo info(options.outDir); info.exists() && !info.isDir())
        return fail(ErrorCode::InvalidInput, NX_ERR("--out %1 is a file, not a folder"), { options.outDir },
            QStringLiteral("out"));
    return {};
}

bool DemoGenerator::hasDataset(const QString &dir)
{
    const QDir folder(dir);
    return QFileInfo::exists(folder.filePath(QLatin1String(kCatalogFile)))
        || QFileInfo::exists(folder.filePath(QLatin1String(kTenantFile)));
}

Result<DemoSummary> DemoGenerator::run(const std::function<void(int catalog, int tenant)> &progress)
{
    if (Status status = validate(m_options); !status)
        return std::unexpected(status.error());
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(m_options.outDir))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { m_options.outDir }, QStringLiteral("out"));
    const QDir dir(m_options.outDir);
    DemoSummary summary;
    summary.catalogPath = dir.absoluteFilePath(QLatin1String(kCatalogFile));
    summary.tenantPath = dir.absoluteFilePath(QLatin1String(kTenantFile));
    const QString catalogPartial = summary.catalogPath + kPartialSuffix;
    const QString tenantPartial = summary.tenantPath + kPartialSuffix;
    removeDatabaseFiles(catalogPartial);
    removeDatabaseFiles(tenantPartial);

    ProgressCounter catalogProgress { 0 };
    ProgressCounter tenantProgress { 0 };
    std::optional<Result<CatalogStats>> catalogResult;
    std::optional<Result<TenantResult>> tenantResult;
    std::atomic<int> running { 2 };
    // Each thread opens its own connection (QSqlDatabase connections belong to the thread that made them).
    std::thread catalogThread([&] {
        catalogResult = CatalogWriter(m_options, catalogProgress).write(catalogPartial);
        running.fetch_sub(1);
    });
    std::thread tenantThread([&] {
        tenantResult = writeTenant(m_options, tenantPartial, tenantProgress);
        running.fetch_sub(1);
    });
    while (running.load() > 0) {
        if (progress)
            progress(catalogProgress.load(std::memory_order_relaxed), tenantProgress.load(std::memory_order_relaxed));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    catalogThread.join();
    tenantThread.join();
    if (progress)
        progress(catalogProgress.load(), tenantProgress.load());

    auto cleanUp = [&] {
        removeDatabaseFiles(catalogPartial);
        removeDatabaseFiles(tenantPartial);
    };
    if (!*catalogResult) {
        cleanUp();
        return std::unexpected(catalogResult->error());
    }
    if (!*tenantResult) {
        cleanUp();
        return std::unexpected(tenantResult->error());
    }
    if (Status status = shipPopularity(catalogPartial, tenantPartial); !status) {
        cleanUp();
        return std::unexpected(status.error());
    }
    // Both complete: replace any previous dataset. The WAL and SHM files are gone with the closed connections.
    removeDatabaseFiles(summary.catalogPath);
    removeDatabaseFiles(summary.tenantPath);
    if (!QFile::rename(catalogPartial, summary.catalogPath) || !QFile::rename(tenantPartial, summary.tenantPath)) {
        cleanUp();
        return fail(ErrorCode::Io, NX_ERR("Cannot move the finished dataset into %1"), { m_options.outDir },
            QStringLiteral("out"));
    }
    summary.catalog = **catalogResult;
    summary.tenant = (*tenantResult)->tenant;
    summary.sales = (*tenantResult)->sales;
    summary.credentials = (*tenantResult)->credentials;
    summary.catalogBytes = QFileInfo(summary.catalogPath).size();
    summary.tenantBytes = QFileInfo(summary.tenantPath).size();
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "demo dataset written to" << m_options.outDir << "in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace nexus::demo
