// nexus-admin branches list|add and warehouses add: the tenant's branches and their warehouses, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QJsonArray>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin branches list --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin branches add --code CODE --name NAME [--timezone ZONE] --server URL [--ca PEM] [--key-file F]"
      " [--json]\n"
      "       nexus-admin branches timezone --code CODE --timezone ZONE --server URL [--ca PEM] [--key-file F] "
      "[--json]\n"
      "       nexus-admin warehouses add --branch CODE --code CODE --name NAME --server URL [--ca PEM] [--key-file "
      "F] [--json]\n"
      "  ZONE: the branch's IANA time zone, America/Mexico_City unless given (America/Tijuana at the border with\n"
      "  California); the sales report counts the branch's local days\n";
} // namespace

int runBranches(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("branches ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("timezone"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    const QCommandLineOption code = valueOption("code", "CODE");
    const QCommandLineOption name = valueOption("name", "NAME");
    const QCommandLineOption zone = valueOption("timezone", "ZONE");
    line.addOptions({ code, name, zone });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    int exitCode = 0;
    if (action == QLatin1String("timezone")) {
        if (std::optional<int> missing = line.require({ &code, &zone }))
            return *missing;
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("code"), line.value(code).trimmed() },
            { QStringLiteral("timezone"), line.value(zone).trimmed() } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kBranchTimezone), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            line.out() << "branch " << answer->value(QStringLiteral("code")).toString() << " now counts its days in "
                       << answer->value(QStringLiteral("timezone")).toString() << "\n";
        return 0;
    }
    if (action == QLatin1String("add")) {
        for (const QCommandLineOption *required : { &code, &name })
            if (line.value(*required).trimmed().isEmpty())
                return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("code"), line.value(code).trimmed() },
            { QStringLiteral("name"), line.value(name) }, { QStringLiteral("timezone"), line.value(zone).trimmed() } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kBranches), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            line.out() << "added branch " << answer->value(QStringLiteral("code")).toString() << " ("
                       << answer->value(QStringLiteral("name")).toString() << ", "
                       << answer->value(QStringLiteral("timezone")).toString()
                       << "); add its warehouses with `warehouses add`\n";
        return 0;
    }
    if (std::optional<int> failed = client.prepare())
        return *failed;
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kBranches), nullptr, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        QStringList warehouses;
        for (const QJsonValue &warehouse : row.value(QStringLiteral("warehouses")).toArray())
            warehouses.append(warehouse.toObject().value(QStringLiteral("code")).toString());
        rows.append({ row.value(QStringLiteral("code")).toString(), row.value(QStringLiteral("name")).toString(),
            warehouses.join(QStringLiteral(", ")), row.value(QStringLiteral("timezone")).toString() });
    }
    client.printTable(
        { QStringLiteral("CODE"), QStringLiteral("NAME"), QStringLiteral("WAREHOUSES"), QStringLiteral("TIMEZONE") },
        rows);
    return 0;
}

int runWarehouses(const QStringList &args)
{
    CommandLine line(QStringLiteral("warehouses add"), QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (args.value(0) != QLatin1String("add"))
        return client.usageError(args.isEmpty() ? QStringLiteral("missing action")
                                                : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption code = valueOption("code", "CODE");
    const QCommandLineOption name = valueOption("name", "NAME");
    line.addOptions({ branch, code, name });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    for (const QCommandLineOption *required : { &branch, &code, &name })
        if (line.value(*required).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    const QJsonObject body { { QStringLiteral("branch"), line.value(branch).trimmed() },
        { QStringLiteral("code"), line.value(code).trimmed() }, { QStringLiteral("name"), line.value(name) } };
    int exitCode = 0;
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kWarehouses), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        line.out() << "added warehouse " << answer->value(QStringLiteral("code")).toString() << " ("
                   << answer->value(QStringLiteral("name")).toString() << ") to branch "
                   << answer->value(QStringLiteral("branch")).toString() << "\n";
    return 0;
}

} // namespace nexus::admin
