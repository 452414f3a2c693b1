// nexus-admin tenant create|list: argument parsing and printing only; the rules live in nexus::TenantService.
#include "admincommands.h"
#include "localstorage.h"
#include "remoteclient.h"

#include "common/clock.h"
#include "server/adminroutes.h"
#include "server/tenantservice.h"

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin tenant create --data DIR [--database URL] --slug SLUG --name NAME [--import DEMODIR] "
      "[--json]\n"
      "       nexus-admin tenant list --data DIR [--database URL] [--json]\n"
      "       nexus-admin tenant create --slug SLUG --name NAME --server URL [--ca PEM] [--operator-key-file F] "
      "[--json]\n"
      "       nexus-admin tenant list --server URL [--ca PEM] [--operator-key-file F] [--json]\n"
      "  remote: the server operator's key (--operator-key-file or NEXUS_OPERATOR_KEY), never a tenant's admin key;\n"
      "  then `admin-key create --tenant SLUG --server URL` gives the tenant its first admin key\n";

QJsonObject toJson(const TenantRecord &tenant)
{
    return QJsonObject { { QStringLiteral("id"), tenant.id }, { QStringLiteral("slug"), tenant.slug },
        { QStringLiteral("name"), tenant.name }, { QStringLiteral("created_at"), tenant.createdAt },
        { QStringLiteral("active"), tenant.active } };
}

int create(const QStringList &args)
{
    CommandLine line(QStringLiteral("tenant create"), QString::fromLatin1(kUsage));
    LocalStorage local(line, LocalStorage::Tenant::None);
    const QCommandLineOption slug = valueOption("slug", "SLUG");
    const QCommandLineOption name = valueOption("name", "NAME");
    const QCommandLineOption import = valueOption("import", "DEMODIR");
    line.addOptions({ slug, name, import });
    RemoteClient client(line, RemoteClient::Scope::Operator);
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (std::optional<int> missing = line.require({ &slug, &name }))
        return *missing;
    if (line.isSet(import) && line.value(import).isEmpty())
        return line.usageError(QStringLiteral("--import needs a folder"));
    if (client.requested()) {
        if (local.anyGiven() || line.isSet(import))
            return line.usageError(QStringLiteral(
                "--server creates an empty tenant over the API: no --data, --database or --import (a folder on the "
                "server host is imported there, with --data)"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("slug"), line.value(slug) },
            { QStringLiteral("name"), line.value(name) } };
        int exitCode = 0;
        std::optional<QJsonObject> created = client.call(QString(adminpath::kOperatorTenants), &body, &exitCode);
        if (!created)
            return exitCode;
        if (line.json()) {
            line.printJson(*created);
            return 0;
        }
        line.out() << "created tenant " << created->value(QStringLiteral("slug")).toString() << " ("
                   << created->value(QStringLiteral("name")).toString() << ") id "
                   << created->value(QStringLiteral("id")).toString() << " on " << line.value(QStringLiteral("server"))
                   << "\n";
        return 0;
    }
    if (std::optional<int> failed = local.open())
        return *failed;

    TenantService service(local.storage(), Clock::system());
    Result<TenantRecord> tenant = service.create(line.value(slug), line.value(name), line.value(import));
    if (!tenant)
        return line.fail(tenant.error());
    QJsonArray branches;
    if (Result<TenantStore *> store = local.storage().tenant(*tenant); store)
        if (Result<QList<wire::BranchRow>> rows = (*store)->branches(); rows)
            for (const wire::BranchRow &branch : *rows)
                branches.append(
                    QJsonObject { { QStringLiteral("code"), branch.code }, { QStringLiteral("name"), branch.name } });
    if (line.json()) {
        QJsonObject object = toJson(*tenant);
        object.insert(QStringLiteral("dir"), local.storage().tenantDir(tenant->slug));
        object.insert(QStringLiteral("branches"), branches);
        line.printJson(object);
        return 0;
    }
    line.out() << "created tenant " << tenant->slug << " (" << tenant->name << ") id " << tenant->id << " in "
               << local.storage().tenantDir(tenant->slug) << "\n";
    line.out() << "branches: " << branches.size() << "\n";
    for (const QJsonValue &branch : branches)
        line.out() << "  " << branch.toObject().value(QStringLiteral("code")).toString() << "\t"
                   << branch.toObject().value(QStringLiteral("name")).toString() << "\n";
    return 0;
}

int list(const QStringList &args)
{
    CommandLine line(QStringLiteral("tenant list"), QString::fromLatin1(kUsage));
    LocalStorage local(line, LocalStorage::Tenant::None);
    RemoteClient client(line, RemoteClient::Scope::Operator);
    if (std::optional<int> done = line.parse(args))
        return *done;
    QList<TenantRecord> tenants;
    if (client.requested()) {
        if (local.anyGiven())
            return line.usageError(QStringLiteral("--server lists over the API: no --data or --database"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        int exitCode = 0;
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kOperatorTenants), nullptr, &exitCode);
        if (!answer)
            return exitCode;
        for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            tenants.append(TenantRecord { row.value(QStringLiteral("id")).toString(),
                row.value(QStringLiteral("slug")).toString(), row.value(QStringLiteral("name")).toString(),
                row.value(QStringLiteral("created_at")).toString(), row.value(QStringLiteral("active")).toBool() });
        }
    } else {
        if (std::optional<int> failed = local.open())
            return *failed;
        Result<QList<TenantRecord>> stored = TenantService(local.storage(), Clock::system()).list();
        if (!stored)
            return line.fail(stored.error());
        tenants = *stored;
    }
    // An array, not {"rows": …}: the shape scripts (installer/run-demo-stack.sh) have read since the first release.
    if (line.json()) {
        QJsonArray rows;
        for (const TenantRecord &tenant : tenants)
            rows.append(toJson(tenant));
        line.printJson(rows);
        return 0;
    }
    QList<QStringList> rows;
    for (const TenantRecord &tenant : tenants)
        rows.append({ tenant.slug, tenant.name, tenant.createdAt,
            tenant.active ? QStringLiteral("yes") : QStringLiteral("no") });
    line.printTable(
        { QStringLiteral("SLUG"), QStringLiteral("NAME"), QStringLiteral("CREATED"), QStringLiteral("ACTIVE") }, rows);
    return 0;
}

} // namespace

int runTenant(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("create"))
        return create(args.mid(1));
    if (action == QLatin1String("list"))
        return list(args.mid(1));
    CommandLine line(QStringLiteral("tenant"), QString::fromLatin1(kUsage));
    return line.usageError(
        action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
}

} // namespace nexus::admin
