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
      "  days are the branch's local days (its time zone: `branches list`); a return counts on the day it was made;\n"
      "  NET = sales - returns; quantities in units (3 decimals at most)\n";
} // namespace

int runReport(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("report ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (action != QLatin1String("sales") && action != QLatin1String("stock"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing report") : QStringLiteral("unknown report \"%1\"").arg(action));
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption from = valueOption("from", "DATE");
    const QCommandLineOption to = valueOption("to", "DATE");
    const QCommandLineOption sku = valueOption("sku", "SKU");
    line.addOptions({ branch, from, to, sku });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    if (line.value(branch).trimmed().isEmpty())
        return client.usageError(QStringLiteral("--branch is required"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("branch"), line.value(branch).trimmed());
    int exitCode = 0;

    if (action == QLatin1String("sales")) {
        for (const QCommandLineOption *day : { &from, &to }) {
            const QString text = line.value(*day);
            if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
                return client.usageError(
                    QStringLiteral("--%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(day->names().first(), text));
        }
        if (QDate::fromString(line.value(to), Qt::ISODate) < QDate::fromString(line.value(from), Qt::ISODate))
            return client.usageError(QStringLiteral("--to is before --from"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        query.addQueryItem(QStringLiteral("from"), line.value(from));
        query.addQueryItem(QStringLiteral("to"), line.value(to));
        std::optional<QJsonObject> answer = client.call(
            QString(adminpath::kSalesReport) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        const auto money = [](const QJsonObject &row, const char *key) {
            return RemoteClient::money(row.value(QLatin1String(key)).toInteger());
        };
        const auto count = [](const QJsonObject &row, const char *key) {
            return QString::number(row.value(QLatin1String(key)).toInteger());
        };
        const auto cells = [&](const QString &day, const QJsonObject &row) {
            return QStringList { day, count(row, "count"), money(row, "sales_cents"), count(row, "returns"),
                money(row, "returned_cents"), money(row, "total_cents"), money(row, "tax_cents") };
        };
        QList<QStringList> rows;
        for (const QJsonValue &value : answer->value(QStringLiteral("days")).toArray())
            rows.append(cells(value.toObject().value(QStringLiteral("day")).toString(), value.toObject()));
        rows.append(cells(QStringLiteral("TOTAL"), *answer));
        line.out() << "branch " << answer->value(QStringLiteral("branch")).toString() << ", days in "
                   << answer->value(QStringLiteral("timezone")).toString() << "\n";
        client.printTable(
            { QStringLiteral("DAY"), QStringLiteral("SALES"), QStringLiteral("GROSS"), QStringLiteral("RETURNS"),
                QStringLiteral("REFUNDED"), QStringLiteral("NET"), QStringLiteral("NET TAX") },
            rows);
        return 0;
    }

    if (line.isSet(from) || line.isSet(to))
        return client.usageError(QStringLiteral("the stock report takes no --from/--to: it is the stock now"));
    if (line.isSet(sku)) {
        if (line.value(sku).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--sku needs a SKU"));
        query.addQueryItem(QStringLiteral("sku"), line.value(sku).trimmed());
    }
    if (std::optional<int> failed = client.prepare())
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
