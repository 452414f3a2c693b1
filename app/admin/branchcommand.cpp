// nexus-admin branches list|add and warehouses add: the tenant's branches and their warehouses, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QJsonArray>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin branches list --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin branches add --code CODE --name NAME --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin warehouses add --branch CODE --code CODE --name NAME --server URL [--ca PEM] [--key-file "
      "F]\n";
} // namespace

int runBranches(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    RemoteClient client(QStringLiteral("branches ") + action, QString::fromLatin1(kUsage), out, err);
    if (action != QLatin1String("list") && action != QLatin1String("add"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    parser.addOptions({ code, name });
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return client.usageError(parser.errorText());
    int exitCode = 0;
    if (action == QLatin1String("add")) {
        for (const QCommandLineOption *required : { &code, &name })
            if (parser.value(*required).trimmed().isEmpty())
                return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
        if (std::optional<int> failed = client.prepare(parser))
            return *failed;
        const QJsonObject body { { QStringLiteral("code"), parser.value(code).trimmed() },
            { QStringLiteral("name"), parser.value(name) } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kBranches), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            out << "added branch " << answer->value(QStringLiteral("code")).toString() << " ("
                << answer->value(QStringLiteral("name")).toString() << "); add its warehouses with `warehouses add`\n";
        return 0;
    }
    if (std::optional<int> failed = client.prepare(parser))
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
            warehouses.join(QStringLiteral(", ")) });
    }
    client.printTable({ QStringLiteral("CODE"), QStringLiteral("NAME"), QStringLiteral("WAREHOUSES") }, rows);
    return 0;
}

int runWarehouses(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    RemoteClient client(QStringLiteral("warehouses add"), QString::fromLatin1(kUsage), out, err);
    if (args.value(0) != QLatin1String("add"))
        return client.usageError(args.isEmpty() ? QStringLiteral("missing action")
                                                : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    QCommandLineParser parser;
    const QCommandLineOption branch(QStringLiteral("branch"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption code(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    parser.addOptions({ branch, code, name });
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return client.usageError(parser.errorText());
    for (const QCommandLineOption *required : { &branch, &code, &name })
        if (parser.value(*required).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    if (std::optional<int> failed = client.prepare(parser))
        return *failed;
    const QJsonObject body { { QStringLiteral("branch"), parser.value(branch).trimmed() },
        { QStringLiteral("code"), parser.value(code).trimmed() }, { QStringLiteral("name"), parser.value(name) } };
    int exitCode = 0;
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kWarehouses), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        out << "added warehouse " << answer->value(QStringLiteral("code")).toString() << " ("
            << answer->value(QStringLiteral("name")).toString() << ") to branch "
            << answer->value(QStringLiteral("branch")).toString() << "\n";
    return 0;
}

} // namespace nexus::admin
