// The OpenAI-compatible address and error object.
#include "client/openaiapi.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nexus::openai {

QString endpoint(const QString &baseUrl, QStringView path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1")))
        base.chop(3);
    return base + QStringLiteral("/v1/") + path;
}

ApiError parseError(int httpStatus, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    ApiError parsed { error.value(QLatin1String("message")).toString().simplified(),
        error.value(QLatin1String("code")).toVariant().toString() };
    if (parsed.code.isEmpty())
        parsed.code = error.value(QLatin1String("type")).toString();
    if (parsed.message.isEmpty())
        parsed.message = QString::fromUtf8(body.left(200)).simplified();
    if (parsed.code.isEmpty())
        parsed.code = QString::number(httpStatus);
    return parsed;
}

} // namespace nexus::openai
