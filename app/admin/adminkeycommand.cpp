// nexus-admin admin-key create|list|revoke: a tenant's HQ admin API keys on the server's data folder; shown once.
#include "admincommands.h"
#include "keyoutput.h"
#include "localstorage.h"
#include "remoteclient.h"

#include "common/clock.h"
#include "server/adminkeys.h"
#include "server/adminroutes.h"

#include <QUrlQuery>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin admin-key create --data DIR [--database URL] --tenant SLUG [--name WHO] [--json]\n"
      "       nexus-admin admin-key list --data DIR [--database URL] --tenant SLUG [--json]\n"
      "       nexus-admin admin-key revoke --data DIR [--database URL] --tenant SLUG --id ID [--json]\n"
      "       nexus-admin admin-key create|list|revoke --tenant SLUG … --server URL [--ca PEM]\n"
      "                             [--operator-key-file F | NEXUS_OPERATOR_KEY]   (remote: the operator's key)\n"
      "  create prints the key on stdout (only the key; the server keeps only its hash), details on stderr\n";
// Through /v1/operator/admin-keys: the operator issues a tenant's first admin key without a shell on the host.
int runRemote(CommandLine &line, RemoteClient &client, const QString &action, const QString &tenant,
    const QString &name, const QString &id)
{
    if (line.isSet(QStringLiteral("data")) || line.isSet(QStringLiteral("database")))
        return line.usageError(QStringLiteral("--server works over the API: no --data or --database"));
    if (tenant.isEmpty())
        return line.usageError(QStringLiteral("--tenant is required"));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    int exitCode = 0;
    if (action == QLatin1String("list")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("tenant"), tenant);
        std::optional<QJsonObject> answer = client.call(
            QString(adminpath::kOperatorAdminKeys) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
        if (!answer)
            return exitCode;
        QList<AdminKeyRow> rows;
        for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            rows.append(AdminKeyRow { row.value(QStringLiteral("id")).toString(),
                row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("created_at")).toString(),
                row.value(QStringLiteral("revoked_at")).toString() });
        }
        printKeys(line, rows);
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        const QJsonObject body { { QStringLiteral("tenant"), tenant }, { QStringLiteral("id"), id } };
        if (!client.call(QString(adminpath::kOperatorAdminKeyRevoke), &body, &exitCode))
            return exitCode;
        printRevoked(line, id);
        return 0;
    }
    const QJsonObject body { { QStringLiteral("tenant"), tenant }, { QStringLiteral("name"), name } };
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kOperatorAdminKeys), &body, &exitCode);
    if (!answer)
        return exitCode;
    printCreatedKey(line, answer->value(QStringLiteral("key")).toString(),
        QStringLiteral("admin key for tenant %1 (%2): keep it secret, it is not shown again (give it with "
                       "--key-file FILE or NEXUS_ADMIN_KEY)")
            .arg(tenant, answer->value(QStringLiteral("tenant_name")).toString()),
        QJsonObject { { QStringLiteral("tenant"), tenant } });
    return 0;
}

} // namespace

int runAdminKey(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("admin-key ") + action, QString::fromLatin1(kUsage));
    const QCommandLineOption name = valueOption("name", "WHO");
    const QCommandLineOption id = valueOption("id", "ID");
    if (std::optional<int> bad = checkKeyAction(line, action, name, id))
        return *bad;
    LocalStorage local(line, LocalStorage::Tenant::Required);
    RemoteClient client(line, RemoteClient::Scope::Operator);
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    if (client.requested())
        return runRemote(line, client, action, line.value(QStringLiteral("tenant")).trimmed(), line.value(name),
            line.value(id).trimmed().toLower());
    if (std::optional<int> failed = local.open())
        return *failed;
    Result<Database *> master = AdminKeys::connectionOf(local.storage().master());
    if (!master)
        return line.fail(master.error());
    AdminKeys keys(**master);
    const TenantRecord &tenant = local.tenant();

    if (action == QLatin1String("list")) {
        Result<QList<AdminKeyRow>> rows = keys.list(tenant.id);
        if (!rows)
            return line.fail(rows.error());
        printKeys(line, *rows);
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        const QString keyId = line.value(id).trimmed().toLower();
        if (Status revoked = keys.revoke(tenant.id, keyId, Clock::system()); !revoked)
            return line.fail(revoked.error());
        printRevoked(line, keyId);
        return 0;
    }
    Result<QString> key = keys.create(tenant.id, line.value(name), Clock::system());
    if (!key)
        return line.fail(key.error());
    printCreatedKey(line, *key,
        QStringLiteral("admin key for tenant %1 (%2): keep it secret, it is not shown again (give it with "
                       "--key-file FILE or NEXUS_ADMIN_KEY)")
            .arg(tenant.slug, tenant.name),
        QJsonObject { { QStringLiteral("tenant"), tenant.slug } });
    return 0;
}

} // namespace nexus::admin
