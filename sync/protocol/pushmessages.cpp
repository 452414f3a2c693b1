// JSON (de)serialisation of the push messages and the request hash.
#include "protocol/pushmessages.h"

#include "protocol/jsonreader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexus::wire {

QJsonObject PushMutation::toJson() const
{
    return QJsonObject { { QStringLiteral("mutation_id"), mutationId }, { QStringLiteral("seq"), seq },
        { QStringLiteral("schema_v"), schemaVersion }, { QStringLiteral("type"), type },
        { QStringLiteral("payload"), payload } };
}

PushMutation PushMutation::fromJson(const QJsonValue &value)
{
    PushMutation mutation;
    if (!value.isObject()) {
        mutation.problem = QStringLiteral("the mutation is not a JSON object");
        return mutation;
    }
    mutation.raw = value.toObject();
    const QJsonObject &o = mutation.raw;
    mutation.mutationId = o.value(QStringLiteral("mutation_id")).toString();
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    if (seq.isDouble() && seq.toDouble() == static_cast<double>(seq.toInteger()) && seq.toInteger() > 0)
        mutation.seq = seq.toInteger();
    const QJsonValue schema = o.value(QStringLiteral("schema_v"));
    mutation.schemaVersion = schema.isDouble() ? schema.toInt() : 0;
    mutation.type = o.value(QStringLiteral("type")).toString();
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    mutation.payload = payload.toObject();
    if (mutation.mutationId.isEmpty())
        mutation.problem = QStringLiteral("mutation_id is missing");
    else if (mutation.seq <= 0)
        mutation.problem = QStringLiteral("seq is missing or not a positive integer");
    else if (mutation.schemaVersion <= 0)
        mutation.problem = QStringLiteral("schema_v is missing or not a positive integer");
    else if (mutation.type.isEmpty())
        mutation.problem = QStringLiteral("type is missing");
    else if (!payload.isObject())
        mutation.problem = QStringLiteral("payload is not a JSON object");
    return mutation;
}

QString PushMutation::requestHash() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject canonical { { QStringLiteral("type"), type }, { QStringLiteral("schema_v"), schemaVersion },
        { QStringLiteral("payload"), payload } };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray array;
    for (const PushMutation &mutation : mutations)
        array.append(mutation.toJson());
    QJsonObject object { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("epoch"), epoch },
        { QStringLiteral("mutations"), array } };
    if (clockSkewSeconds)
        object.insert(QStringLiteral("clock_skew_s"), *clockSkewSeconds);
    return object;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    PushRequest request;
    request.deviceId = reader.string(QLatin1String("device_id"));
    request.epoch = static_cast<int>(reader.integer(QLatin1String("epoch")));
    const QJsonArray array = reader.array(QLatin1String("mutations"));
    if (const QJsonValue skew = json.value(QStringLiteral("clock_skew_s")); skew.isDouble())
        request.clockSkewSeconds = skew.toInteger();
    if (reader.error())
        return std::unexpected(*reader.error());
    if (array.size() > kMaxBatch)
        return fail(ErrorCode::InvalidInput, NX_ERR("A push carries at most %1 mutations, this one %2"),
            { QString::number(kMaxBatch), QString::number(array.size()) }, QStringLiteral("mutations"));
    for (const QJsonValue &value : array)
        request.mutations.append(PushMutation::fromJson(value));
    return request;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject object { { QStringLiteral("mutation_id"), mutationId }, { QStringLiteral("seq"), seq },
        { QStringLiteral("status"), status } };
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    return object;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray array;
    for (const PushResult &result : results)
        array.append(result.toJson());
    return QJsonObject { { QStringLiteral("acked_seq"), ackedSeq }, { QStringLiteral("results"), array } };
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    PushResponse response;
    response.ackedSeq = reader.integer(QLatin1String("acked_seq"));
    const QJsonArray array = reader.array(QLatin1String("results"));
    for (qsizetype i = 0; reader.ok() && i < array.size(); ++i) {
        JsonReader item(array.at(i).toObject(), reader.pathOf(QLatin1String("results"), i));
        PushResult result;
        result.mutationId = item.optionalString(QLatin1String("mutation_id"));
        result.seq = item.integer(QLatin1String("seq"));
        result.status = item.string(QLatin1String("status"));
        result.detail = item.optionalString(QLatin1String("detail"));
        if (item.error())
            reader.setError(*item.error());
        response.results.append(result);
    }
    if (reader.error())
        return std::unexpected(*reader.error());
    return response;
}

} // namespace nexus::wire
