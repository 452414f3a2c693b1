// nexus-admin exceptions list|resolve: HQ's queue of accepted-but-suspicious facts, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin exceptions list [--open] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin exceptions resolve ID --note TEXT --server URL [--ca PEM] [--key-file F] [--json]\n";
} // namespace

int runExceptions(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("exceptions ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (action != QLatin1String("list") && action != QLatin1String("resolve"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    const QCommandLineOption open = flagOption("open");
    const QCommandLineOption note = valueOption("note", "TEXT");
    line.addOptions({ open, note });
    if (std::optional<int> done = line.parse(args.mid(1), 1))
        return *done;

    int exitCode = 0;
    if (action == QLatin1String("list")) {
        if (!line.positional().isEmpty())
            return client.usageError(QStringLiteral("list takes no ID"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        std::optional<QJsonObject> answer
            = client.call(QString(adminpath::kExceptions) + (line.isSet(open) ? QStringLiteral("?open=1") : QString()),
                nullptr, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        QList<QStringList> rows;
        for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            const QJsonObject details = row.value(QStringLiteral("details")).toObject();
            QJsonObject shown = details;
            shown.remove(QStringLiteral("resolution"));
            rows.append({ QString::number(row.value(QStringLiteral("id")).toInteger()),
                row.value(QStringLiteral("kind")).toString(), row.value(QStringLiteral("ref")).toString(),
                row.value(QStringLiteral("created_at")).toString(),
                row.value(QStringLiteral("resolved_at")).isNull() ? QStringLiteral("open")
                                                                  : QStringLiteral("resolved: ")
                        + details.value(QStringLiteral("resolution"))
                              .toObject()
                              .value(QStringLiteral("note"))
                              .toString(),
                QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) });
        }
        client.printTable({ QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("REF"),
                              QStringLiteral("CREATED"), QStringLiteral("STATE"), QStringLiteral("DETAILS") },
            rows);
        return 0;
    }

    if (line.positional().size() != 1)
        return client.usageError(QStringLiteral("resolve takes exactly one exception ID"));
    bool numeric = false;
    const qint64 id = line.positional().constFirst().toLongLong(&numeric);
    if (!numeric || id < 1)
        return client.usageError(
            QStringLiteral("ID must be an exception number, not \"%1\"").arg(line.positional().constFirst()));
    if (line.value(note).trimmed().isEmpty())
        return client.usageError(QStringLiteral("--note is required: say how it was resolved"));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    const QJsonObject body { { QStringLiteral("id"), id }, { QStringLiteral("note"), line.value(note) } };
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kResolve), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        line.out() << "resolved exception " << id << " (" << answer->value(QStringLiteral("kind")).toString() << " "
                   << answer->value(QStringLiteral("ref")).toString() << ") at "
                   << answer->value(QStringLiteral("resolved_at")).toString() << "\n";
    return 0;
}

} // namespace nexus::admin
