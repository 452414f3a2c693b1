// PgServerStorage: schemas, their migrations (migrations/server-pg/…), tenant creation and connections.
#include "server/pgserverstorage.h"

#include "protocol/logging.h"
#include "store/migrator.h"
#include "store/schemadatabase.h"

#include <QDir>
#include <QFileInfo>

namespace nexus {

namespace {

const QString kMasterSchema = QStringLiteral("nexus_master");

// Creates `schema` if missing. Under a database-wide advisory lock: concurrent CREATE SCHEMA IF NOT EXISTS of two
// starting servers can otherwise fail on the catalogue's unique index.
Status ensureSchema(Database &db, const QString &schema)
{
    return db.execScript(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(hashtext('nexus-schemas')); "
                                        "CREATE SCHEMA IF NOT EXISTS ")
        + schema + QStringLiteral("; COMMIT"));
}

Result<std::unique_ptr<Database>> openMigrated(
    const QString &url, const QString &schema, const QString &family, const QString &connectionName = {})
{
    Result<QList<Migration>> migrations = Migrator::load(family);
    if (!migrations)
        return std::unexpected(migrations.error());
    Result<std::unique_ptr<Database>> db = Database::openPostgres(url, schema, connectionName);
    if (!db)
        return db;
    if (Status status = ensureSchema(**db, schema); !status)
        return std::unexpected(status.error());
    if (Status status = Migrator(std::move(*migrations)).migrate(**db); !status)
        return std::unexpected(status.error());
    return db;
}

} // namespace

PgServerStorage::PgServerStorage(QString url, QString dataDir, std::unique_ptr<SqliteMasterStore> master)
    : m_url(std::move(url)), m_dataDir(std::move(dataDir)), m_master(std::move(master))
{
}

PgServerStorage::~PgServerStorage() = default;

QString PgServerStorage::schemaFor(const QString &slug)
{
    QString schema = QStringLiteral("tenant_") + slug;
    schema.replace(QLatin1Char('-'), QLatin1Char('_'));
    return schema;
}

Result<std::unique_ptr<PgServerStorage>> PgServerStorage::open(const QString &url, const QString &dataDir)
{
    const QString absolute = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(absolute + QStringLiteral("/tenants")))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { absolute }, QStringLiteral("data"));
    Result<std::unique_ptr<Database>> db = openMigrated(url, kMasterSchema, QStringLiteral("server-pg/master"));
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<PgServerStorage>(
        new PgServerStorage(url, absolute, SqliteMasterStore::adopt(std::move(*db))));
}

QString PgServerStorage::tenantDir(const QString &slug) const
{
    return m_dataDir + QStringLiteral("/tenants/") + slug;
}

Result<std::unique_ptr<Database>> PgServerStorage::openTenantConnection(
    const TenantRecord &tenant, const QString &connectionName)
{
    return Database::openPostgres(m_url, schemaFor(tenant.slug), connectionName);
}

Result<TenantStore *> PgServerStorage::tenant(const TenantRecord &tenant)
{
    if (const auto it = m_tenants.find(tenant.id); it != m_tenants.end())
        return it->second.get();
    Result<std::unique_ptr<Database>> db = openTenantConnection(tenant);
    if (!db)
        return std::unexpected(db.error());
    Result<QVariant> exists = (*db)->scalar(
        QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"), { schemaFor(tenant.slug) });
    if (!exists)
        return std::unexpected(exists.error());
    if (!exists->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("The tenant schema %1 does not exist"), { schemaFor(tenant.slug) });
    Result<QList<Migration>> migrations = Migrator::load(QStringLiteral("server-pg/tenant"));
    if (!migrations)
        return std::unexpected(migrations.error());
    if (Status status = Migrator(std::move(*migrations)).migrate(**db); !status)
        return std::unexpected(status.error());
    std::unique_ptr<SqliteTenantStore> store = SqliteTenantStore::adopt(std::move(*db));
    TenantStore *raw = store.get();
    m_tenants.emplace(tenant.id, std::move(store));
    return raw;
}

Status PgServerStorage::populateTenant(const TenantRecord &tenant, const QString &schema)
{
    Result<std::unique_ptr<Database>> db = openMigrated(m_url, schema, QStringLiteral("server-pg/tenant"));
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
    // The catalogue stays a SQLite file (snapshots are copies of it) in the tenant's folder.
    const QString dir = tenantDir(tenant.slug);
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { dir });
    Result<std::unique_ptr<Database>> catalog
        = openWithSchema(dir + QStringLiteral("/catalog.db"), Durability::Normal, QStringLiteral("catalog"));
    if (!catalog)
        return std::unexpected(catalog.error());
    return {};
}

Status PgServerStorage::createTenant(const TenantRecord &tenant, const QString &importDir)
{
    if (!importDir.isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Importing tenant files is only possible with the SQLite storage; create the tenant empty"), {},
            QStringLiteral("import"));
    Result<std::optional<TenantRecord>> existing = m_master->tenantBySlug(tenant.slug);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, NX_ERR("A tenant with the slug %1 exists already"), { tenant.slug },
            QStringLiteral("slug"));
    const QString schema = schemaFor(tenant.slug);
    const QString dir = tenantDir(tenant.slug);
    if (QFileInfo::exists(dir) && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(ErrorCode::Conflict, NX_ERR("The folder %1 exists already and is not empty"), { dir },
            QStringLiteral("slug"));
    {
        // CREATE SCHEMA without IF NOT EXISTS claims the name: of two admins creating one slug at once, one fails
        // here and never drops the other's schema below.
        Result<std::unique_ptr<Database>> probe = Database::openPostgres(m_url, kMasterSchema);
        if (!probe)
            return std::unexpected(probe.error());
        Result<QVariant> exists = (*probe)->scalar(
            QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"), { schema });
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->isValid() || !(*probe)->execScript(QStringLiteral("CREATE SCHEMA ") + schema))
            return fail(
                ErrorCode::Conflict, NX_ERR("The schema %1 exists already"), { schema }, QStringLiteral("slug"));
    }
    auto dropAll = [&] {
        if (Result<std::unique_ptr<Database>> db = Database::openPostgres(m_url, kMasterSchema); db)
            (void)(*db)->execScript(QStringLiteral("DROP SCHEMA IF EXISTS ") + schema + QStringLiteral(" CASCADE"));
        QDir(dir).removeRecursively(); // it was absent or empty before (checked above)
    };
    if (Status status = populateTenant(tenant, schema); !status) {
        dropAll();
        return status;
    }
    // The master row comes last: the server only ever sees tenants whose schema is complete.
    if (Status status = m_master->insertTenant(tenant); !status) {
        dropAll();
        return status;
    }
    qCInfo(lcServerStore) << "created tenant" << tenant.slug << tenant.id << "in schema" << schema;
    return {};
}

} // namespace nexus
