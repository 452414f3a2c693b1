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
    Command { "demo-history",
        "copy the demo tenant's sales of a counter's branch into its nexus.db: --tenant-db F --pos-data DIR",
        nexus::admin::runDemoHistory },
    Command { "tenant",
        "tenants: create --slug S --name N (--data DIR [--import DEMODIR] | remote with the operator's key) | list",
        nexus::admin::runTenant },
    Command { "operator-key",
        "the server operator's API key, on the server host, printed once: create|list|revoke "
        "--data DIR [--name WHO]",
        nexus::admin::runOperatorKey },
    Command { "enroll-code",
        "one-time device enrollment code: --data DIR --tenant S --branch CODE, or remote: --branch CODE --server …",
        nexus::admin::runEnrollCode },
    Command { "snapshot",
        "catalogue snapshot for new devices: build|show --data DIR --tenant S, or remote: build [--no-wait] | show | "
        "status [JOB]",
        nexus::admin::runSnapshot },
    Command { "admin-key",
        "HQ admin API key for a tenant, printed once: create|list|revoke --tenant S (--data DIR | remote with the "
        "operator's key)",
        nexus::admin::runAdminKey },
    Command { "catalog",
        "CSV catalogue import, all rows or none: import --csv FILE [--dry-run] (--data DIR --tenant S | remote) | "
        "status [JOB]",
        nexus::admin::runCatalog },
    Command { "backup",
        "checksummed copy of the server data (SQLite files or PostgreSQL), server may run: --data DIR [--database URL] "
        "--out DIR",
        nexus::admin::runBackup },
    Command { "restore",
        "verified restore into a new place: --from BACKUPDIR (--data NEWDIR [--database NEWURL] | --verify-only)",
        nexus::admin::runRestore },
    Command { "cfdi",
        "CFDI 4.0 sealed with the issuer's CSD: build --issuer F --input F --cer F --key F --out F.xml | remote: list "
        "--from DATE --to DATE [--branch CODE]",
        nexus::admin::runCfdi },
    Command { "vin", "VINs decoded offline from NHTSA's vPIC, a JSON line each: decode VIN... | install-db | db-info",
        nexus::admin::runVin },
    Command { "plate", "Mexican plates checked, a JSON line each: check PLATE [PLATE...]", nexus::admin::runPlate },
    Command { "rfc", "check RFCs as the counter does, one JSON line each: check RFC [RFC...]", nexus::admin::runRfc },
    // Remote commands: --server https://HOST:PORT [--ca cert.pem] [--key-file F | env NEXUS_ADMIN_KEY] [--json], or
    // the operator's key (--operator-key-file F | env NEXUS_OPERATOR_KEY) with --tenant SLUG
    Command { "exceptions", "remote: list [--open] | resolve ID --note TEXT", nexus::admin::runExceptions },
    Command { "price", "remote: set --sku SKU [--list CODE] --price 123.45 | bulk --brand B|--category C --percent +5",
        nexus::admin::runPrice },
    Command { "report", "remote: sales --branch CODE --from DATE --to DATE | stock --branch CODE [--sku SKU]",
        nexus::admin::runReport },
    Command { "devices", "remote: list | revoke ID", nexus::admin::runDevices },
    Command { "branches",
        "remote: list | add --code CODE --name NAME [--timezone ZONE] | timezone --code C --timezone Z",
        nexus::admin::runBranches },
    Command { "warehouses", "remote: add --branch CODE --code CODE --name NAME", nexus::admin::runWarehouses },
    Command { "whatsapp", "remote: webhook --verify-token-file F --app-secret-file F", nexus::admin::runWhatsApp },
    Command { "users",
        "remote: list | add --username U --name N --role R [--branch CODE] --password-file F | activate U | "
        "deactivate U",
        nexus::admin::runUsers },
};

// Options written before the command apply to it, so a shell alias can carry the connection:
// `nexus-admin --server URL --operator-key-file F tenant list` is `nexus-admin tenant list --server URL …`.
QStringList hoistLeadingOptions(QStringList &args)
{
    static const QStringList withValue { QStringLiteral("--server"), QStringLiteral("--ca"),
        QStringLiteral("--key-file"), QStringLiteral("--operator-key-file"), QStringLiteral("--tenant"),
        QStringLiteral("--data"), QStringLiteral("--database") };
    QStringList leading;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--")) && args.first() != QLatin1String("--help")) {
        const QString option = args.takeFirst();
        leading.append(option);
        if (withValue.contains(option) && !args.isEmpty())
            leading.append(args.takeFirst());
    }
    return leading;
}

int usage(QTextStream &out)
{
    out << "usage: nexus-admin [connection options] COMMAND [ACTION] [options]\n\n"
           "every command prints a table (or plain lines) by default and one JSON document with --json;\n"
           "exit codes: 0 done, 1 failure, 2 bad input (nothing changed), 3 key refused; COMMAND --help for its usage\n"
           "\ncommands:\n";
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
    const QStringList leading = hoistLeadingOptions(args);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage(err);
    const QString name = args.takeFirst();
    for (const Command &command : kCommands)
        if (name == QLatin1String(command.name))
            return command.run(args + leading);
    err << "nexus-admin: unknown command \"" << name << "\"\n";
    return usage(err);
}
