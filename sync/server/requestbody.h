// Reading a JSON request body the same way on every route: a size limit, then a JSON object, then the message.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <expected>

#include "protocol/apierror.h"

namespace nexus {

// The body as a JSON object: more than maxBytes is 413 payload_too_large (field "body"), anything but a JSON object
// 400 invalid_json.
[[nodiscard]] std::expected<QJsonObject, wire::ApiError> readJsonBody(const QByteArray &bytes, qsizetype maxBytes);

// The body as a protocol message (Message::fromJson): the errors of readJsonBody, then the message's own refusal
// mapped by ApiError::fromError (400 invalid_field naming the field).
template <typename Message>
[[nodiscard]] std::expected<Message, wire::ApiError> readRequestMessage(const QByteArray &bytes, qsizetype maxBytes)
{
    std::expected<QJsonObject, wire::ApiError> json = readJsonBody(bytes, maxBytes);
    if (!json)
        return std::unexpected(json.error());
    Result<Message> message = Message::fromJson(*json);
    if (!message)
        return std::unexpected(wire::ApiError::fromError(message.error()));
    return std::move(*message);
}

} // namespace nexus
