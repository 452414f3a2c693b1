// nexus-admin admin-key create: issues a tenant's HQ admin API key on the server's data folder; printed once.
#include "admincommands.h"

#include "common/clock.h"
#include "server/adminkeys.h"
#include "server/serverstoragefactory.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin admin-key create --data DIR [--database URL] --tenant SLUG [--name WHO]\n"
      "       nexus-admin admin-key list --data DIR [--database URL] --tenant SLUG\n"
      "       nexus-admin admin-key revoke --data DIR [--database URL] --tenant SLUG --id ID\n"
      "  prints the key on stdout (only the key; the server keeps only its hash), details on stderr\n";
} // namespace

int runAdminKey(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "nexus-admin admin-key: " << message << "\n" << kUsage;
        return 2;
    };
    const QString action = args.value(0);
    if (action != QLatin1String("create") && action != QLatin1String("list") && action != QLatin1String("revoke"))
        return usageError(args.isEmpty() ? QStringLiteral("missing action")
                                         : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("SLUG"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("WHO"));
    const QCommandLineOption id(QStringLiteral("id"), QString(), QStringLiteral("ID"));
    parser.addOptions({ data, database, tenant, name, id });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return usageError(parser.errorText());
    for (const QCommandLineOption *required : { &data, &tenant })
        if (parser.value(*required).isEmpty())
            return usageError(QStringLiteral("--%1 is required").arg(required->names().first()));

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage) {
        err << "nexus-admin admin-key: " << storage.error().message() << "\n";
        return 1;
    }
    Result<std::optional<TenantRecord>> found = (*storage)->master().tenantBySlug(parser.value(tenant));
    if (!found) {
        err << "nexus-admin admin-key: " << found.error().message() << "\n";
        return 1;
    }
    if (!*found)
        return usageError(QStringLiteral("--tenant: there is no tenant \"%1\"").arg(parser.value(tenant)));
    Result<Database *> master = AdminKeys::connectionOf((*storage)->master());
    if (!master) {
        err << "nexus-admin admin-key: " << master.error().message() << "\n";
        return 1;
    }
    AdminKeys keys(**master);
    if (action == QLatin1String("list")) {
        Result<QList<AdminKeyRow>> rows = keys.list((*found)->id);
        if (!rows) {
            err << "nexus-admin admin-key: " << rows.error().message() << "\n";
            return 1;
        }
        out << "ID            CREATED                   STATE     NAME\n";
        for (const AdminKeyRow &row : *rows)
            out << row.id.leftJustified(14) << row.createdAt.leftJustified(26)
                << (row.revokedAt.isEmpty() ? QStringLiteral("in use") : QStringLiteral("revoked")).leftJustified(10)
                << row.name << "\n";
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        if (Status revoked = keys.revoke((*found)->id, parser.value(id).trimmed().toLower(), Clock::system());
            !revoked) {
            err << "nexus-admin admin-key: ";
            if (!revoked.error().field().isEmpty())
                err << "--" << revoked.error().field() << ": ";
            err << revoked.error().message() << "\n";
            return revoked.error().field().isEmpty() ? 1 : 2;
        }
        out << "revoked admin key " << parser.value(id).trimmed().toLower() << ": its next request is refused\n";
        return 0;
    }
    Result<QString> key = keys.create((*found)->id, parser.value(name), Clock::system());
    if (!key) {
        err << "nexus-admin admin-key: " << key.error().message() << "\n";
        return 1;
    }
    out << *key << Qt::endl;
    err << "admin key for tenant " << (*found)->slug << " (" << (*found)->name
        << "): keep it secret, it is not shown again (give it with --key-file FILE or NEXUS_ADMIN_KEY)\n";
    return 0;
}

} // namespace nexus::admin
