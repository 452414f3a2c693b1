// JSON (de)serialisation of the epoch change messages and the folio number parser.
#include "protocol/epochmessages.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace nexus::wire {

bool epochreason::isKnown(const QString &reason)
{
    return reason == kBehind || reason == kDiverged || reason == kEpochMismatch || reason == kRestored;
}

QJsonObject EpochRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("from_epoch"), fromEpoch },
        { QStringLiteral("rekey_id"), rekeyId }, { QStringLiteral("reason"), reason },
        { QStringLiteral("last_seq"), lastSeq }, { QStringLiteral("folio_series"), QJsonArray::fromStringList(folioSeries) },
        { QStringLiteral("machine"), machine } };
}

Result<EpochRequest> EpochRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    EpochRequest request;
    request.deviceId = reader.string(QLatin1String("device_id"));
    request.fromEpoch = static_cast<int>(reader.integer(QLatin1String("from_epoch")));
    request.rekeyId = reader.string(QLatin1String("rekey_id"));
    request.reason = reader.string(QLatin1String("reason"));
    request.lastSeq = reader.integer(QLatin1String("last_seq"));
    request.machine = reader.optionalString(QLatin1String("machine")).left(200);
    const QJsonArray series
        = json.contains(QStringLiteral("folio_series")) ? reader.array(QLatin1String("folio_series")) : QJsonArray();
    if (reader.error())
        return std::unexpected(*reader.error());
    if (request.fromEpoch < 1)
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must be a positive whole number"),
            { QStringLiteral("from_epoch") }, QStringLiteral("from_epoch"));
    if (request.lastSeq < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must not be negative"), { QStringLiteral("last_seq") },
            QStringLiteral("last_seq"));
    if (request.rekeyId.size() > 64)
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 is too long"), { QStringLiteral("rekey_id") },
            QStringLiteral("rekey_id"));
    if (!epochreason::isKnown(request.reason))
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must be one of %2"),
            { QStringLiteral("reason"), QStringLiteral("behind, diverged, epoch_mismatch, restored") }, QStringLiteral("reason"));
    if (series.size() > kMaxSeries)
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 has more than %2 entries"),
            { QStringLiteral("folio_series"), QString::number(kMaxSeries) }, QStringLiteral("folio_series"));
    for (const QJsonValue &value : series) {
        const QString name = value.toString();
        if (!value.isString() || name.isEmpty() || name.size() > 32)
            return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must hold short series names"),
                { QStringLiteral("folio_series") }, QStringLiteral("folio_series"));
        request.folioSeries.append(name);
    }
    return request;
}

QJsonObject EpochResponse::toJson() const
{
    QJsonObject series;
    for (auto it = folios.cbegin(); it != folios.cend(); ++it)
        series.insert(it.key(), it.value());
    QJsonObject json { { QStringLiteral("epoch"), epoch }, { QStringLiteral("seq_floor"), seqFloor },
        { QStringLiteral("folios"), series } };
    if (!deviceSecret.isEmpty())
        json.insert(QStringLiteral("device_secret"), deviceSecret);
    return json;
}

Result<EpochResponse> EpochResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    EpochResponse response;
    response.epoch = static_cast<int>(reader.integer(QLatin1String("epoch")));
    response.seqFloor = reader.integer(QLatin1String("seq_floor"));
    const QJsonObject series = reader.object(QLatin1String("folios"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (response.epoch < 1 || response.seqFloor < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must be a positive whole number"),
            { QStringLiteral("epoch") }, QStringLiteral("epoch"));
    for (auto it = series.constBegin(); it != series.constEnd(); ++it)
        if (it->isDouble() && it->toInteger() > 0)
            response.folios.insert(it.key(), it->toInteger());
    const QJsonValue secret = json.value(QStringLiteral("device_secret"));
    if (!secret.isUndefined() && !secret.isNull() && (!secret.isString() || secret.toString().isEmpty()))
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must not be empty"),
            { QStringLiteral("device_secret") }, QStringLiteral("device_secret"));
    response.deviceSecret = secret.toString();
    return response;
}

std::optional<FolioNumber> FolioNumber::parse(const QString &folio)
{
    qsizetype digits = folio.size();
    while (digits > 0 && folio.at(digits - 1).isDigit())
        --digits;
    if (digits == folio.size() || folio.size() - digits > 15)
        return std::nullopt;
    QString series = folio.left(digits);
    if (series.endsWith(QLatin1Char('-')))
        series.chop(1);
    if (series.isEmpty())
        return std::nullopt;
    return FolioNumber { series, folio.mid(digits).toLongLong() };
}

} // namespace nexus::wire
