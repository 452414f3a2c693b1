// nexus-admin price set|bulk: HQ price changes that reach every counter through the "prices" pull bucket.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"
#include "server/adminservice.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin price set --sku SKU [--list CODE] --price 123.45 --server URL [--ca PEM] [--key-file F] "
      "[--json]\n"
      "       nexus-admin price bulk (--brand NAME | --category NAME) --percent +5 --server URL [--ca PEM] "
      "[--key-file F] [--json]\n"
      "  prices are pesos with tax included; bulk changes the retail price of every active part, all or nothing\n";

// "123.45" → 12345 centavos, without a double in between.
std::optional<qint64> parsePesos(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toLongLong();
}
} // namespace

int runPrice(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("price ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (action != QLatin1String("set") && action != QLatin1String("bulk"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    const QCommandLineOption sku = valueOption("sku", "SKU");
    const QCommandLineOption list = valueOption("list", "CODE");
    const QCommandLineOption price = valueOption("price", "PESOS");
    const QCommandLineOption brand = valueOption("brand", "NAME");
    const QCommandLineOption category = valueOption("category", "NAME");
    const QCommandLineOption percent = valueOption("percent", "P");
    line.addOptions({ sku, list, price, brand, category, percent });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;

    int exitCode = 0;
    if (action == QLatin1String("set")) {
        if (line.value(sku).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--sku is required"));
        const std::optional<qint64> cents = parsePesos(line.value(price));
        if (!cents)
            return client.usageError(line.isSet(price)
                    ? QStringLiteral("--price must be pesos like 123.45, not \"%1\"").arg(line.value(price))
                    : QStringLiteral("--price is required"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("sku"), line.value(sku).trimmed() },
            { QStringLiteral("list"), line.value(list).trimmed() }, { QStringLiteral("price_cents"), *cents } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kPriceSet), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        const QString listName = answer->value(QStringLiteral("price_list")).toString();
        line.out() << answer->value(QStringLiteral("sku")).toString() << " "
                   << (listName.isEmpty() ? QStringLiteral("retail") : QStringLiteral("list ") + listName) << " price "
                   << RemoteClient::money(answer->value(QStringLiteral("price_cents")).toInteger()) << " (version "
                   << answer->value(QStringLiteral("price_version")).toInteger() << ")\n";
        return 0;
    }

    if (line.isSet(brand) == line.isSet(category))
        return client.usageError(QStringLiteral("--brand or --category: give exactly one"));
    if (line.isSet(sku) || line.isSet(price) || line.isSet(list))
        return client.usageError(QStringLiteral("bulk takes no --sku, --price or --list"));
    if (!line.isSet(percent))
        return client.usageError(QStringLiteral("--percent is required (+5, -2.5)"));
    if (Result<qint64> points = AdminService::parsePercent(line.value(percent)); !points)
        return client.usageError(QStringLiteral("--percent: ") + points.error().message());
    if (std::optional<int> failed = client.prepare())
        return *failed;
    QJsonObject body { { QStringLiteral("percent"), line.value(percent).trimmed() } };
    if (line.isSet(brand))
        body.insert(QStringLiteral("brand"), line.value(brand));
    else
        body.insert(QStringLiteral("category"), line.value(category));
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kPriceBulk), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : answer->value(QStringLiteral("changed")).toArray()) {
        const QJsonObject row = value.toObject();
        rows.append({ row.value(QStringLiteral("sku")).toString(),
            RemoteClient::money(row.value(QStringLiteral("before_cents")).toInteger()),
            RemoteClient::money(row.value(QStringLiteral("price_cents")).toInteger()),
            QString::number(row.value(QStringLiteral("price_version")).toInteger()) });
    }
    client.printTable(
        { QStringLiteral("SKU"), QStringLiteral("BEFORE"), QStringLiteral("AFTER"), QStringLiteral("VERSION") }, rows);
    line.out() << rows.size() << " prices changed\n";
    return 0;
}

} // namespace nexus::admin
