// JSON (de)serialisation of pull pages.
#include "protocol/pullmessages.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace nexus::wire {

QJsonObject PullRow::toJson() const
{
    QJsonObject json { { QStringLiteral("seq"), seq }, { QStringLiteral("key"), key },
        { QStringLiteral("deleted"), deleted } };
    if (!deleted)
        json.insert(QStringLiteral("row"), row);
    return json;
}

Result<PullRow> PullRow::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    PullRow row;
    row.seq = reader.integer(QLatin1String("seq"));
    row.key = reader.string(QLatin1String("key"));
    row.deleted = reader.boolean(QLatin1String("deleted"));
    if (reader.ok() && !row.deleted)
        row.row = reader.object(QLatin1String("row"));
    if (reader.error())
        return std::unexpected(*reader.error());
    return row;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray array;
    for (const PullRow &row : rows)
        array.append(row.toJson());
    return QJsonObject { { QStringLiteral("bucket"), bucket }, { QStringLiteral("rows"), array },
        { QStringLiteral("next_cursor"), nextCursor }, { QStringLiteral("has_more"), hasMore },
        { QStringLiteral("reset"), reset },
        { QStringLiteral("checkpoint"),
            QJsonObject { { QStringLiteral("seq"), checkpoint.seq }, { QStringLiteral("count"), checkpoint.count },
                { QStringLiteral("checksum"), checkpoint.checksum } } } };
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    PullResponse response;
    response.bucket = reader.string(QLatin1String("bucket"));
    response.nextCursor = reader.optionalString(QLatin1String("next_cursor"));
    response.hasMore = reader.boolean(QLatin1String("has_more"));
    response.reset = reader.boolean(QLatin1String("reset"));
    JsonReader checkpoint(reader.object(QLatin1String("checkpoint")), reader.pathOf(QLatin1String("checkpoint")));
    if (reader.ok()) {
        response.checkpoint.seq = checkpoint.integer(QLatin1String("seq"));
        response.checkpoint.count = checkpoint.integer(QLatin1String("count"));
        response.checkpoint.checksum = checkpoint.integer(QLatin1String("checksum"));
        if (checkpoint.error())
            return std::unexpected(*checkpoint.error());
    }
    const QJsonArray rows = reader.array(QLatin1String("rows"));
    if (reader.error())
        return std::unexpected(*reader.error());
    response.rows.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Result<PullRow> row = PullRow::fromJson(rows.at(i).toObject(), reader.pathOf(QLatin1String("rows"), i));
        if (!row)
            return std::unexpected(row.error());
        response.rows.append(std::move(*row));
    }
    return response;
}

} // namespace nexus::wire
