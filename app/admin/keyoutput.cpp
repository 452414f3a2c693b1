// How nexus-admin shows API keys (admin and operator, local and remote): the new key once, lists by id, revocations.
#include "keyoutput.h"

#include "server/adminkeys.h"

namespace nexus::admin {

std::optional<int> checkKeyAction(
    CommandLine &line, const QString &action, const QCommandLineOption &name, const QCommandLineOption &id)
{
    if (action != QLatin1String("create") && action != QLatin1String("list") && action != QLatin1String("revoke"))
        return line.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    line.addOptions({ name, id });
    return std::nullopt;
}

void printKeys(CommandLine &line, const QList<AdminKeyRow> &keys)
{
    if (line.json()) {
        QJsonArray rows;
        for (const AdminKeyRow &row : keys)
            rows.append(QJsonObject { { QStringLiteral("id"), row.id }, { QStringLiteral("name"), row.name },
                { QStringLiteral("created_at"), row.createdAt },
                { QStringLiteral("revoked_at"), row.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(row.revokedAt) } });
        line.printJson(QJsonObject { { QStringLiteral("rows"), rows } });
        return;
    }
    QList<QStringList> rows;
    for (const AdminKeyRow &row : keys)
        rows.append({ row.id, row.createdAt,
            row.revokedAt.isEmpty() ? QStringLiteral("in use") : QStringLiteral("revoked ") + row.revokedAt,
            row.name });
    line.printTable(
        { QStringLiteral("ID"), QStringLiteral("CREATED"), QStringLiteral("STATE"), QStringLiteral("NAME") }, rows);
}

void printRevoked(CommandLine &line, const QString &id)
{
    if (line.json())
        line.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("revoked"), true } });
    else
        line.out() << "revoked key " << id << ": its next request is refused\n";
}

void printCreatedKey(CommandLine &line, const QString &key, const QString &note, QJsonObject details)
{
    if (line.json()) {
        details.insert(QStringLiteral("key"), key);
        details.insert(QStringLiteral("id"), AdminKeys::hashOf(key).left(12));
        line.printJson(details);
        return;
    }
    line.out() << key << Qt::endl;
    line.err() << note << "\n";
    line.err().flush();
}

} // namespace nexus::admin
