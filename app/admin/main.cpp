// nexus-admin: the HQ command-line tool; dispatches to one function per subcommand.
#include "admincommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

constexpr std::array kCommands {
    Command {
        "demo-data", "write a deterministic demo dataset: --out DIR --parts N --seed S", nexus::admin::runDemoData },
    Command { "tenant", "tenants on a server data folder: create --data DIR --slug S --name N [--import DEMODIR]",
        nexus::admin::runTenant },
    Command { "enroll-code",
        "one-time device enrollment code: --data DIR --tenant S --branch CODE, or remote: --branch CODE --server …",
        nexus::admin::runEnrollCode },
    Command { "snapshot", "catalogue snapshot for new devices: build|show --data DIR --tenant S [--json]",
        nexus::admin::runSnapshot },
    Command { "admin-key", "HQ admin API key for a tenant, printed once: create --data DIR --tenant S [--name WHO]",
        nexus::admin::runAdminKey },
    Command { "catalog", "CSV catalogue import, all rows or none: import --data DIR --tenant S --csv FILE [--dry-run]",
        nexus::admin::runCatalog },
    Command { "backup", "checksummed copy of a server data folder (SQLite), server may run: --data DIR --out BACKUPDIR",
        nexus::admin::runBackup },
    Command { "restore", "verified restore into a new folder: --from BACKUPDIR (--data NEWDIR | --verify-only)",
        nexus::admin::runRestore },
    Command { "cfdi", "CFDI 4.0 sealed with the issuer's CSD: build --issuer F --input F --cer F --key F --out F.xml",
        nexus::admin::runCfdi },
    Command { "vin", "VINs decoded offline from NHTSA's vPIC, a JSON line each: decode VIN... | install-db | db-info",
        nexus::admin::runVin },
    Command { "plate", "Mexican plates checked, a JSON line each: check PLATE [PLATE...]", nexus::admin::runPlate },
    Command { "rfc", "check RFCs as the counter does, one JSON line each: check RFC [RFC...]", nexus::admin::runRfc },
    // Remote commands: --server https://HOST:PORT [--ca cert.pem] [--key-file F | env NEXUS_ADMIN_KEY] [--json]
    Command { "exceptions", "remote: list [--open] | resolve ID --note TEXT", nexus::admin::runExceptions },
    Command { "price", "remote: set --sku SKU [--list CODE] --price 123.45 | bulk --brand B|--category C --percent +5",
        nexus::admin::runPrice },
    Command { "report", "remote: sales --branch CODE --from DATE --to DATE | stock --branch CODE [--sku SKU]",
        nexus::admin::runReport },
    Command { "devices", "remote: list | revoke ID", nexus::admin::runDevices },
    Command { "branches", "remote: list | add --code CODE --name NAME", nexus::admin::runBranches },
    Command { "warehouses", "remote: add --branch CODE --code CODE --name NAME", nexus::admin::runWarehouses },
    Command { "users",
        "remote: list | add --username U --name N --role R [--branch CODE] --password-file F | activate U | "
        "deactivate U",
        nexus::admin::runUsers },
};

int usage(QTextStream &out)
{
    out << "usage: nexus-admin COMMAND [options]\n\ncommands:\n";
    for (const Command &command : kCommands)
        out << "  " << command.name << "\n      " << command.summary << "\n";
    out.flush();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nexus-admin"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage(err);
    const QString name = args.takeFirst();
    for (const Command &command : kCommands)
        if (name == QLatin1String(command.name))
            return command.run(args);
    err << "nexus-admin: unknown command \"" << name << "\"\n";
    return usage(err);
}
