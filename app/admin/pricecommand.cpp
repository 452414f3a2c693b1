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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    RemoteClient client(QStringLiteral("price ") + action, QString::fromLatin1(kUsage), out, err);
    if (action != QLatin1String("set") && action != QLatin1String("bulk"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    QCommandLineParser parser;
    const QCommandLineOption sku(QStringLiteral("sku"), QString(), QStringLiteral("SKU"));
    const QCommandLineOption list(QStringLiteral("list"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption price(QStringLiteral("price"), QString(), QStringLiteral("PESOS"));
    const QCommandLineOption brand(QStringLiteral("brand"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption percent(QStringLiteral("percent"), QString(), QStringLiteral("P"));
    parser.addOptions({ sku, list, price, brand, category, percent });
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return client.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return client.usageError(QStringLiteral("unexpected \"%1\"").arg(parser.positionalArguments().join(u' ')));

    int exitCode = 0;
    if (action == QLatin1String("set")) {
        if (parser.value(sku).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--sku is required"));
        const std::optional<qint64> cents = parsePesos(parser.value(price));
        if (!cents)
            return client.usageError(parser.isSet(price)
                    ? QStringLiteral("--price must be pesos like 123.45, not \"%1\"").arg(parser.value(price))
                    : QStringLiteral("--price is required"));
        if (std::optional<int> failed = client.prepare(parser))
            return *failed;
        const QJsonObject body { { QStringLiteral("sku"), parser.value(sku).trimmed() },
            { QStringLiteral("list"), parser.value(list).trimmed() }, { QStringLiteral("price_cents"), *cents } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kPriceSet), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        const QString listName = answer->value(QStringLiteral("price_list")).toString();
        out << answer->value(QStringLiteral("sku")).toString() << " "
            << (listName.isEmpty() ? QStringLiteral("retail") : QStringLiteral("list ") + listName) << " price "
            << RemoteClient::money(answer->value(QStringLiteral("price_cents")).toInteger()) << " (version "
            << answer->value(QStringLiteral("price_version")).toInteger() << ")\n";
        return 0;
    }

    if (parser.isSet(brand) == parser.isSet(category))
        return client.usageError(QStringLiteral("--brand or --category: give exactly one"));
    if (parser.isSet(sku) || parser.isSet(price) || parser.isSet(list))
        return client.usageError(QStringLiteral("bulk takes no --sku, --price or --list"));
    if (!parser.isSet(percent))
        return client.usageError(QStringLiteral("--percent is required (+5, -2.5)"));
    if (Result<qint64> points = AdminService::parsePercent(parser.value(percent)); !points)
        return client.usageError(QStringLiteral("--percent: ") + points.error().message());
    if (std::optional<int> failed = client.prepare(parser))
        return *failed;
    QJsonObject body { { QStringLiteral("percent"), parser.value(percent).trimmed() } };
    if (parser.isSet(brand))
        body.insert(QStringLiteral("brand"), parser.value(brand));
    else
        body.insert(QStringLiteral("category"), parser.value(category));
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
    out << rows.size() << " prices changed\n";
    return 0;
}

} // namespace nexus::admin
