// The SQLite folder layout, lazily opened tenant stores and tenant creation (empty or imported).
#include "server/sqliteserverstorage.h"

#include "protocol/logging.h"
#include "server/sqlitefilecopy.h"
#include "store/migrator.h"
#include "store/schemadatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nexus {

namespace {

const QString kTenantDb = QStringLiteral("tenant.db");
const QString kCatalogDb = QStringLiteral("catalog.db");

struct DatabaseKind
{
    QString fileName;
    QString family;
    QString markerTable; // a table only this kind of database has
    Durability durability;
};

const DatabaseKind kTenantKind { kTenantDb, QStringLiteral("server/tenant"), QStringLiteral("branches"),
    Durability::Full };
const DatabaseKind kCatalogKind { kCatalogDb, QStringLiteral("catalog"), QStringLiteral("parts"), Durability::Normal };

// An imported file must already carry our schema: openWithSchema alone would happily create it in any SQLite file.
Status verifyImported(const QString &path, const DatabaseKind &kind)
{
    const QString field = QStringLiteral("import");
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, kind.durability);
        if (!db)
            return std::unexpected(db.error());
        Result<int> version = Migrator::currentVersion(**db);
        if (!version)
            return std::unexpected(version.error());
        if (*version < 1)
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 carries no Nexus schema"), { path }, field);
        Result<QVariant> marker = (*db)->scalar(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), { kind.markerTable });
        if (!marker)
            return std::unexpected(marker.error());
        if (!marker->isValid())
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a %2 database (it has no %3 table)"),
                { path, kind.family, kind.markerTable }, field);
    }
    Result<std::unique_ptr<Database>> checked = openWithSchema(path, kind.durability, kind.family);
    if (!checked)
        return fail(checked.error().code(), NX_ERR("%1 was refused: %2"), { path, checked.error().message() }, field);
    return {};
}

Status createEmpty(const QString &path, const DatabaseKind &kind)
{
    Result<std::unique_ptr<Database>> db = openWithSchema(path, kind.durability, kind.family);
    if (!db)
        return std::unexpected(db.error());
    return {};
}

} // namespace

SqliteServerStorage::SqliteServerStorage(QString dataDir, std::unique_ptr<SqliteMasterStore> master)
    : m_dataDir(std::move(dataDir)), m_master(std::move(master))
{
}

SqliteServerStorage::~SqliteServerStorage() = default;

Result<std::unique_ptr<SqliteServerStorage>> SqliteServerStorage::open(const QString &dataDir)
{
    const QString absolute = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(absolute + QStringLiteral("/tenants")))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { absolute }, QStringLiteral("data"));
    Result<std::unique_ptr<SqliteMasterStore>> master
        = SqliteMasterStore::open(absolute + QStringLiteral("/master.db"));
    if (!master)
        return std::unexpected(master.error());
    return std::unique_ptr<SqliteServerStorage>(new SqliteServerStorage(absolute, std::move(*master)));
}

QString SqliteServerStorage::tenantDir(const QString &slug) const
{
    return m_dataDir + QStringLiteral("/tenants/") + slug;
}

Result<std::unique_ptr<Database>> SqliteServerStorage::openTenantConnection(
    const TenantRecord &tenant, const QString &connectionName)
{
    const QString path = tenantDir(tenant.slug) + QLatin1Char('/') + kTenantDb;
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, NX_ERR("The tenant database %1 does not exist"), { path });
    return Database::open(path, Durability::Full, connectionName);
}

Result<TenantStore *> SqliteServerStorage::tenant(const TenantRecord &tenant)
{
    if (const auto it = m_tenants.find(tenant.id); it != m_tenants.end())
        return it->second.get();
    Result<std::unique_ptr<SqliteTenantStore>> store
        = SqliteTenantStore::open(tenantDir(tenant.slug) + QLatin1Char('/') + kTenantDb);
    if (!store)
        return std::unexpected(store.error());
    TenantStore *raw = store->get();
    m_tenants.emplace(tenant.id, std::move(*store));
    return raw;
}

Status SqliteServerStorage::populateTenantDir(const TenantRecord &tenant, const QString &dir, const QString &importDir)
{
    for (const DatabaseKind *kind : { &kTenantKind, &kCatalogKind }) {
        const QString target = dir + QLatin1Char('/') + kind->fileName;
        if (importDir.isEmpty()) {
            if (Status status = createEmpty(target, *kind); !status)
                return status;
            continue;
        }
        const QString source = QDir(importDir).absoluteFilePath(kind->fileName);
        if (Status status = copySqliteDatabase(source, target, QStringLiteral("import")); !status)
            return status;
        if (Status status = verifyImported(target, *kind); !status)
            return status;
    }
    // The tenant database names its owner, so a folder copied to the wrong place is recognisable.
    Result<std::unique_ptr<Database>> db
        = openWithSchema(dir + QLatin1Char('/') + kTenantDb, Durability::Full, kTenantKind.family);
    if (!db)
        return std::unexpected(db.error());
    for (const auto &[key, value] : { std::pair { QStringLiteral("tenant_id"), tenant.id },
             std::pair { QStringLiteral("tenant_slug"), tenant.slug } }) {
        Result<QSqlQuery> written = (*db)->exec(QStringLiteral("INSERT INTO tenant_meta(key, value) VALUES (?, ?) "
                                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value });
        if (!written)
            return std::unexpected(written.error());
    }
    return {};
}

Status SqliteServerStorage::createTenant(const TenantRecord &tenant, const QString &importDir)
{
    Result<std::optional<TenantRecord>> existing = m_master->tenantBySlug(tenant.slug);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, NX_ERR("A tenant with the slug %1 exists already"), { tenant.slug },
            QStringLiteral("slug"));
    const QString finalDir = tenantDir(tenant.slug);
    if (QFileInfo::exists(finalDir) && !QDir(finalDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(ErrorCode::Conflict, NX_ERR("The folder %1 exists already and is not empty"), { finalDir },
            QStringLiteral("slug"));

    // Build the folder aside and rename it into place, so a crash never leaves a half-made tenant behind.
    const QString staging = m_dataDir + QStringLiteral("/tenants/.") + tenant.slug + QStringLiteral(".partial-")
        + QString::number(QCoreApplication::applicationPid());
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { staging });
    if (Status status = populateTenantDir(tenant, staging, importDir); !status) {
        QDir(staging).removeRecursively();
        return status;
    }
    QDir(finalDir).removeRecursively(); // only an empty leftover can be here (checked above)
    if (!QDir().rename(staging, finalDir)) {
        QDir(staging).removeRecursively();
        return fail(ErrorCode::Io, NX_ERR("Cannot move %1 to %2"), { staging, finalDir });
    }
    // The master row comes last: the server only ever sees tenants whose databases are complete.
    if (Status status = m_master->insertTenant(tenant); !status) {
        QDir(finalDir).removeRecursively();
        return status;
    }
    qCInfo(lcServerStore) << "created tenant" << tenant.slug << tenant.id
                          << (importDir.isEmpty() ? QStringLiteral("(empty)") : QStringLiteral("from ") + importDir);
    return {};
}

} // namespace nexus
