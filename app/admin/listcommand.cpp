// nexus-admin devices list / users list: who and what the tenant has, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QJsonArray>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin devices list|revoke ID --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin users list --server URL [--ca PEM] [--key-file F] [--json]\n";

int runList(const QString &what, const QStringList &args)
{
    CommandLine line(what + u' ' + args.value(0), QString::fromLatin1(kUsage));
    RemoteClient client(line);
    const bool revoke = what == QLatin1String("devices") && args.value(0) == QLatin1String("revoke");
    if (args.value(0) != QLatin1String("list") && !revoke)
        return client.usageError(args.isEmpty() ? QStringLiteral("missing action")
                                                : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    if (std::optional<int> done = line.parse(args.mid(1), 1))
        return *done;
    if (revoke) {
        if (line.positional().size() != 1)
            return client.usageError(QStringLiteral("revoke takes exactly one device ID"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("id"), line.positional().constFirst() } };
        int exitCode = 0;
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kDeviceRevoke), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            line.out() << "revoked device " << answer->value(QStringLiteral("id")).toString()
                       << ": its next request is refused; enroll it again with a new code\n";
        return 0;
    }
    if (!line.positional().isEmpty())
        return client.usageError(QStringLiteral("unexpected \"%1\"").arg(line.positional().join(u' ')));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    const bool devices = what == QLatin1String("devices");
    int exitCode = 0;
    std::optional<QJsonObject> answer
        = client.call(QString(devices ? adminpath::kDevices : adminpath::kUsers), nullptr, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        const auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
        if (devices)
            rows.append({ text("id"), text("branch"), text("name"), text("enrolled_at"),
                row.value(QStringLiteral("revoked_at")).isNull() ? QStringLiteral("active")
                                                                 : QStringLiteral("revoked ") + text("revoked_at") });
        else
            rows.append({ text("username"), text("display_name"), text("role"),
                text("branch").isEmpty() ? QStringLiteral("(all)") : text("branch"),
                row.value(QStringLiteral("active")).toBool() ? QStringLiteral("yes") : QStringLiteral("no") });
    }
    if (devices)
        client.printTable({ QStringLiteral("ID"), QStringLiteral("BRANCH"), QStringLiteral("NAME"),
                              QStringLiteral("ENROLLED"), QStringLiteral("STATE") },
            rows);
    else
        client.printTable({ QStringLiteral("USERNAME"), QStringLiteral("NAME"), QStringLiteral("ROLE"),
                              QStringLiteral("BRANCH"), QStringLiteral("ACTIVE") },
            rows);
    return 0;
}

} // namespace

int runDevices(const QStringList &args)
{
    return runList(QStringLiteral("devices"), args);
}

int runUsers(const QStringList &args)
{
    if (args.value(0) != QLatin1String("list") && !args.isEmpty())
        return runUserChange(args);
    return runList(QStringLiteral("users"), args);
}

} // namespace nexus::admin
