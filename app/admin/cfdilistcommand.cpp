// nexus-admin cfdi list: the CFDIs every branch's counters stamped (and cancelled) in a period, over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QDate>
#include <QJsonArray>
#include <QUrlQuery>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin cfdi list --from YYYY-MM-DD --to YYYY-MM-DD [--branch CODE]\n"
      "                             --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  the CFDIs the counters reported stamped on those days (FechaTimbrado's date), oldest first:\n"
      "  type (I factura, E nota de credito, P recibo de pago; G: factura global), folio fiscal, series-folio,\n"
      "  receiver, total in pesos, state (timbrada | cancelada, with the motive) and the tickets each covers\n";

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

QStringList cells(const QJsonObject &row)
{
    const QString series = text(row, "series");
    const qint64 folio = row.value(QLatin1String("folio_number")).toInteger();
    const QString number = folio > 0 ? (series.isEmpty() ? QString::number(folio) : series + u'-' + QString::number(folio))
                                     : (series.isEmpty() ? QStringLiteral("-") : series);
    QString state = text(row, "state");
    if (state == QLatin1String("cancelada"))
        state += QStringLiteral(" (") + text(row, "cancel_motive") + u')';
    else if (!text(row, "cancellation_status").isEmpty() && text(row, "cancellation_status") != QLatin1String("accepted"))
        state += QStringLiteral(", cancelacion ") + text(row, "cancellation_status");
    QStringList tickets;
    for (const QJsonValue &folioValue : row.value(QLatin1String("tickets")).toArray())
        tickets << folioValue.toString();
    QString covers = tickets.size() > 3 ? tickets.mid(0, 3).join(u' ') + QStringLiteral(" +%1").arg(tickets.size() - 3)
                                        : tickets.join(u' ');
    if (covers.isEmpty())
        covers = text(row, "source_folio").isEmpty() ? QStringLiteral("-")
                                                     : text(row, "source_folio") + QStringLiteral(" -> ")
                + text(row, "related_uuid");
    return { text(row, "branch"), text(row, "stamped_at"),
        text(row, "type") + (row.value(QLatin1String("global")).toBool() ? QStringLiteral(" G") : QString()),
        number, text(row, "uuid"), text(row, "receiver_rfc"),
        RemoteClient::money(row.value(QLatin1String("total_cents")).toInteger()), state, covers };
}

} // namespace

int runCfdiList(const QStringList &args)
{
    CommandLine line(QStringLiteral("cfdi list"), QString::fromLatin1(kUsage));
    RemoteClient client(line);
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption from = valueOption("from", "DATE");
    const QCommandLineOption to = valueOption("to", "DATE");
    line.addOptions({ branch, from, to });
    if (std::optional<int> done = line.parse(args))
        return *done;
    for (const QCommandLineOption *day : { &from, &to }) {
        const QString value = line.value(*day);
        if (value.size() != 10 || !QDate::fromString(value, Qt::ISODate).isValid())
            return client.usageError(
                QStringLiteral("--%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(day->names().first(), value));
    }
    if (QDate::fromString(line.value(to), Qt::ISODate) < QDate::fromString(line.value(from), Qt::ISODate))
        return client.usageError(QStringLiteral("--to is before --from"));
    if (line.isSet(branch) && line.value(branch).trimmed().isEmpty())
        return client.usageError(QStringLiteral("--branch needs a branch code"));
    QUrlQuery query;
    if (line.isSet(branch))
        query.addQueryItem(QStringLiteral("branch"), line.value(branch).trimmed());
    query.addQueryItem(QStringLiteral("from"), line.value(from));
    query.addQueryItem(QStringLiteral("to"), line.value(to));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    int exitCode = 0;
    std::optional<QJsonObject> answer
        = client.call(QString(adminpath::kCfdiList) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json()) {
        client.printJson(*answer);
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : answer->value(QLatin1String("rows")).toArray())
        rows.append(cells(row.toObject()));
    client.printTable({ QStringLiteral("BRANCH"), QStringLiteral("STAMPED"), QStringLiteral("TYPE"),
                          QStringLiteral("FOLIO"), QStringLiteral("UUID"), QStringLiteral("RECEIVER"),
                          QStringLiteral("TOTAL"), QStringLiteral("STATE"), QStringLiteral("TICKETS") },
        rows);
    line.out() << answer->value(QLatin1String("count")).toInteger() << " CFDIs: "
               << answer->value(QLatin1String("valid")).toInteger() << " stamped, "
               << answer->value(QLatin1String("cancelled")).toInteger() << " cancelled; invoiced (stamped type I) "
               << RemoteClient::money(answer->value(QLatin1String("invoiced_cents")).toInteger()) << "\n";
    line.out().flush();
    return 0;
}

} // namespace nexus::admin
