// ApiError: mapping from core errors and the JSON form.
#include "protocol/apierror.h"

#include <QJsonDocument>

namespace nexus::wire {

ApiError ApiError::make(int httpStatus, QLatin1String code, const Error &error)
{
    return ApiError { httpStatus, QString(code), error.message(), error.field() };
}

ApiError ApiError::fromError(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::InvalidInput:
        return make(400, errorcode::kInvalidField, error);
    case ErrorCode::NotFound:
        return make(404, errorcode::kNotFound, error);
    case ErrorCode::Unauthenticated:
        return make(401, errorcode::kInvalidCode, error);
    default:
        return make(500, errorcode::kInternal, error);
    }
}

QJsonObject ApiError::toJson() const
{
    QJsonObject inner { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        inner.insert(QStringLiteral("field"), field);
    return QJsonObject { { QStringLiteral("error"), inner } };
}

ApiError ApiError::fromBody(int httpStatus, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    if (error.isEmpty())
        return ApiError { httpStatus, {}, QString::fromUtf8(body.left(200)).simplified(), {} };
    return ApiError { httpStatus, error.value(QStringLiteral("code")).toString(),
        error.value(QStringLiteral("message")).toString(), error.value(QStringLiteral("field")).toString() };
}

} // namespace nexus::wire
