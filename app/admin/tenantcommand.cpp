// nexus-admin tenant create|list: argument parsing and printing only; the rules live in nexus::TenantService.
#include "admincommands.h"

#include "common/clock.h"
#include "server/serverstoragefactory.h"
#include "server/tenantservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kCreateUsage
    = "usage: nexus-admin tenant create --data DIR [--database URL] --slug SLUG --name NAME [--import DEMODIR]\n"
      "       nexus-admin tenant list --data DIR [--database URL] [--json]\n";

// Errors about one option exit 2 (fix the command line); storage failures exit 1.
int report(QTextStream &err, const QString &command, const Error &error)
{
    err << "nexus-admin " << command << ": ";
    if (!error.field().isEmpty())
        err << "--" << error.field() << ": ";
    err << error.message() << "\n";
    return error.field().isEmpty() ? 1 : 2;
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << "nexus-admin " << command << ": " << message << "\n" << kCreateUsage;
    return 2;
}

int create(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("tenant create");
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    // PostgreSQL storage of a server started with --database (the same URL).
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption slug(QStringLiteral("slug"), QString(), QStringLiteral("SLUG"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption import(QStringLiteral("import"), QString(), QStringLiteral("DEMODIR"));
    parser.addOptions({ data, database, slug, name, import });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args))
        return usageError(err, command, parser.errorText());
    for (const QCommandLineOption *required : { &data, &slug, &name })
        if (parser.value(*required).isEmpty())
            return usageError(err, command, QStringLiteral("--%1 is required").arg(required->names().first()));
    if (parser.isSet(import) && parser.value(import).isEmpty())
        return usageError(err, command, QStringLiteral("--import needs a folder"));

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage)
        return report(err, command, storage.error());
    TenantService service(**storage, Clock::system());
    Result<TenantRecord> tenant = service.create(parser.value(slug), parser.value(name), parser.value(import));
    if (!tenant)
        return report(err, command, tenant.error());

    out << "created tenant " << tenant->slug << " (" << tenant->name << ") id " << tenant->id << " in "
        << (*storage)->tenantDir(tenant->slug) << "\n";
    if (Result<TenantStore *> store = (*storage)->tenant(*tenant); store) {
        if (Result<QList<wire::BranchRow>> branches = (*store)->branches(); branches) {
            out << "branches: " << branches->size() << "\n";
            for (const wire::BranchRow &branch : *branches)
                out << "  " << branch.code << "\t" << branch.name << "\n";
        }
    }
    return 0;
}

int list(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("tenant list");
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    // PostgreSQL storage of a server started with --database (the same URL).
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({ data, database, json });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args))
        return usageError(err, command, parser.errorText());
    if (parser.value(data).isEmpty())
        return usageError(err, command, QStringLiteral("--data is required"));

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage)
        return report(err, command, storage.error());
    Result<QList<TenantRecord>> tenants = TenantService(**storage, Clock::system()).list();
    if (!tenants)
        return report(err, command, tenants.error());

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const TenantRecord &tenant : *tenants)
            rows.append(QJsonObject { { QStringLiteral("id"), tenant.id }, { QStringLiteral("slug"), tenant.slug },
                { QStringLiteral("name"), tenant.name }, { QStringLiteral("created_at"), tenant.createdAt },
                { QStringLiteral("active"), tenant.active } });
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << "\n";
        return 0;
    }
    out << qSetFieldWidth(16) << Qt::left << "SLUG" << qSetFieldWidth(0) << "NAME\tCREATED\tACTIVE\n";
    for (const TenantRecord &tenant : *tenants)
        out << qSetFieldWidth(16) << Qt::left << tenant.slug << qSetFieldWidth(0) << tenant.name << "\t"
            << tenant.createdAt << "\t" << (tenant.active ? "yes" : "no") << "\n";
    return 0;
}

} // namespace

int runTenant(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    if (action == QLatin1String("create"))
        return create(args.mid(1), out, err);
    if (action == QLatin1String("list"))
        return list(args.mid(1), out, err);
    err << (action.isEmpty() ? QStringLiteral("nexus-admin tenant: missing action\n")
                             : QStringLiteral("nexus-admin tenant: unknown action \"%1\"\n").arg(action))
        << kCreateUsage;
    return 2;
}

} // namespace nexus::admin
