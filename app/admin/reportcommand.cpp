// nexus-admin report sales|margins|exceptions|stock: HQ's reports over every branch (or one), over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "reports/reportcsv.h"
#include "server/adminroutes.h"

#include <QDate>
#include <QJsonArray>
#include <QUrlQuery>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin report sales|margins|exceptions --from YYYY-MM-DD --to YYYY-MM-DD [--branch CODE]\n"
      "                            --server URL [--ca PEM] [--key-file F] [--json | --csv]\n"
      "       nexus-admin report stock --branch CODE [--sku SKU] --server URL [--ca PEM] [--key-file F] [--json | --csv]\n"
      "  without --branch: every branch, one row each (sales: one row per branch and day), and the tenant's total;\n"
      "  days are each branch's local days (its time zone: `branches list`); a return counts on the day it was made;\n"
      "  NET = sales - returns; margins: net sales before IVA minus their cost (returns take back their lines' cost);\n"
      "  exceptions: opened in the period, by kind and branch, days in America/Mexico_City;\n"
      "  amounts in pesos with 2 decimals, quantities in units (3 decimals at most); --csv: RFC 4180, header first\n";

struct Table
{
    QStringList header;
    QList<QStringList> rows;
};

QString money(const QJsonObject &row, const char *key)
{
    return RemoteClient::money(row.value(QLatin1String(key)).toInteger());
}

QString count(const QJsonObject &row, const char *key)
{
    return QString::number(row.value(QLatin1String(key)).toInteger());
}

QString percent(const QJsonObject &row, const char *key)
{
    return RemoteClient::money(row.value(QLatin1String(key)).toInteger()); // basis points → "12.34"
}

QJsonArray array(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

// One branch's sales answer is that branch; every branch's has them under "branches".
QJsonArray salesBranches(const QJsonObject &answer)
{
    return answer.contains(QLatin1String("branches")) ? array(answer, "branches") : QJsonArray { answer };
}

Table salesTable(const QJsonObject &answer)
{
    Table table { { QStringLiteral("BRANCH"), QStringLiteral("DAY"), QStringLiteral("SALES"), QStringLiteral("GROSS"),
                      QStringLiteral("RETURNS"), QStringLiteral("REFUNDED"), QStringLiteral("NET"),
                      QStringLiteral("NET TAX") },
        {} };
    const auto cells = [](const QString &branch, const QString &day, const QJsonObject &row) {
        return QStringList { branch, day, count(row, "count"), money(row, "sales_cents"), count(row, "returns"),
            money(row, "returned_cents"), money(row, "total_cents"), money(row, "tax_cents") };
    };
    for (const QJsonValue &branchValue : salesBranches(answer)) {
        const QJsonObject branch = branchValue.toObject();
        const QString code = branch.value(QLatin1String("branch")).toString();
        for (const QJsonValue &day : array(branch, "days"))
            table.rows.append(cells(code, day.toObject().value(QLatin1String("day")).toString(), day.toObject()));
    }
    table.rows.append(cells(QStringLiteral("TOTAL"), QString(), answer));
    return table;
}

Table marginsTable(const QJsonObject &answer)
{
    Table table { { QStringLiteral("BRANCH"), QStringLiteral("SALES"), QStringLiteral("NET BEFORE IVA"),
                      QStringLiteral("COST"), QStringLiteral("MARGIN"), QStringLiteral("MARGIN %"),
                      QStringLiteral("LINES WITHOUT COST") },
        {} };
    const auto cells = [](const QString &branch, const QJsonObject &row) {
        return QStringList { branch, count(row, "sales"), money(row, "base_cents"), money(row, "cost_cents"),
            money(row, "margin_cents"), percent(row, "margin_bp"), count(row, "lines_without_cost") };
    };
    for (const QJsonValue &row : array(answer, "branches"))
        table.rows.append(cells(row.toObject().value(QLatin1String("branch")).toString(), row.toObject()));
    table.rows.append(cells(QStringLiteral("TOTAL"), answer));
    return table;
}

Table exceptionsTable(const QJsonObject &answer)
{
    Table table { { QStringLiteral("KIND"), QStringLiteral("BRANCH"), QStringLiteral("OPENED"), QStringLiteral("STILL OPEN") },
        {} };
    for (const QJsonValue &value : array(answer, "rows")) {
        const QJsonObject row = value.toObject();
        const QString branch = row.value(QLatin1String("branch")).toString();
        table.rows.append({ row.value(QLatin1String("kind")).toString(), branch.isEmpty() ? QStringLiteral("-") : branch,
            count(row, "count"), count(row, "open") });
    }
    table.rows.append({ QStringLiteral("TOTAL"), QString(), count(answer, "count"), count(answer, "open") });
    return table;
}

Table stockTable(const QJsonObject &answer)
{
    Table table { { QStringLiteral("SKU"), QStringLiteral("WAREHOUSE"), QStringLiteral("QUANTITY"), QStringLiteral("MIN") },
        {} };
    for (const QJsonValue &value : array(answer, "rows")) {
        const QJsonObject row = value.toObject();
        table.rows.append({ row.value(QLatin1String("sku")).toString(), row.value(QLatin1String("warehouse")).toString(),
            RemoteClient::quantity(row.value(QLatin1String("quantity_milli")).toInteger()),
            RemoteClient::quantity(row.value(QLatin1String("min_quantity_milli")).toInteger()) });
    }
    return table;
}

void printCsv(QTextStream &out, const Table &table)
{
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvField(cell, true));
        out << quoted.join(u',') << "\r\n";
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    out.flush();
}

} // namespace

int runReport(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("report ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    const bool periodReport = action == QLatin1String("sales") || action == QLatin1String("margins")
        || action == QLatin1String("exceptions");
    if (!periodReport && action != QLatin1String("stock"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing report") : QStringLiteral("unknown report \"%1\"").arg(action));
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption from = valueOption("from", "DATE");
    const QCommandLineOption to = valueOption("to", "DATE");
    const QCommandLineOption sku = valueOption("sku", "SKU");
    const QCommandLineOption csv = flagOption("csv");
    line.addOptions({ branch, from, to, sku, csv });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    if (line.isSet(csv) && client.json())
        return client.usageError(QStringLiteral("--csv and --json exclude each other"));
    if (line.isSet(branch) && line.value(branch).trimmed().isEmpty())
        return client.usageError(QStringLiteral("--branch needs a branch code"));
    QUrlQuery query;
    if (line.isSet(branch))
        query.addQueryItem(QStringLiteral("branch"), line.value(branch).trimmed());
    QString path;
    if (periodReport) {
        if (line.isSet(sku))
            return client.usageError(QStringLiteral("--sku is for the stock report"));
        for (const QCommandLineOption *day : { &from, &to }) {
            const QString text = line.value(*day);
            if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
                return client.usageError(
                    QStringLiteral("--%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(day->names().first(), text));
        }
        if (QDate::fromString(line.value(to), Qt::ISODate) < QDate::fromString(line.value(from), Qt::ISODate))
            return client.usageError(QStringLiteral("--to is before --from"));
        query.addQueryItem(QStringLiteral("from"), line.value(from));
        query.addQueryItem(QStringLiteral("to"), line.value(to));
        path = action == QLatin1String("sales") ? QString(adminpath::kSalesReport)
            : action == QLatin1String("margins")  ? QString(adminpath::kMarginsReport)
                                                  : QString(adminpath::kExceptionsReport);
    } else {
        if (!line.isSet(branch))
            return client.usageError(QStringLiteral("--branch is required for the stock report"));
        if (line.isSet(from) || line.isSet(to))
            return client.usageError(QStringLiteral("the stock report takes no --from/--to: it is the stock now"));
        if (line.isSet(sku)) {
            if (line.value(sku).trimmed().isEmpty())
                return client.usageError(QStringLiteral("--sku needs a SKU"));
            query.addQueryItem(QStringLiteral("sku"), line.value(sku).trimmed());
        }
        path = QString(adminpath::kStockReport);
    }
    if (std::optional<int> failed = client.prepare())
        return *failed;
    int exitCode = 0;
    std::optional<QJsonObject> answer = client.call(path + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    const Table table = action == QLatin1String("sales") ? salesTable(*answer)
        : action == QLatin1String("margins")             ? marginsTable(*answer)
        : action == QLatin1String("exceptions")          ? exceptionsTable(*answer)
                                                         : stockTable(*answer);
    if (line.isSet(csv)) {
        printCsv(line.out(), table);
        return 0;
    }
    if (action == QLatin1String("sales")) {
        for (const QJsonValue &branchValue : salesBranches(*answer))
            line.out() << "branch " << branchValue.toObject().value(QLatin1String("branch")).toString()
                       << ", days in " << branchValue.toObject().value(QLatin1String("timezone")).toString() << "\n";
    }
    client.printTable(table.header, table.rows);
    return 0;
}

} // namespace nexus::admin
