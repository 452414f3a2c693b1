// JSON (de)serialisation of the device token messages.
#include "protocol/tokenmessages.h"

#include "protocol/jsonreader.h"

namespace nexus::wire {

QJsonObject TokenRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("device_secret"), deviceSecret } };
}

Result<TokenRequest> TokenRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    TokenRequest request;
    request.deviceId = reader.string(QLatin1String("device_id"));
    request.deviceSecret = reader.string(QLatin1String("device_secret"));
    if (reader.error())
        return std::unexpected(*reader.error());
    return request;
}

QJsonObject TokenResponse::toJson() const
{
    QJsonObject object { { QStringLiteral("token"), token }, { QStringLiteral("expires_at"), expiresAt },
        { QStringLiteral("expires_in"), expiresIn } };
    if (epoch > 0)
        object.insert(QStringLiteral("epoch"), epoch);
    return object;
}

Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    TokenResponse response;
    response.token = reader.string(QLatin1String("token"));
    response.expiresAt = reader.string(QLatin1String("expires_at"));
    response.expiresIn = reader.integer(QLatin1String("expires_in"));
    response.epoch = json.value(QStringLiteral("epoch")).toInt(0);
    if (reader.error())
        return std::unexpected(*reader.error());
    return response;
}

} // namespace nexus::wire
