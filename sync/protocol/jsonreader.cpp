// JsonReader: typed field access with the first error recorded.
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace nexus::wire {

QString JsonReader::pathOf(QLatin1String name) const
{
    return m_path.isEmpty() ? QString(name) : m_path + QLatin1Char('.') + name;
}

QString JsonReader::pathOf(QLatin1String name, qsizetype index) const
{
    return pathOf(name) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::setError(const Error &error)
{
    if (!m_error)
        m_error = error;
}

std::optional<QJsonValue> JsonReader::member(QLatin1String name, bool allowNull)
{
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd() || (!allowNull && it->isNull())) {
        const QString path = pathOf(name);
        setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 is missing"), { path }, path));
        return std::nullopt;
    }
    return *it;
}

void JsonReader::wrongType(QLatin1String name, const char *typeName)
{
    const QString path = pathOf(name);
    setError(Error(
        ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"), { path, QString::fromLatin1(typeName) }, path));
}

QString JsonReader::string(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, false);
    if (!value)
        return {};
    if (!value->isString()) {
        wrongType(name, "a string");
        return {};
    }
    QString text = value->toString();
    if (text.trimmed().isEmpty()) {
        const QString path = pathOf(name);
        setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 must not be empty"), { path }, path));
    }
    return text;
}

QString JsonReader::optionalString(QLatin1String name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        wrongType(name, "a string");
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::nullableString(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, true);
    if (!value || value->isNull())
        return std::nullopt;
    if (!value->isString()) {
        wrongType(name, "a string or null");
        return std::nullopt;
    }
    return value->toString();
}

bool JsonReader::boolean(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, false);
    if (!value)
        return false;
    if (!value->isBool()) {
        wrongType(name, "true or false");
        return false;
    }
    return value->toBool();
}

qint64 JsonReader::integer(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, false);
    if (!value)
        return 0;
    // JSON numbers arrive as double; only whole numbers inside the exactly representable range are accepted.
    const double number = value->toDouble(std::numeric_limits<double>::quiet_NaN());
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (!value->isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number > kExact
        || number < -kExact) {
        wrongType(name, "a whole number");
        return 0;
    }
    return static_cast<qint64>(number);
}

QJsonObject JsonReader::object(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, false);
    if (!value)
        return {};
    if (!value->isObject()) {
        wrongType(name, "an object");
        return {};
    }
    return value->toObject();
}

QJsonArray JsonReader::array(QLatin1String name)
{
    const std::optional<QJsonValue> value = member(name, false);
    if (!value)
        return {};
    if (!value->isArray()) {
        wrongType(name, "an array");
        return {};
    }
    return value->toArray();
}

Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, NX_ERR("The %1 is not valid JSON: %2 at offset %3"),
            { what, parseError.errorString(), QString::number(parseError.offset) }, QStringLiteral("body"));
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput, NX_ERR("The %1 must be a JSON object"), { what }, QStringLiteral("body"));
    return document.object();
}

} // namespace nexus::wire
