// nexus-admin operator-key create|list|revoke: the server operator's API keys, only on the server host; shown once.
#include "admincommands.h"
#include "keyoutput.h"
#include "localstorage.h"

#include "common/clock.h"
#include "server/adminkeys.h"

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin operator-key create --data DIR [--database URL] [--name WHO] [--json]\n"
      "       nexus-admin operator-key list --data DIR [--database URL] [--json]\n"
      "       nexus-admin operator-key revoke --data DIR [--database URL] --id ID [--json]\n"
      "  the operator's key creates and lists tenants over the API (tenant create|list --server URL), issues their\n"
      "  admin keys (admin-key create --tenant SLUG --server URL) and works on any tenant with --tenant SLUG;\n"
      "  create prints the key on stdout (only the key; the server keeps only its hash)\n";
} // namespace

int runOperatorKey(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("operator-key ") + action, QString::fromLatin1(kUsage));
    const QCommandLineOption name = valueOption("name", "WHO");
    const QCommandLineOption id = valueOption("id", "ID");
    if (std::optional<int> bad = checkKeyAction(line, action, name, id))
        return *bad;
    // Local only, on purpose: whoever holds the server's data folder (or its database URL) is the operator.
    LocalStorage local(line, LocalStorage::Tenant::None);
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    if (std::optional<int> failed = local.open())
        return *failed;
    Result<Database *> master = AdminKeys::connectionOf(local.storage().master());
    if (!master)
        return line.fail(master.error());
    AdminKeys keys(**master);
    if (action == QLatin1String("list")) {
        Result<QList<AdminKeyRow>> rows = keys.listOperators();
        if (!rows)
            return line.fail(rows.error());
        printKeys(line, *rows);
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        const QString keyId = line.value(id).trimmed().toLower();
        if (Status revoked = keys.revokeOperator(keyId, Clock::system()); !revoked)
            return line.fail(revoked.error());
        printRevoked(line, keyId);
        return 0;
    }
    Result<QString> key = keys.createOperator(line.value(name), Clock::system());
    if (!key)
        return line.fail(key.error());
    printCreatedKey(line, *key,
        QStringLiteral("server operator key: keep it secret, it is not shown again (give it with "
                       "--operator-key-file FILE or NEXUS_OPERATOR_KEY)"),
        QJsonObject { { QStringLiteral("operator"), true } });
    return 0;
}

} // namespace nexus::admin
