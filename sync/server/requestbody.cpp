// Reading a JSON request body: size limit, then a JSON object.
#include "server/requestbody.h"

#include "protocol/jsonreader.h"

namespace nexus {

std::expected<QJsonObject, wire::ApiError> readJsonBody(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return std::unexpected(wire::ApiError { 413, QString(wire::errorcode::kPayloadTooLarge),
            QStringLiteral("The request body is larger than %1 bytes").arg(maxBytes), QStringLiteral("body") });
    Result<QJsonObject> json = wire::parseJsonObject(bytes, QStringLiteral("request body"));
    if (!json)
        return std::unexpected(wire::ApiError::make(400, wire::errorcode::kInvalidJson, json.error()));
    return *json;
}

} // namespace nexus
