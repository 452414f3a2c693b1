// nexus-admin report sales|stock: one branch's sales per day and its stock, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QDate>
#include <QJsonArray>
#include <QUrlQuery>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin report sales --branch CODE --from YYYY-MM-DD --to YYYY-MM-DD --server URL [--ca PEM] "
      "[--key-file F] [--json]\n"
      "       nexus-admin report stock --branch CODE [--sku SKU] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  days are UTC days; quantities in units (3 decimals at most)\n";
} // namespace

int runReport(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    RemoteClient client(QStringLiteral("report ") + action, QString::fromLatin1(kUsage), out, err);
    if (action != QLatin1String("sales") && action != QLatin1String("stock"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing report") : QStringLiteral("unknown report \"%1\"").arg(action));
    QCommandLineParser parser;
    const QCommandLineOption branch(QStringLiteral("branch"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption sku(QStringLiteral("sku"), QString(), QStringLiteral("SKU"));
    parser.addOptions({ branch, from, to, sku });
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return client.usageError(parser.errorText());
    if (parser.value(branch).trimmed().isEmpty())
        return client.usageError(QStringLiteral("--branch is required"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("branch"), parser.value(branch).trimmed());
    int exitCode = 0;

    if (action == QLatin1String("sales")) {
        for (const QCommandLineOption *day : { &from, &to }) {
            const QString text = parser.value(*day);
            if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
                return client.usageError(
                    QStringLiteral("--%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(day->names().first(), text));
        }
        if (QDate::fromString(parser.value(to), Qt::ISODate) < QDate::fromString(parser.value(from), Qt::ISODate))
            return client.usageError(QStringLiteral("--to is before --from"));
        if (std::optional<int> failed = client.prepare(parser))
            return *failed;
        query.addQueryItem(QStringLiteral("from"), parser.value(from));
        query.addQueryItem(QStringLiteral("to"), parser.value(to));
        std::optional<QJsonObject> answer = client.call(
            QString(adminpath::kSalesReport) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        QList<QStringList> rows;
        for (const QJsonValue &value : answer->value(QStringLiteral("days")).toArray()) {
            const QJsonObject row = value.toObject();
            rows.append({ row.value(QStringLiteral("day")).toString(),
                QString::number(row.value(QStringLiteral("count")).toInteger()),
                RemoteClient::money(row.value(QStringLiteral("total_cents")).toInteger()),
                RemoteClient::money(row.value(QStringLiteral("tax_cents")).toInteger()) });
        }
        rows.append({ QStringLiteral("TOTAL"), QString::number(answer->value(QStringLiteral("count")).toInteger()),
            RemoteClient::money(answer->value(QStringLiteral("total_cents")).toInteger()),
            RemoteClient::money(answer->value(QStringLiteral("tax_cents")).toInteger()) });
        client.printTable(
            { QStringLiteral("DAY"), QStringLiteral("SALES"), QStringLiteral("TOTAL"), QStringLiteral("TAX") }, rows);
        return 0;
    }

    if (parser.isSet(from) || parser.isSet(to))
        return client.usageError(QStringLiteral("the stock report takes no --from/--to: it is the stock now"));
    if (parser.isSet(sku)) {
        if (parser.value(sku).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--sku needs a SKU"));
        query.addQueryItem(QStringLiteral("sku"), parser.value(sku).trimmed());
    }
    if (std::optional<int> failed = client.prepare(parser))
        return *failed;
    std::optional<QJsonObject> answer
        = client.call(QString(adminpath::kStockReport) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        rows.append({ row.value(QStringLiteral("sku")).toString(), row.value(QStringLiteral("warehouse")).toString(),
            RemoteClient::quantity(row.value(QStringLiteral("quantity_milli")).toInteger()),
            RemoteClient::quantity(row.value(QStringLiteral("min_quantity_milli")).toInteger()) });
    }
    client.printTable(
        { QStringLiteral("SKU"), QStringLiteral("WAREHOUSE"), QStringLiteral("QUANTITY"), QStringLiteral("MIN") },
        rows);
    return 0;
}

} // namespace nexus::admin
